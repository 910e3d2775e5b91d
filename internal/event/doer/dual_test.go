package doer

import (
	"testing"

	"rasad/internal/event/frame/frametest"
)

func TestDualSubject(t *testing.T) {
	checkHolds(t, "DualSubject", venueSentence, func(s *frametest.Sentence, _ holds) bool {
		return DualSubject(s, 0, 1)
	}, "testdata/dual.tsv")
}
