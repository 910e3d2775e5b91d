package frame

import "rasad/internal/event/vocab"

// Post returns, for phrase pi that names no one but a post by its title
// (أمير جديد, الرئيس الدوري), the named body the post is of when ل ties it
// at once to that body (أمير جديد لطالبان, الرئيس الدوري لمجلس حقوق
// الإنسان): the holder of a body's post stands for the body, whose actor
// and country he takes. A place after ل is no body whose post it is (سفير
// جديد لمصر names an envoy to Egypt, not Egypt's own), so pi stays; pi also
// stays when it holds a name or no title opens it.
func Post(s Sentence, pi int) int {
	if pi < 0 {
		return pi
	}
	ph := s.Phrase(pi)
	if ph.Named || !s.Token(ph.Start).Title {
		return pi
	}
	_, b := s.Span()
	for j := ph.End; j < b && j <= ph.End+2; j++ {
		if q := PhraseAt(s, j); q >= 0 {
			if n := s.Phrase(q); n.Prep == "ل" && n.Named && !n.Place && !n.Coord {
				return q
			}
			return pi
		}
		if x := s.Token(j); x.Phrase != 0 || x.Prep != "" || x.IsPrep || x.Event || x.Bound || x.Quote || x.Number || x.Cue != vocab.CueNone {
			return pi // (only the post's adjectives between: أمير جديد, الرئيس الدوري)
		}
	}
	return pi
}
