package background

import "rasad/internal/event/vocab"

// Aside reports whether the act at k stands in a relative clause set off
// by commas (بن همام، الذي وضع مؤخرا تحت الإقامة الجبرية، إدارة البنك) and
// the date expression at token d outside it: the date is the main
// clause's (تولى … في العام 2010م), not the act's, which the clause tells
// of its own time (مؤخرا).
func Aside(s Sentence, d, k int) bool {
	l, r, ok := aside(s, k)
	return ok && (d < l || d >= r)
}

// aside returns the relative clause set off by commas that holds the act
// at k, [l, r) from its pronoun to its closing bound, and whether there is
// one.
func aside(s Sentence, k int) (l, r int, ok bool) {
	a, b := s.Span()
	l = k // the relative pronoun, a bound itself
	for l > a && !s.Word(l).Bound {
		l--
	}
	if l-1 <= a || !vocab.Comma(s.Word(l-1).Rest) || !vocab.Relative(s.Word(l).Norm) {
		return 0, 0, false
	}
	r = k
	for r < b && !s.Word(r).Bound {
		r++
	}
	return l, r, true
}
