package frame

import (
	"strings"
	"testing"
)

// nameParse parses a test sentence as spoken does, and reads further: a word
// written with = starts the mention of a name (=المسجد), which makes its
// phrase a named one, =@ the name of a place (=@القاهرة); الي is the
// preposition إلى as normalised.
func nameParse(sentence string) *fake {
	f := spoken(sentence)
	for j := range f.toks {
		x := &f.toks[j]
		if w, ok := strings.CutPrefix(x.Norm, "="); ok {
			if rest, place := strings.CutPrefix(w, "@"); place && x.Phrase > 0 {
				w, f.phr[x.Phrase-1].Place = rest, true // a town the gazetteer links
			}
			x.Norm, x.Word, x.NameStart = w, strings.TrimPrefix(w, "ال"), true
			x.Definite = strings.HasPrefix(w, "ال")
			if x.Phrase > 0 {
				f.phr[x.Phrase-1].Named = true
			}
		}
		if x.Norm == "الي" {
			x.IsPrep, x.Word = true, "الي"
		}
	}
	return f
}

// TestObjectAfterStatement: the comma that closes the words an act was
// said in ends no clause: the object after it is read.
func TestObjectAfterStatement(t *testing.T) {
	f := nameParse("ادانت [الوزارة] في بيان صحفي ، اقتحام*^ [المستوطنين] [=المسجد الاقصى] .")
	comma := f.index("،")
	if got := ObjectOwner(f, 2, comma); got != 1 {
		t.Errorf("ObjectOwner past the statement = %d, want 1", got)
	}
	g := nameParse("ادانت [الوزارة] في القاهرة ، اقتحام*^ [المستوطنين] [=المسجد الاقصى] .")
	if got := ObjectOwner(g, 2, g.index("،")); got != -1 {
		t.Errorf("ObjectOwner past a place = %d, want -1 (not a statement)", got)
	}
}
