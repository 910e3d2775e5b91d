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
	path := "testdata/" + strings.ToLower(fn) + ".tsv"
	for _, r := range tabletest.Fields(t, path, n) {
		if got, want := get(r), atoi(t, path, r[n-1]); got != want {
			t.Errorf("%s: %s(%q) = %d, want %d", r[0], fn, r[1], got, want)
		}
	}
}

// atoi reads a number of a table's row, failing the test on anything else.
func atoi(t *testing.T, path, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%s: want a number, got %q", path, s)
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
