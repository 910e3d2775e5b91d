// Package refer tells what a described speaker's words take up from
// earlier in the article. Arabic news names a body or a person once in
// full and then refers back to it with a definite noun: وزارة الخارجية
// السويدية … وقال المتحدث باسم الوزارة (the ministry named before),
// فتاة سويدية … وصرح والد الفتاة (the girl brought in before, whose
// adjective gives her country), التقرير after تقرير «هيومن رايتس ووتش»
// (the body that issued the document, issuer.go). Package quote calls it once a speaker is
// a description that names nobody and no country of its own.
package refer

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/word"
)

// Text is what refer reads of an article: its tokens and entities, and for
// each token the entity and the mention of it there (-1, -1 for none), the
// quotation holding it (-1 for none) and the country it names as a nisba
// adjective ("" for none).
type Text struct {
	Toks    []news.Token
	Ents    []news.Entity
	Mention func(j int) (ent, men int32)
	Quote   func(j int) int32
	Nisba   func(j int) string

	// For the issuers of documents (Issuers): what the lexicon tells of
	// the word at j, where the phrase naming a speaker that starts at i
	// ends before b, the country the words [a, b) name ("" for none), and
	// whether the word at j heads a body's name (منظمة، الوزارة).
	Info      func(j int) *word.Info
	Phrase    func(i, b int) int
	CountryIn func(a, b int) string
	BodyNoun  func(j int) bool
}

// Body returns the first token of the organisation, with a country or an
// actor, last named before token at whose name opens with the noun head
// (bare, normalised), or whose name is written right after that noun, over
// a quotation mark (الشركة after الشركة السعودية للصناعات الأساسية, الوزارة
// after وزارة الخارجية التركية, المنظمة after منظمة «هيومن رايتس ووتش»);
// -1 when none was.
func (t Text) Body(head string, at int) int {
	for j := at - 1; j >= 0; j-- {
		e, men := t.Mention(j)
		if e < 0 || t.Ents[e].Type != news.ORG || t.Ents[e].Country == "" && t.Ents[e].Actor == "" {
			continue
		}
		if pe, pm := t.mention(j - 1); pe == e && pm == men {
			continue // not the mention's first word
		}
		if h, _ := lexicon.BareOf(&t.Toks[j]); h == head {
			return j
		}
		k := j - 1 // the noun before the name, over a quotation mark: منظمة «هيومن رايتس ووتش»
		if k >= 0 && t.Toks[k].Kind == news.Punctuation && t.Quote(k) >= 0 && t.Quote(k) == t.Quote(j) {
			k--
		}
		if ke, _ := t.mention(k); k >= 0 && t.Toks[k].Kind == news.Word && ke < 0 {
			if h, _ := lexicon.BareOf(&t.Toks[k]); h == head {
				return j
			}
		}
	}
	return -1
}

// mention is Mention, with -1, -1 before the first token.
func (t Text) mention(j int) (ent, men int32) {
	if j < 0 {
		return -1, -1
	}
	return t.Mention(j)
}

// Kin returns the country of the one a relative is described by, when the
// words [a, b) are a noun of kin (lexicon class kin: والد، شقيقة، زوجة),
// without the article or a pronoun, and a definite noun (والد الفتاة), and
// the text brought that noun in before with a country adjective (فتاة
// سويدية، الفتاة السويدية): the definite noun takes up what the text named
// before, the latest such mention, and a person's family is of that
// person's country. "" otherwise: a noun the text never gave a country
// (والد الضحية) says nothing of the relative's.
func (t Text) Kin(a, b int) string {
	if b-a != 2 || t.Toks[a].Kind != news.Word || t.Toks[a+1].Kind != news.Word || !lexicon.Definite(&t.Toks[a+1]) {
		return ""
	}
	if stem, cl := lexicon.StemOf(&t.Toks[a]); cl.Pronoun != "" || cl.Prep != "" || lexicon.Definite(&t.Toks[a]) || !lexicon.Default().Has(stem, "kin") {
		return ""
	}
	head, _ := lexicon.BareOf(&t.Toks[a+1])
	for k := a - 2; k >= 0; k-- {
		if t.Toks[k].Kind != news.Word || t.Toks[k+1].Kind != news.Word {
			continue
		}
		if h, cl := lexicon.BareOf(&t.Toks[k]); h == head && cl.Pronoun == "" {
			if c := t.Nisba(k + 1); c != "" {
				return c
			}
		}
	}
	return ""
}

// Spokesman returns the first token of the body a spokesman speaks for
// when the words [a, b) are a role noun (lexicon class role), a word of
// speaking for (class link: باسم، بلسان) and a definite noun that heads
// bodies' names (class org-cue or speaking-body): المتحدث باسم الوزارة,
// الناطقة باسم المفوضية take up the body of that noun named before
// (Body), for which the spokesman speaks. -1 when the words are not these
// or no such body was named.
func (t Text) Spokesman(a, b int) int {
	if b-a != 3 || t.Toks[a].Kind != news.Word || t.Toks[a+2].Kind != news.Word || !lexicon.Definite(&t.Toks[a+2]) {
		return -1
	}
	lx := lexicon.Default()
	role, _ := lexicon.BareOf(&t.Toks[a])
	link, _ := lexicon.StemOf(&t.Toks[a+1])
	head, _ := lexicon.BareOf(&t.Toks[a+2])
	if !lx.Has(role, "role") || !lx.Has(link, "link") || !lx.Has(head, "org-cue") && !lx.Has(head, "speaking-body") {
		return -1
	}
	return t.Body(head, a)
}
