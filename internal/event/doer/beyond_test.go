package doer

import (
	"slices"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

func TestBeyond(t *testing.T) {
	checkHolds(t, "Beyond", venueSentence, func(s *frametest.Sentence, _ holds) bool {
		end := s.Phr[0].End
		aff := slices.IndexFunc(s.Toks, func(t frame.Token) bool { return vocab.Affiliation(t.Word) })
		for j := end; j < aff; j++ {
			if Beyond(s, end, j) {
				return false
			}
		}
		return true
	}, "testdata/beyond.tsv")
}
