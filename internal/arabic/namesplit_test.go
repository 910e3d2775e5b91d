package arabic

import (
	"fmt"
	"testing"

	"rasad/internal/tabletest"
)

func TestNameProclitics(t *testing.T) {
	known := map[string]bool{"بكين": true, "واشنطن": true, "روسيا": true, "وليد": true, "الصين": true}
	isKnown := func(s string) bool { return known[s] }
	tabletest.Strings(t, "NameProclitics", func(w string) string {
		n, rest := NameProclitics(SearchKey(w), isKnown)
		return fmt.Sprint(n, " ", rest)
	}, tabletest.Rows(t, "testdata/nameproclitics.tsv"))
}

func TestLetterOffset(t *testing.T) {
	tabletest.Strings(t, "LetterOffset", func(in string) string {
		var word string
		var n int
		if _, err := fmt.Sscan(in, &word, &n); err != nil {
			t.Fatalf("row %q: %v", in, err)
		}
		return fmt.Sprint(LetterOffset(word, n))
	}, tabletest.Rows(t, "testdata/letteroffset.tsv"))
}
