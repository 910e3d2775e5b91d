package doer

import (
	"testing"

	"rasad/internal/event/frame/frametest"
)

// describedSentence reads the notation of venueSentence; a name (@) starts
// at its first word.
func describedSentence(sentence string) *frametest.Sentence {
	s := venueSentence(sentence)
	for j := range s.Toks {
		s.Toks[j].NameStart = s.Toks[j].Actor != 0 && (j == 0 || s.Toks[j-1].Actor == 0)
	}
	return s
}

func TestDescribedSubject(t *testing.T) {
	checkHolds(t, "DescribedSubject", describedSentence, func(s *frametest.Sentence, _ holds) bool {
		return DescribedSubject(s, 0, 1)
	}, "testdata/described.tsv")
}

func TestDescribedEnd(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"the object phrase after the adjective", "واتهمت^ الاحزاب المحلية [الشرطة] بالتقصير", 3},
		{"the adjective read into the name's phrase", "وحملت^ الجماعات [?الكردية الحكومة@ التركية@] المسؤولية", 2},
		{"no subject", "وحملت^ [الحكومة] المسؤولية", 0},
	} {
		if got := describedEnd(describedSentence(tc.text), 0, 1); got != tc.want {
			t.Errorf("describedEnd(%s) = %d, want %d", tc.name, got, tc.want)
		}
	}
}
