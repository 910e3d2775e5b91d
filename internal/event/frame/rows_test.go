package frame

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/tabletest"
)

// checkInts runs the rows of testdata/<fn in lower case>.tsv: a case's
// name, its sentence, what else get reads, and last the number wanted
// (a phrase or a token, -1 for none); get answers one row.
func checkInts(t *testing.T, fn string, n int, get func(row []string) int) {
	t.Helper()
	checkAt(t, fn, n, func(r []string) (int, int) {
		return get(r), atoi(t, fn, r[n-1])
	})
}

// checkAt runs the rows of testdata/<fn in lower case>.tsv, a case's name
// and its sentence first; get answers one row with the index found and
// the index the row wants (of a word it names, say).
func checkAt(t *testing.T, fn string, n int, get func(row []string) (got, want int)) {
	t.Helper()
	for _, r := range tabletest.Fields(t, "testdata/"+strings.ToLower(fn)+".tsv", n) {
		if got, want := get(r); got != want {
			t.Errorf("%s: %s(%q) = %d, want %d", r[0], fn, r[1], got, want)
		}
	}
}

// atoi reads a number of the table of fn, failing the test on anything
// else.
func atoi(t *testing.T, fn, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%s: want a number, got %q", fn, s)
	}
	return n
}

// indexOr is the index of the token w in f, or none when w is "" (a row that
// wants nothing found).
func (f *fake) indexOr(w string, none int) int {
	if w == "" {
		return none
	}
	return f.index(w)
}
