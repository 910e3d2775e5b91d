package ner

import "rasad/internal/news"

// The labels of the sequence model, BIO over four types. O is 0.
const (
	lO = iota
	lBPER
	lIPER
	lBLOC
	lILOC
	lBORG
	lIORG
	lBMISC
	lIMISC
	numLabels
)

var labelNames = [numLabels]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

var labelTypes = [numLabels]news.EntityType{"", news.PER, news.PER, news.LOC, news.LOC, news.ORG, news.ORG, news.MISC, news.MISC}

func labelIndex(tag string) int {
	for i, n := range labelNames {
		if n == tag {
			return i
		}
	}
	return lO
}

func isInside(l int) bool { return l != lO && l%2 == 0 }

// allowed reports whether label cur may follow label prev (prev -1 is the
// start of a sentence): I-X only continues B-X or I-X.
func allowed(prev, cur int) bool {
	if !isInside(cur) {
		return true
	}
	return prev == cur || prev == cur-1
}

// labelLinks lists, for each label, the labels that may come after it, in
// ascending order, as allowed says: the steps of viterbi (bestBefore) and
// margins (bestAfter) are these links written out (TestMarginsWrittenOut
// checks bestAfter against a loop over them).
var labelLinks = func() (t struct{ succ [numLabels][]int8 }) {
	for a := range numLabels {
		for b := range numLabels {
			if allowed(a, b) {
				t.succ[a] = append(t.succ[a], int8(b))
			}
		}
	}
	return t
}()
