package frame

import (
	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
)

// Genitive reports whether the word at k, no actor word itself, opens the
// genitive of the bare agent noun just before it, which stands alone in
// its phrase, and a name follows it (وقوات المخلوع صالح, أنصار المخلوع
// علي عبدالله صالح): a noun without the article before a definite word is
// in construct, and the definite word with the name after it is its
// genitive, the one whose forces they are (a person or a body: a place
// after it is a nisba, الشعب الأميركي); the phrase runs on to the name
// rather than leave the bare noun an actor of no one. A sound plural that
// keeps its ن is in no construct (مسلحين), nor is a noun with a pronoun.
func Genitive(s Sentence, k int) bool {
	a, b := s.Span()
	if k-1 < a || k+1 >= b {
		return false
	}
	p, x, n := s.Token(k-1), s.Token(k), s.Token(k+1)
	if p.Phrase == 0 || s.Phrase(p.Phrase-1).Start != k-1 || p.Definite || p.Actor != 0 || p.Suffix || p.Title || morph.SoundPlural(p.Word) {
		return false
	}
	if !x.Definite || x.Actor != 0 || x.Prep != "" || x.IsPrep || x.Bound || x.Quote || x.Number || x.Event || x.Cue != vocab.CueNone || x.Place != "" {
		return false
	}
	return n.Actor != 0 && n.NameStart && n.Place == "" && n.Prep == "" && !n.IsPrep && !n.Bound && !n.Quote
}
