// Package outlet reads the news outlets an article names by their titles,
// which neither the gazetteer nor the recogniser finds: a paper's title
// after its noun (صحيفة الوسط) and a quoted name where only an outlet can
// stand (صحيفة "صنداي تايمز", قال مصدر لـ"الاقتصادية"); and, read the same
// way, a quoted name after the head of a body's name (شركة «معادن») or
// after the noun of an armed group (ميليشيا «الدفاع الوطني»). It reads the
// tokens and the mentions the article has so far; package entity makes
// mentions of what it finds.
package outlet

import (
	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/agent"
	"rasad/internal/entity/byline"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Mention is what Find reads of a mention the article has.
type Mention struct {
	First, Last int
	Country     string // its actor's country; "" for none
	Nisba       bool   // a nisba adjective (الروسية) of Country
	Place       bool   // a known place with a country: a city, a region, a country
	Known       bool   // linked to an actor of the gazetteer
	Loc         bool   // known, no nisba, and a place of any kind (الشرق الأوسط)
}

// Mentions are the mentions an article has so far.
type Mentions interface {
	// Mention returns mention n.
	Mention(n int) Mention
	// Drop marks mention n as replaced by a name Find reads.
	Drop(n int)
}

// Outlet is a name Find reads: an outlet, a body or an armed group, always
// an organisation.
type Outlet struct {
	First, Last int
	Key         string       // the search key of its name; "" for a body the gazetteer knows
	Country     string       // its country, "" when unknown
	Code        string       // its CAMEO code where no actor is known: the country's with MED; or ""
	Act         *actor.Actor // the outlet, body or armed group the gazetteer knows it as, or nil
}

// maxWords is the most words of a quoted outlet's name.
const maxWords = 4

// Find returns the news outlets that the text names after a paper's
// noun without quotation marks (byline.Title: صحيفة الوسط), in a
// reporter's byline (byline.Credit: سالم الحربي- سبق- تبوك:), and those it
// names in quotation marks where only an outlet can stand: after a media noun (صحيفة "صنداي
// تايمز", موقع «الدرر الشامية», وكالة «آرا نيوز») or after the ل of
// "told" (قال مصدر لـ"الاقتصادية", في تصريح ل"الرياض"): a quoted name
// there is the title of a paper, a site or an agency, even where it is
// spelt as a city (الرياض, المدينة), whose mention it replaces. After ل
// a title neither the lexicon nor the gazetteer knows as an outlet's
// (byline.Named: «الشرق الأوسط», صحيفة الشرق الأوسط, not the region) needs a
// speech word before it, or the quotation marks are irony (لـ«الشيطان الأكبر»). A name the
// gazetteer knows as a person or an organisation is left to it. The
// outlet's country is that of a nisba or a place inside its name or just
// after it (صنداي تايمز البريطانية, الشروق القاهرية), or the one the
// lexicon gives the title (class outlet: الاقتصادية → SAU); its actor
// code is the country's with MED. A title the lexicon knows, or a paper's spelt as a place, is
// the outlet wherever it stands in quotation marks (علمت "الاقتصادية", علمت «الشرق الأوسط»). A quoted name
// after the head of a body's name is the body the gazetteer knows by it,
// though the word alone is a common one (شركة «معادن»). A quoted name after the noun of an armed
// group (ميليشيا «الدفاع الوطني», تنظيم «جند الأقصى») is that group, an
// organisation of the country of a nisba after it or of the article.
//
// text is the article's, wkeys its tokens' search keys and sentEnd each
// token's sentence end; at gives, for each token, 1 + the index of the
// mention of ms that covers it, 0 for none. The mentions an outlet's name
// replaces are dropped from ms.
func Find(g *actor.Gazetteer, text string, toks []news.Token, wkeys []string, sentEnd []int, at []int, ms Mentions) []Outlet {
	lx := lexicon.Default()
	var added []Outlet
	for i := 0; i+3 < len(toks); i++ {
		if j, c := byline.Credit(text, toks, i); j > 0 && at[j] == 0 {
			// سالم الحربي- سبق- تبوك: the paper a reporter's byline credits
			added = append(added, Outlet{First: j, Last: j, Key: wkeys[j], Country: c, Code: c + "MED"})
			i = j
			continue
		}
		if j, last := i+1, byline.Title(lx, toks, i); last > i && at[i] == 0 && (at[last] == 0 || at[last] == at[j]) && (at[j] == 0 || placeOnly(ms.Mention(at[j]-1), j)) {
			if at[j] > 0 {
				ms.Drop(at[j] - 1) // صحيفة الرياض: the paper, not the city
			}
			name := text[toks[j].Start:toks[last].End]
			f := Outlet{First: j, Last: last, Key: arabic.SearchKey(name), Country: byline.Outlet(lx, name)}
			if k := at[min(last+1, len(toks)-1)] - 1; last+1 < len(toks) && k >= 0 && ms.Mention(k).Nisba {
				f.Country = ms.Mention(k).Country // صحيفة التيليجراف اللندنية
			}
			if f.Country != "" {
				f.Code = f.Country + "MED"
			}
			added = append(added, f)
			continue
		}
		if toks[i+1].Kind != news.Punctuation || !shape.Opening(toks[i+1].Text) && toks[i+1].Text != "»" {
			continue
		}
		word := toks[i].Kind == news.Word
		w, _ := lx.Bare(&toks[i])
		media := word && w.Has("media")
		body := word && !media && agent.ArmedHead(g, &toks[i])
		stem, _ := lx.Stem(&toks[i])
		company := word && !media && !body && stem.Has("org-cue")
		first, end := i+2, sentEnd[i]
		last := first
		for last+1 < end && toks[last+1].Kind == news.Word && last+1-first < maxWords {
			last++
		}
		if toks[first].Kind != news.Word || last+1 >= end || toks[last+1].Kind != news.Punctuation || !shape.Closing(toks[last+1].Text) && toks[last+1].Text != "«" {
			continue
		}
		country, ok, placed := "", true, false
		for t := first; t <= last && ok; t++ {
			if k := at[t] - 1; k >= 0 {
				m := ms.Mention(k)
				switch {
				case m.Nisba || m.Place && (m.First > first || m.Last < last):
					country = m.Country // a place or nisba inside the name
				case m.Place:
					placed = m.First == first && m.Last == last
				case !m.Known && m.First == first && m.Last == last:
					// the recogniser's name for the whole title
				case m.Loc && m.First == first && m.Last == last:
					// a region spelt as the whole title (لـ«الشرق الأوسط»)
					placed = true
				default:
					ok = false // a person, a body, a name the recogniser found
				}
			}
		}
		if !ok {
			continue
		}
		name := text[toks[first].Start:toks[last].End]
		titled, named := byline.Outlet(lx, name) != "", byline.Named(g, wkeys[first:last+1])
		if toks[i].Norm != "ل" && !media && !body && !company && !titled && (named == nil || !placed) {
			continue // a paper's title spelt as a place («الشرق الأوسط») is the paper wherever it stands
		}
		if company && !titled {
			// شركة «معادن»: the body the gazetteer knows by that name,
			// though the word alone is a common one.
			if a := orgNamed(g, wkeys, first, last); a != nil && at[first] == 0 {
				added = append(added, Outlet{First: first, Last: last, Act: a})
				i = last
			}
			continue
		}
		if body {
			country = ""
			if after := last + 2; after < end && at[after] > 0 && ms.Mention(at[after]-1).Nisba {
				country = ms.Mention(at[after] - 1).Country
			}
		} else if toks[i].Norm == "ل" && byline.Outlet(lx, name) == "" && named == nil && !shape.SpokenBefore(lx, toks, i) {
			continue // لـ«الشيطان الأكبر»: quotation marks of irony, not a title
		}
		if after := last + 2; !body && after < end && at[after] > 0 && ms.Mention(at[after]-1).Nisba {
			country = ms.Mention(at[after] - 1).Country
		} else if !body && country == "" {
			country = byline.Outlet(lx, name)
		}
		for t := first; t <= last; t++ {
			if k := at[t] - 1; k >= 0 && !ms.Mention(k).Nisba {
				ms.Drop(k)
			}
		}
		f := Outlet{First: first, Last: last, Key: arabic.SearchKey(name), Country: country}
		if country != "" && !body {
			f.Code = country + "MED"
		}
		if a := named; a != nil && !body {
			f.Act, f.Country, f.Code = a, a.Country, "" // لـ«الشرق الأوسط»: صحيفة الشرق الأوسط
		}
		if body {
			// The group the gazetteer knows by its noun and the quoted
			// name (ميليشيا «الدفاع الوطني»: the National Defence Forces).
			f.Act = agent.ArmedNamed(g, toks, wkeys, i, first, last)
		}
		added = append(added, f)
		i = last
	}
	return added
}

// placeOnly reports whether mention m is a known place of one word, at
// token j: a paper's title spelt as a city (صحيفة الرياض).
func placeOnly(m Mention, j int) bool { return m.First == j && m.Last == j && m.Place }

// orgNamed returns the organisation the gazetteer knows by exactly the
// words first..last, ambiguous or not, or nil.
func orgNamed(g *actor.Gazetteer, wkeys []string, first, last int) *actor.Actor {
	n, hits := g.Match(wkeys[first : last+1])
	if n != last-first+1 {
		return nil
	}
	for _, h := range hits {
		if !h.Adjective && h.Actor.Type == actor.Org {
			return h.Actor
		}
	}
	return nil
}
