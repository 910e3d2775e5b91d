package doer

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// LeadersOf returns the body or country that the agent phrase [start, end)
// stands for: a noun of those who lead or make up a body, naming no one
// (lexicon class for-genitive: قادة, زعماء, أعضاء, حكومة), whose last word
// is in the construct state and whose genitive names that actor, right
// after it or past one more noun in construct (مع قادة دول الاتحاد
// الأوروبي: the European Union; لحكومة وشعب السعودية: Saudi Arabia). A
// noun in construct has neither the article nor a pronoun, and a sound
// plural that keeps its ن is in no construct (مسؤولين). The genitive names
// an organisation or a place that stands for its government, not a person
// (مستشارو الرئيس are not the president) or a city; ents are the
// document's entities; -1 if none.
func LeadersOf(s frame.Sentence, start, end int, ents []news.Entity) int {
	_, b := s.Span()
	if end >= b || end-start > 2 || !lexicon.Default().Has(s.Token(start).Word, "for-genitive") || !construct(s.Token(end-1)) {
		return -1
	}
	q := end
	if x := s.Token(q); x.Phrase == 0 {
		if !construct(x) || !frame.Bare(x) || x.Event || x.Cue != vocab.CueNone || q+1 >= b {
			return -1
		}
		q++ // دول, the states of
	}
	pi := frame.PhraseAt(s, q)
	if pi < 0 || s.Phrase(pi).Prep != "" || s.Phrase(pi).Coord || s.Token(q).Actor == 0 || !s.Token(q).NameStart {
		return -1
	}
	e := ents[s.Token(q).Actor-1]
	if e.Actor == "" || e.Type != news.ORG && (e.Type != news.LOC || e.ActorID != strings.ToLower(e.Country)) {
		return -1
	}
	return s.Token(q).Actor - 1
}

// construct reports whether x may be a noun in the construct state.
func construct(x frame.Token) bool {
	return !x.Definite && !x.Suffix && !x.IsPrep && !x.Number && !x.Quote && !x.Bound && !morph.SoundPlural(x.Word)
}
