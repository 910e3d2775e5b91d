package report

import "rasad/internal/event/vocab"

// Conditional reports whether a condition governs the act at ws[k] (في
// حال رفع العقوبات, إذا هاجمت): a word of condition before it in its
// clause, within twelve words. A hypothetical is no event at all.
func Conditional(ws []Word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if ws[j].Bound && !vocab.Subordinate(ws[j].Rest) {
			return false
		}
		if ws[j].Cue == vocab.CueCond {
			return true
		}
	}
	return false
}
