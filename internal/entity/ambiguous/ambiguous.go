// Package ambiguous reads a one-word name that the gazetteer gives several
// actors, or that is also a common word, by its context, as a reader of the
// whole article does: a person's short name is he where the article names
// him in full and the word is outside a quotation (لي inside Li's own words
// is "to me"), or after the noun of a ruler's power (نظام الأسد) or his
// given name (علي صالح); a place needs a cue before it (في, مدينة, a
// preposition on it: ببغداد) or the recogniser's word, and is no common
// noun an adjective qualifies (الضفة الأخرى); a body is none where another
// body's head noun governs it (بنك الجزيرة). Package entity asks it of each
// such name once the article's other names are read.
package ambiguous

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/agent"
	"rasad/internal/entity/locate"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/placename"
	"rasad/internal/entity/shape"
	"rasad/internal/entity/span"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// Context is what an article tells around its ambiguous names.
type Context struct {
	G       *actor.Gazetteer
	Lex     *arabic.Segmenter     // its lexicon tells names from common words
	Text    string                // the article's text
	Toks    []news.Token          // its tokens, with their Parts
	Named   map[*actor.Actor]bool // the actors the article names unambiguously
	Quoted  []bool                // whether each token stands inside a quotation
	NerAt   map[int]ner.Span      // the recogniser's spans by their first token
	ActorAt []*actor.Actor        // the actor of the mention ending at each token, nil for none
}

// Name is an ambiguous name: its tokens First..Last and its bytes
// Start..End in the text.
type Name struct{ First, Last, Start, End int }

// Resolve returns the actor that the ambiguous name m is in its context,
// nil for none: of the actors its word names (those the article names
// elsewhere first), the first that what stands around it points to.
func (c *Context) Resolve(m Name) *actor.Actor {
	toks, named, quoted, nerAt, actorAt := c.Toks, c.Named, c.Quoted, c.NerAt, c.ActorAt
	n, hits := c.G.Match([]string{shape.FirstKey(toks[m.First], m.Start)})
	if n == 0 {
		return nil
	}
	for _, h := range actor.NamedFirst(hits, named) { // زنجبار by Abyan is Zinjibar
		a := h.Actor
		if h.Adjective {
			continue
		}
		switch a.Type {
		case actor.Person:
			if named[a] && (!quoted[m.First] || shape.NameQuoted(toks, m.First, 0)) {
				return a // not inside a quotation, unless it holds the name alone (بحزب «صالح»)
			}
			if m.First > 0 && HeadsRuler(c.G, toks[m.First-1]) && !span.OfficeAdjective(&toks[m.First]) {
				return a // نظام الأسد, قوات الأسد, حكومة هادي, الرئيس هادي; not الرئيس الدوري (rotating)
			}
			if g := m.First - 1; g > 0 && nameparts.GivenKey(a) == arabic.SearchKey(toks[g].Norm) && !shape.StartsWithWaw(toks[m.First]) &&
				(nameparts.GivenName(lexicon.Default(), toks[g]) || HeadsRuler(c.G, toks[g-1])) {
				return a // his given name and surname: علي صالح, المخلوع على صالح; not أبو علي وصالح
			}
			if m.First > 0 && nameparts.JoinedTo(toks[m.First], actorAt[m.First-1], a) {
				return a // ميليشيا الحوثي وصالح: Saleh, the Houthis' ally, in a quotation too
			}
		default:
			if a.Type == actor.Org && m.First > 0 && lexicon.Definite(&toks[m.First]) && nameparts.OtherHead(lexicon.Default(), toks[m.First-1], a) {
				continue // بنك الجزيرة, نادي الجزيرة: another body than قناة الجزيرة; not محطة أبل, Apple's
			}
			if a.EntityType() == news.LOC && a.Ambiguous && c.qualified(m) {
				continue // الضفة الأخرى, الضفة الشرقية: the common noun an adjective qualifies
			}
			if a.EntityType() == news.LOC && m.First > 0 && nameparts.JoinedTo(toks[m.First], actorAt[m.First-1], a) {
				return a // الفلوجة والرمادي: a place joined to a place of its country
			}
			s, ok := nerAt[m.First]
			if ok && s.Type == a.EntityType() {
				return a
			}
			if a.EntityType() == news.LOC && !c.cued(m) {
				continue // مشهد, حديثة, صور: a common word needs a place cue
			}
			if m.First > 0 && (locCue(&toks[m.First-1]) || locate.Taken(toks, m.First, m.Last)) && a.EntityType() == news.LOC && !PlaceAt(c.G, toks, m.Last+1, false) {
				return a // not before a place it heads: بورصة أثينا is Athens' exchange; تحرير عدن
			}
			if sk, _ := shape.StemKey(toks[m.First]); sk != "" && a.EntityType() == news.LOC && shape.HasPrepClitic(toks[m.First]) {
				return a // بـ or لـ before a place: ببغداد, لروسيا
			}
		}
	}
	return nil
}

