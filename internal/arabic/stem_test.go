package arabic

import (
	"testing"

	"rasad/internal/tabletest"
)

func TestStem(t *testing.T) {
	s := DefaultSegmenter()
	tabletest.Strings(t, "Stem", s.Stem, tabletest.Rows(t, "testdata/stem.tsv"))
}

// TestCutArticle: the word without its article, "-" where ال is no
// article (Definite is false exactly there).
func TestCutArticle(t *testing.T) {
	cut := func(w string) string {
		rest, ok := CutArticle(w)
		if ok != Definite(w) {
			t.Errorf("CutArticle(%q) says %v, Definite %v", w, ok, !ok)
		}
		if !ok {
			return "-"
		}
		return rest
	}
	tabletest.Strings(t, "CutArticle", cut, tabletest.Rows(t, "testdata/cutarticle.tsv"))
}
