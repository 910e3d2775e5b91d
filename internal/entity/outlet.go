package entity

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/byline"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/scene"
)

// maxOutlet is the most words of a quoted outlet's name.
const maxOutlet = 4

// addOutlets finds the news outlets that the text names in quotation marks
// where only an outlet can stand: after a media noun (صحيفة "صنداي
// تايمز", موقع «الدرر الشامية», وكالة «آرا نيوز») or after the ل of
// "told" (قال مصدر لـ"الاقتصادية", في تصريح ل"الرياض"): a quoted name
// there is the title of a paper, a site or an agency, even where it is
// spelt as a city (الرياض, المدينة), whose mention it replaces. After ل
// a title the lexicon does not know needs a speech word before it, or the
// quotation marks are irony (لـ«الشيطان الأكبر»). A name the
// gazetteer knows as a person or an organisation is left to it. The
// outlet's country is that of a nisba or a place inside its name or just
// after it (صنداي تايمز البريطانية, الشروق القاهرية), or the one the
// lexicon gives the title (class outlet: الاقتصادية → SAU); its actor
// code is the country's with MED. A title the lexicon knows is an outlet
// wherever it stands in quotation marks (علمت "الاقتصادية"). A quoted name
// after the head of a body's name is the body the gazetteer knows by it,
// though the word alone is a common one (شركة «معادن»). A quoted name after the noun of an armed
// group (ميليشيا «الدفاع الوطني», تنظيم «جند الأقصى») is that group, an
// organisation of the country of a nisba after it or of the article.
func (l *Linker) addOutlets(doc *news.Document, sc *scan, ms []found, sentEnd []int) []found {
	toks := sc.toks
	at := mentionAt(ms, len(toks))
	lx := lexicon.Default()
	var added []found
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Kind != news.Word || toks[i+1].Kind != news.Punctuation || !shape.Opening(toks[i+1].Text) && toks[i+1].Text != "»" {
			continue
		}
		w, _ := lx.Bare(&toks[i])
		media := w.Has("media")
		body := !media && l.armedHead(&toks[i])
		stem, _ := lx.Stem(&toks[i])
		company := !media && !body && stem.Has("org-cue")
		first, end := i+2, sentEnd[i]
		last := first
		for last+1 < end && toks[last+1].Kind == news.Word && last+1-first < maxOutlet {
			last++
		}
		if toks[first].Kind != news.Word || last+1 >= end || toks[last+1].Kind != news.Punctuation || !shape.Closing(toks[last+1].Text) && toks[last+1].Text != "«" {
			continue
		}
		country, ok := "", true
		for t := first; t <= last && ok; t++ {
			if k := at[t] - 1; k >= 0 {
				m := ms[k]
				switch {
				case m.nisba || knownPlaceCountry(m) != "" && (m.first > first || m.last < last):
					country = m.act.Country // a place or nisba inside the name
				case knownPlaceCountry(m) != "":
				case m.act == nil && m.first == first && m.last == last:
					// the recogniser's name for the whole title
				default:
					ok = false // a person, a body, a name the recogniser found
				}
			}
		}
		if !ok {
			continue
		}
		name := doc.Text[toks[first].Start:toks[last].End]
		titled := byline.Outlet(lx, name) != ""
		if toks[i].Norm != "ل" && !media && !body && !company && !titled {
			continue
		}
		if company && !titled {
			// شركة «معادن»: the body the gazetteer knows by that name,
			// though the word alone is a common one.
			if a := l.orgNamed(sc, first, last); a != nil && at[first] == 0 {
				added = append(added, found{first: first, last: last, start: toks[first].Start, end: toks[last].End, typ: news.ORG, act: a})
				i = last
			}
			continue
		}
		if body {
			country = ""
			if after := last + 2; after < end && at[after] > 0 && ms[at[after]-1].nisba {
				country = ms[at[after]-1].act.Country
			}
		} else if toks[i].Norm == "ل" && byline.Outlet(lx, name) == "" && !shape.SpokenBefore(lx, toks, i) {
			continue // لـ«الشيطان الأكبر»: quotation marks of irony, not a title
		}
		if body {
		} else if after := last + 2; after < end && at[after] > 0 && ms[at[after]-1].nisba {
			country = ms[at[after]-1].act.Country
		} else if country == "" {
			country = byline.Outlet(lx, name)
		}
		for t := first; t <= last; t++ {
			if k := at[t] - 1; k >= 0 && !ms[k].nisba {
				ms[k].dropped = true
			}
		}
		f := found{first: first, last: last, start: toks[first].Start, end: toks[last].End, typ: news.ORG,
			key: arabic.SearchKey(name), country: country}
		if country != "" && !body {
			f.code = country + "MED"
		}
		if body {
			// The group the gazetteer knows by its noun and the quoted
			// name (ميليشيا «الدفاع الوطني»: the National Defence Forces).
			f.act = l.armedNamed(sc, i, first, last)
		}
		added = append(added, f)
		i = last
	}
	return withAdded(ms, added, true)
}

