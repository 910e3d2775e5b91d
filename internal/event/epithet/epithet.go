// Package epithet tells the words that describe an actor from the actors
// an act is done to. A nisba or a place that qualifies the noun of an
// actor phrase (رئيس الوزراء البريطاني, السفارة الأميركية, الحكومة
// التركية) says whose that actor is; it names no second actor, and least
// of all the one its own country's doer acts upon.
package epithet

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
)

// Own reports whether the country cc, which the doer of an act belongs
// to, is named in sentence s only as an epithet of an actor: at every
// token that mentions it (named reports which), a singular nisba with the
// article right after the words that name the doer (doer reports which),
// an adjective that agrees with them (وحذرت السفارة الأميركية, وترفض
// الحكومة التركية; not a name, بريطانيا, nor a plural, الفرنسيين, which
// may be the object), or a nisba or place after the head noun of a phrase
// with an agent noun or title (frame.Token.OfAgent; not the head itself:
// الفرنسيين, the French, are people). Such a country is no target of its
// own doer's act: وحذر رئيس الوزراء البريطاني من أن ... warns no one, not
// Britain. False if no token mentions it.
func Own(s frame.Sentence, cc string, named, doer func(j int) bool) bool {
	if cc == "" {
		return false
	}
	a, b := s.Span()
	seen := false
	for j := a; j < b; j++ {
		if !named(j) {
			continue
		}
		x := s.Token(j)
		after := j > a && doer(j-1) && !named(j-1) && x.Definite && morph.SingularNisba(x.Word)
		qualifies := x.OfAgent && x.Phrase > 0 && s.Phrase(x.Phrase-1).Start < j
		if x.Place != cc || !after && !qualifies {
			return false
		}
		seen = true
	}
	return seen
}