// qualified reports whether a one-word mention of an ambiguous place,
// itself a word that heads places (الضفة, "the bank"), is followed by an
// adjective in agreement (shape.FeminineAgreement; no clitic, no name or
// function word: الضفة الأخرى), which makes it the common noun it also is.
func (c *Context) qualified(m Name) bool {
	toks := c.Toks
	j := m.Last + 1
	if m.First != m.Last || j >= len(toks) || !locCue(&toks[m.First]) || !shape.FeminineAgreement(toks[m.First], toks[j]) {
		return false
	}
	info, ok := c.Lex.Lookup(toks[j].Norm)
	return ok && !info.Name && !info.Function
}

// HeadsRuler reports whether a word is an agent noun or a title that a
// ruler's name follows in an idafa or after a title (نظام الأسد, قوات
// الأسد, حكومة هادي, الرئيس هادي): the word before an ambiguous short name
// that makes it the person; or a deposed ruler's epithet (المخلوع صالح).
func HeadsRuler(g *actor.Gazetteer, tok news.Token) bool {
	switch agent.Code(g, tok) {
	case "GOV", "MIL", "REB", "UAF", "COP", "SPY":
		return true
	}
	w, _ := lexicon.Default().Stem(&tok)
	return w.Has("deposed")
}

// PlaceAt reports whether the word at i begins a place the gazetteer
// knows by name, or by its adjective too where nisba is set.
func PlaceAt(g *actor.Gazetteer, toks []news.Token, i int, nisba bool) bool {
	if i >= len(toks) || toks[i].Kind != news.Word {
		return false
	}
	_, hits := g.Match([]string{arabic.SearchKey(toks[i].Norm)})
	for _, h := range hits {
		if (nisba || !h.Adjective) && h.Actor.EntityType() == news.LOC {
			return true
		}
	}
	return false
}

// cued reports whether the ambiguous place m may be read after a
// preposition alone, its word being no common word (placename.CommonWord, the
// lexicon's class common-place: مشهد, الطبقة), or
// else a cue other than a preposition places it (locate.Cued), a place
// or a country's nisba after it included. A name the text ends in ه that
// the lexicon knows as a word and no name is a noun with its pronoun
// (حديثه "his talk", not حديثة Haditha), whatever stands around it:
// edited news keeps ة apart.
func (c *Context) cued(m Name) bool {
	toks, word := c.Toks, c.Text[m.Start:m.End]
	if info, ok := c.Lex.Lookup(word); ok && !info.Name && strings.HasSuffix(word, "ه") {
		return false
	}
	if !placename.CommonWord(c.Lex, word) && !shape.CommonPlace(word) {
		return true
	}
	return locate.Cued(toks, m.First, m.Last, func(k int) bool { return PlaceAt(c.G, toks, k, true) })
}

// locCue reports whether tok announces a place (في, مدينة, وفي, شمال):
// after one, an ambiguous name is a place. Its stem is looked up in the
// lexicon's class loc-cue.
func locCue(tok *news.Token) bool {
	w, _ := lexicon.Default().Stem(tok)
	return w.Has("loc-cue")
}