// armedNamed returns the organisation the gazetteer knows by the noun of
// an armed group at token head followed by the words first..last, or nil.
func (l *Linker) armedNamed(sc *scan, head, first, last int) *actor.Actor {
	key := sc.wkeys[head]
	if sk, _ := shape.StemKey(sc.toks[head]); sk != "" {
		key = sk
	} else if rest, prep := arabic.KeptPreposition(&sc.toks[head]); prep != "" {
		key = arabic.SearchKey(rest)
	}
	keys := append([]string{key}, sc.wkeys[first:last+1]...)
	if n, hits := l.g.Match(keys); n == len(keys) && hits[0].Actor.Type == actor.Org && !hits[0].Adjective {
		return hits[0].Actor
	}
	return nil
}

// armedHead reports whether a word is the noun of an armed group: a head
// of an organisation's name (org-cue) whose agent code is that of rebels
// or armed men (ميليشيا, تنظيم, جماعة, فصيل).
func (l *Linker) armedHead(tok *news.Token) bool {
	lx := lexicon.Default()
	if w, _ := lx.Stem(tok); !w.Has("org-cue") {
		// A ب or ل the segmenter left on a noun it does not know in this
		// spelling (بميليشيا).
		rest, prep := arabic.KeptPreposition(tok)
		if prep == "" || len(tok.Parts) > 1 || !lx.Word(rest).Has("org-cue") {
			return false
		}
		tok = &news.Token{Kind: tok.Kind, Norm: rest, Text: rest}
	}
	switch l.agentCode(*tok) {
	case "REB", "UAF", "MIL":
		return true
	}
	return false
}

// orgNamed returns the organisation the gazetteer knows by exactly the
// words first..last, ambiguous or not, or nil.
func (l *Linker) orgNamed(sc *scan, first, last int) *actor.Actor {
	n, hits := l.g.Match(sc.wkeys[first : last+1])
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

// kingdomKey is the search key of المملكة, "the Kingdom".
var kingdomKey = arabic.SearchKey("المملكة")

// addKingdom adds the mentions of «المملكة», "the Kingdom", standing alone
// (no name or nisba after it: المملكة وإيران, من المملكة): a paper writes
// it for its own country when that is a kingdom, as the Saudi press does
// for Saudi Arabia, and an article for the one kingdom whose people,
// places or bodies it names (الملك سلمان, سابك, الرياض) when it names that
// kingdom at least homeRatio times as often as any other. A kingdom is a
// country the gazetteer also calls المملكة … (المملكة العربية السعودية,
// المملكة الأردنية الهاشمية). outlet is the country of the document's
// outlet, "" when unknown.
func (l *Linker) addKingdom(sc *scan, ms []found, outlet string) []found {
	toks := sc.toks
	at := mentionAt(ms, len(toks))
	var added []found
	for i, t := range toks {
		if at[i] != 0 || t.Kind != news.Word || !strings.HasSuffix(sc.wkeys[i], kingdomKey[len(shape.Article):]) {
			continue // every form ends so: المملكة, للمملكة, بالمملكة
		}
		key, start := sc.wkeys[i], t.Start
		if sk, s := shape.StemKey(t); sk != "" {
			key, start = sk, s
		}
		if key != kingdomKey || i+1 < len(toks) && at[i+1] != 0 && ms[at[i+1]-1].nisba {
			continue
		}
		added = append(added, found{first: i, last: i, start: start, end: t.End, typ: news.LOC})
	}
	if len(added) == 0 {
		return ms
	}
	kingdom := l.kingdoms[outlet]
	if kingdom == nil {
		var counts scene.Count
		for _, m := range ms {
			c := m.country
			if m.act != nil {
				c = m.act.Country
			}
			if l.kingdoms[c] != nil {
				counts.Add(c, m.start)
			}
		}
		best := counts.Country(scene.Rule{Ratio: homeRatio})
		if best == "" {
			return ms
		}
		kingdom = l.kingdoms[best]
	}
	for k := range added {
		added[k].act = kingdom
	}
	return withAdded(ms, added, false)
}
