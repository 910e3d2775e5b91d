package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// including holds the verbs that name who takes part in a meeting (يضم,
// ضم, جمع), as Normalize writes them.
var including = words("يضم", "تضم", "ضم", "ضمت", "يجمع", "تجمع", "جمع", "جمعت")

// Members returns the actor phrase that a relative clause with a verb of
// including names right after the meeting noun at k, past one adjective
// (اللقاء الثلاثي الذي يضم وزراء خارجية الولايات المتحدة وروسيا
// والسعودية; الاجتماع الذي جمع الطرفين): those are the ones who meet,
// not an actor of the clause before the noun. meeting tells whether the
// noun's act is a meeting or consultation; -1 if not, or if no such clause
// follows.
func Members(s frame.Sentence, k int, meeting bool) int {
	_, b := s.Span()
	if !meeting {
		return -1
	}
	for j := k + 1; j <= k+2 && j+1 < b; j++ {
		x := s.Token(j)
		if vocab.Relative(x.Norm) {
			if !including[s.Token(j+1).Norm] && !including[s.Token(j+1).Word] {
				return -1
			}
			for q := j + 2; q < b && q <= j+4; q++ {
				if pi := frame.PhraseAt(s, q); pi >= 0 {
					if s.Phrase(pi).Prep != "" {
						return -1
					}
					return pi
				}
				if y := s.Token(q); y.Bound || y.IsPrep || y.Event || y.Quote {
					return -1
				}
			}
			return -1
		}
		if x.Phrase != 0 && s.Phrase(x.Phrase-1).Named || x.Bound || x.IsPrep || x.Event || x.Quote || !x.Definite { // (الثلاثي: an adjective, maybe read as a noun of agents)
			return -1
		}
	}
	return -1
}
