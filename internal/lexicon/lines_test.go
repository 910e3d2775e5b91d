package lexicon_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"rasad/internal/lexicon"
)

func TestReadLines(t *testing.T) {
	text := "# a comment\n\na\tb\t\n  # indented comment\n   \nbad\nc\n"
	var got []string
	err := lexicon.ReadLines(strings.NewReader(text), "f.tsv", func(n int, line string) error {
		if line == "bad" {
			return errors.New("a bad line")
		}
		got = append(got, line)
		return nil
	})
	if err == nil || err.Error() != "f.tsv:6: a bad line" {
		t.Errorf("error = %v, want f.tsv:6: a bad line", err)
	}
	if !slices.Equal(got, []string{"a\tb\t"}) {
		t.Errorf("lines = %q, want the TSV line with its empty field", got)
	}
}
