package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// stopping holds the verbs that list a tour's stops (lexicon class
// tour-verb).
var stopping = vocab.Set(lexicon.Default().Forms("tour-verb")...)

// Stops reports whether the actor phrase pi, or the first of the phrases
// joined to it by و, comes right after a verb of including that lists the
// stops of a tour (في جولة تشمل قطر والعراق): the places are where the
// tour goes, or will go, never the subject that a pronoun after them
// refers back to (واصفا زيارته: Zarif's, not Iraq's). After a meeting
// such a verb names its members (Members).
func Stops(s frame.Sentence, pi int) bool {
	for pi > 0 && s.Phrase(pi).Coord {
		pi--
	}
	a, _ := s.Span()
	j := s.Phrase(pi).Start - 1
	if j < a {
		return false
	}
	t := s.Token(j)
	return stopping[t.Word] || stopping[t.Norm]
}
