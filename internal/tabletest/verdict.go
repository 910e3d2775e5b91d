package tabletest

import (
	"strconv"
	"testing"
)

// Verdicts runs the rows of a table of yes-or-no rules read from a file
// (Fields, n fields a row): the name of the rule asked first, then its
// arguments, and last the verdict wanted, true or false. verdict applies
// the rule a row names (one of rules) to the row's arguments. A row that
// names no rule of rules fails the test, and so does a rule without rows,
// so that a table cannot lose a rule's rows unseen.
func Verdicts[F any](t *testing.T, path string, n int, rules map[string]F, verdict func(t *testing.T, rule F, args []string) bool) {
	t.Helper()
	asked := map[string]bool{}
	for _, r := range Fields(t, path, n) {
		rule, ok := rules[r[0]]
		if !ok {
			t.Fatalf("%s: row %q names no rule of the test", path, r)
		}
		asked[r[0]] = true
		want := Bool(t, r[n-1])
		if got := verdict(t, rule, r[1:n-1]); got != want {
			t.Errorf("%s(%q) = %v, want %v", r[0], r[1:n-1], got, want)
		}
	}
	for name := range rules {
		if !asked[name] {
			t.Errorf("%s: no row asks %s", path, name)
		}
	}
}

// Int reads a row's number (a word of a sentence, -1 for none).
func Int(t testing.TB, s string) int {
	t.Helper()
	return field(t, s, strconv.Atoi)
}

// Bool reads a row's true or false.
func Bool(t testing.TB, s string) bool {
	t.Helper()
	return field(t, s, strconv.ParseBool)
}

// field reads a row's field with parse; a field it cannot read fails the test.
func field[T any](t testing.TB, s string, parse func(string) (T, error)) T {
	t.Helper()
	v, err := parse(s)
	if err != nil {
		t.Fatalf("field %q: %v", s, err)
	}
	return v
}
