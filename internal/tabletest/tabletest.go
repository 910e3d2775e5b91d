// Package tabletest runs the table-driven tests of Rasad's functions from
// a string to a string (normalisers, stemmers, tag and dateline readers):
// each row is a named subtest, and a failure reads as the house style
// wants, `Normalize("x") = "y", want "z"`. It is for tests only.
package tabletest

import "testing"

// Strings runs f, called name in failures, on the rows of a table: each
// row is {its name, the input, the output wanted}.
func Strings(t *testing.T, name string, f func(string) string, rows [][3]string) {
	t.Helper()
	if len(rows) == 0 {
		t.Fatalf("%s: a table without rows tests nothing", name)
	}
	for _, r := range rows {
		t.Run(r[0], func(t *testing.T) {
			if got := f(r[1]); got != r[2] {
				t.Errorf("%s(%q) = %q, want %q", name, r[1], got, r[2])
			}
		})
	}
}
