package doer

import (
	"testing"

	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

func TestBeyond(t *testing.T) {
	checkHolds(t, "Beyond", venueSentence, func(s *frametest.Sentence, _ holds) bool {
		// every word from the phrase's end to the word of affiliation
		end := s.Phr[0].End
		for j := end; j < len(s.Toks) && !vocab.Affiliation(s.Toks[j].Word); j++ {
			if Beyond(s, end, j) {
				return false
			}
		}
		return true
	}, "testdata/beyond.tsv")
}
