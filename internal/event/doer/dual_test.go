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
