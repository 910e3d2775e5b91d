package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// ActBefore returns the event noun that is the subject of the verb at k
// when the verb opens a clause that describes it: right after it, as a
// clause after an indefinite noun takes no relative pronoun (شن الطيران
// غارات استهدفت مواقع المتمردين), after a relative pronoun (الغارة التي
// استهدفت المعسكر), or after a comma (شنت الطائرات أربع غارات، استهدفت مواقع
// المتمردين). A raid, an ambush or a campaign that strikes something is
// the act of whoever carried it out, so the verb's doer is the noun's; -1
// when no event noun stands there.
func ActBefore(s frame.Sentence, k int) int {
	a, _ := s.Span()
	j := k - 1
	if j > a && (vocab.Relative(s.Token(j).Norm) || vocab.Relative(s.Token(j).Plain) || vocab.Comma(s.Token(j).Norm)) {
		j--
	}
	if j < a || !s.Token(j).Event || !s.Token(j).Noun || s.Token(j).Prep != "" {
		return -1
	}
	return j
}

// ActDone returns which of the n acts told before the verb at k in its
// sentence is the one whose noun is the verb's subject (ActBefore), when
// the verb is one of force (strikes) and that act is of force with its
// doer named: the last act at or before that noun, as a light verb names
// the act with its noun after it (شنت الطائرات أربع غارات، استهدفت: the
// act of شنت). at gives each act's word, ok whether it qualifies. It
// returns -1 if none.
func ActDone(s frame.Sentence, k int, strikes bool, n int, at func(i int) int, ok func(i int) bool) int {
	j := -1
	if strikes {
		j = ActBefore(s, k)
	}
	if j < 0 {
		return -1
	}
	l, _ := s.Span()
	for i := n - 1; i >= 0; i-- {
		if w := at(i); w <= j && w >= l {
			if ok(i) {
				return i
			}
			return -1
		}
	}
	return -1
}

// Doers returns the doers of the act i found by ActDone for an active verb
// (doers gives them), which are the verb's own; else own.
func Doers[T any](i int, active bool, own []T, doers func(i int) []T) []T {
	if i < 0 || !active {
		return own
	}
	return append([]T{}, doers(i)...)
}
