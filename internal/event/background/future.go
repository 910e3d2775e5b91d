package background

import (
	"strings"

	"rasad/internal/event/vocab"
)

// Joined reports whether the event verb at k, in the present and joined
// by و, follows a verb in the future in its clause (سيزور, or a verb after
// سوف), past no other event verb, relative pronoun, complementizer or
// quotation mark: the particle of the future governs the verbs coordinated
// with its own (ذكر أنه سوف يطرد المهاجرين ويشيد جدارا على الحدود: the
// wall is to come too), an act to come, not done. The caller gives only
// verbs in the present with no date of their own.
func Joined(s Sentence, k int) bool {
	t := s.Word(k)
	if !t.Verb || !t.And {
		return false
	}
	l, _ := clause(s, k)
	for j := k - 1; j >= l; j-- {
		x := s.Word(j)
		if x.Future || future(x) || j > l && future(s.Word(j-1)) {
			return true
		}
		if x.Verb || vocab.Relative(x.Rest) || vocab.Subordinate(x.Rest) || strings.ContainsAny(x.Norm, quoteMarks) {
			return false
		}
	}
	return false
}

// Awaited reports whether the event noun at k, with no date of its own,
// follows a preposition of time or setting (vocab.TimePrep: في, خلال,
// أثناء) and comes before the
// verb of its clause, which is in the future (وأضافت أن موغيريني في زيارتها
// الأولى للرياض سوف تجري مباحثات: the visit is the setting of talks to
// come, itself to come), past no other event verb, relative pronoun,
// complementizer or quotation mark. A verb in the future before the noun is
// Under's.
func Awaited(s Sentence, k int) bool {
	a, _ := s.Span()
	_, r := clause(s, k)
	if t := s.Word(k); !t.Event || t.Verb || k == a || !vocab.TimePrep(s.Word(k-1).Plain) {
		return false // (المسؤولين عن تدمير الآثار سيمثلون, بعد المعركة وسيحدث: no setting)
	}
	for j := k + 1; j < r; j++ {
		x := s.Word(j)
		if x.Future || future(x) {
			return true
		}
		if x.Verb || vocab.Relative(x.Rest) || vocab.Subordinate(x.Rest) || strings.ContainsAny(x.Norm, quoteMarks) {
			return false
		}
	}
	return false
}

// future reports whether x is the particle سوف, alone or after و.
func future(x Word) bool { return x.Norm == sawfa || x.Plain == sawfa }

// sawfa is سوف, the particle of the future, and quoteMarks the quotation
// marks that open or close what another says.
const sawfa, quoteMarks = "سوف", "«»\"“”"
