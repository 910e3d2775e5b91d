package doer

import (
	"strings"
	"testing"

	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

func TestDualSubject(t *testing.T) {
	checkHolds(t, "DualSubject", venueSentence, func(s *frametest.Sentence, _ holds) bool {
		return DualSubject(s, 0, 1)
	}, "testdata/dual.tsv")
}

func TestCountingSubject(t *testing.T) {
	checkHolds(t, "CountingSubject", countedSentence, func(s *frametest.Sentence, _ holds) bool {
		return CountingSubject(s, 0, 1)
	}, "testdata/counting.tsv")
}

func TestKinSubject(t *testing.T) {
	checkHolds(t, "KinSubject", venueSentence, func(s *frametest.Sentence, _ holds) bool {
		return KinSubject(s, 0, 1)
	}, "testdata/kin.tsv")
}

func TestNamelessSubject(t *testing.T) {
	s := venueSentence("وعزى^ والد الشهيد")
	if NamelessSubject(s, 0, 1, true) {
		t.Errorf("NamelessSubject(%s) after a verb with an object = true, want false: the father may be consoled", "وعزى والد الشهيد")
	}
	if !NamelessSubject(s, 0, 1, false) {
		t.Errorf("NamelessSubject(%s) after a verb with no object = false, want true", "وعزى والد الشهيد")
	}
}

// countedSentence reads the notation of venueSentence, and # after a
// number written in words; a word that opens with a digit is a number.
func countedSentence(sentence string) *frametest.Sentence {
	s := venueSentence(sentence)
	for j := range s.Toks {
		t := &s.Toks[j]
		if w, ok := strings.CutSuffix(t.Word, "#"); ok {
			t.Word, t.Plain, t.Cue = w, strings.TrimSuffix(t.Plain, "#"), vocab.CueNumber
		}
		t.Number = t.Norm != "" && t.Norm[0] >= '0' && t.Norm[0] <= '9'
	}
	return s
}

func TestCountedBefore(t *testing.T) {
	checkHolds(t, "CountedBefore", countedSentence, func(s *frametest.Sentence, _ holds) bool {
		k := 0
		for k < len(s.Toks) && !s.Toks[k].Verb {
			k++
		}
		pi := CountedBefore(s, k, -1)
		return pi >= 0 && s.Phr[pi].End == k
	}, "testdata/counted_before.tsv")
}
