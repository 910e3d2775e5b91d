package tabletest

import (
	"strings"
	"testing"
)

// TestVerdicts asks two rules of a string and a word's index: whether the
// word at that index (in runes; -1 for none) starts the text (HasPrefix)
// or stands in it (Contains).
func TestVerdicts(t *testing.T) {
	at := func(s string, k int) string {
		if k < 0 {
			return "none"
		}
		return string([]rune(s)[k])
	}
	Verdicts(t, "testdata/fields.tsv", 4, map[string]func(string, string) bool{
		"HasPrefix": strings.HasPrefix, "Contains": strings.Contains,
	}, func(t *testing.T, f func(string, string) bool, a []string) bool {
		return f(a[0], at(a[0], Int(t, a[1])))
	})
}
