package doer

import (
	"strings"
	"testing"

	"rasad/internal/event/frame/frametest"
)

// clauses builds a sentence in the notation of told, where a word that
// opens with & carries the conjunction و (the segmenter's, split off: the
// word is written without it), a word that ends in $ names a place (a
// phrase that opens with one names a place), في, إلى and على are prepositions written as
// words, a word that opens with بال or لل is definite and carries ب or ل,
// and one that opens with ل and no article carries ل; a phrase is governed
// by the preposition its first word carries.
func clauses(s string) *frametest.Sentence {
	f := told(s)
	for j := range f.Toks {
		t := &f.Toks[j]
		if w, ok := strings.CutPrefix(t.Norm, "&"); ok {
			t.Norm, t.Plain, t.Word, t.And = w, w, w, true
		}
		if w, ok := strings.CutSuffix(t.Norm, "$"); ok {
			t.Norm, t.Plain, t.Word, t.Place = w, w, strings.TrimPrefix(w, "ال"), "EGY"
		}
		switch {
		case t.Norm == "في" || t.Norm == "الي" || t.Norm == "علي":
			t.IsPrep = true
		case strings.HasPrefix(t.Norm, "بال"):
			t.Definite, t.Prep = true, "ب"
		case strings.HasPrefix(t.Norm, "لل"):
			t.Definite, t.Prep = true, "ل"
		case strings.HasPrefix(t.Norm, "ل") && !strings.HasPrefix(t.Norm, "ال"):
			t.Prep = "ل"
		}
	}
	for pi := range f.Phr {
		f.Phr[pi].Prep, f.Phr[pi].Place = f.Toks[f.Phr[pi].Start].Prep, f.Toks[f.Phr[pi].Start].Place != ""
	}
	return f
}

func TestRelative(t *testing.T) {
	checkHolds(t, "Relative", clauses, func(s *frametest.Sentence, _ holds) bool {
		return Relative(s, lastEvent(s), false) >= 0
	}, "testdata/relative.tsv")
}

func TestRelativeInThePresent(t *testing.T) {
	s := clauses("وأشاد الوزير [بالقوات] التي تدعم@ الجيش")
	if got := Relative(s, lastEvent(s), true); got != -1 {
		t.Errorf("Relative of a verb in the present = %d, want -1 (a standing stance, no act)", got)
	}
}

func TestElaborates(t *testing.T) {
	checkHolds(t, "Elaborates", clauses, func(s *frametest.Sentence, _ holds) bool {
		return Elaborates(s, lastEvent(s), false)
	}, "testdata/elaborates.tsv")
}

func TestElaboratesInThePresent(t *testing.T) {
	s := clauses("ومغادرته [الأحد] عندما يتوجه@ إلى إثيوبيا")
	if Elaborates(s, lastEvent(s), true) {
		t.Errorf("Elaborates of a verb in the present = true, want false (an act intended, not done)")
	}
}
