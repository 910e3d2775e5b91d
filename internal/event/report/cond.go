package report

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Conditional reports whether a condition governs the act at ws[k] (في
// حال رفع العقوبات, إذا هاجمت): a word of condition before it in its
// clause, within twelve words; or a condition on a saying or a supposing
// anywhere before it in the sentence (class supposition: إذا قلنا إن هذه
// الحروب يمولها أثرياء وإن سويسرا تبيع السلاح, لو افترضنا أن الجيش
// انسحب): what is said on that condition, every clause of it, is the
// hypothesis. A hypothetical is no event at all.
func Conditional(ws []Word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if ws[j].Bound && !vocab.Subordinate(ws[j].Rest) {
			break
		}
		if ws[j].Cue == vocab.CueCond {
			return true
		}
	}
	for j := k - 2; j >= 0; j-- {
		if ws[j].Cue == vocab.CueCond && lexicon.Default().Has(ws[j+1].Rest, "supposition") {
			return true
		}
	}
	return false
}
