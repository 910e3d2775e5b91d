// Package tabletest runs the table-driven tests of Rasad's functions from
// a string to a string (normalisers, stemmers, tag and dateline readers)
// and of the errors of loaders on bad input: each row is a named subtest,
// and a failure reads as the house style wants, `Normalize("x") = "y",
// want "z"`. The rows are in the test's code or in a file of testdata
// (Rows). It is for tests only.
package tabletest

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Strings runs f, called name in failures, on the rows of a table: each
// row is {its name, the input, the output wanted}.
func Strings(t *testing.T, name string, f func(string) string, rows [][3]string) {
	t.Helper()
	run(t, name, rows, func(t *testing.T, r [3]string) {
		if got := f(r[1]); got != r[2] {
			t.Errorf("%s(%q) = %q, want %q", name, r[1], got, r[2])
		}
	})
}

// Errors runs f, called name in failures, on the rows of a table of bad
// inputs: each row is {its name, the input, what the error must contain}
// (for the loaders of data files, the file:line and the rule broken).
func Errors(t *testing.T, name string, f func(string) error, rows [][3]string) {
	t.Helper()
	run(t, name, rows, func(t *testing.T, r [3]string) {
		if err := f(r[1]); err == nil || !strings.Contains(err.Error(), r[2]) {
			t.Errorf("%s(%q) error = %v, want it to contain %q", name, r[1], err, r[2])
		}
	})
}

func run(t *testing.T, name string, rows [][3]string, check func(*testing.T, [3]string)) {
	t.Helper()
	if len(rows) == 0 {
		t.Fatalf("%s: a table without rows tests nothing", name)
	}
	for _, r := range rows {
		t.Run(r[0], func(t *testing.T) { check(t, r) })
	}
}

// Rows reads a table from a file: a row a line, its name, input and
// output (or error) as Go string literals ("…" or `…`) separated by tabs,
// so that marks, joiners and bidi controls are written as escapes; blank
// lines and lines starting with # are skipped. A bad line fails the test
// with its file:line.
func Rows(t *testing.T, path string) [][3]string {
	t.Helper()
	var rows [][3]string
	for _, r := range Fields(t, path, 3) {
		rows = append(rows, [3]string(r))
	}
	return rows
}

// Fields reads a table of n columns from a file, written as Rows reads
// its three: for a test whose rows are more than a name, an input and an
// output (a sentence, the code asked for and the actor wanted).
func Fields(t testing.TB, path string, n int) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != n {
			t.Fatalf("%s:%d: want %d fields separated by tabs, got %d", path, ln, n, len(fields))
		}
		r := make([]string, n)
		for i, q := range fields {
			if r[i], err = strconv.Unquote(q); err != nil {
				t.Fatalf("%s:%d: field %d: want a Go string literal, got %s", path, ln, i+1, q)
			}
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: a table without rows tests nothing", path)
	}
	return rows
}
