package body

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

// TestClubs reads the clubs of a text as "mention=name" in text order
// (testdata/clubs.tsv); a text is one sentence.
func TestClubs(t *testing.T) {
	tabletest.Strings(t, "Clubs", clubs, tabletest.Rows(t, "testdata/clubs.tsv"))
}

// clubs returns what TestClubs reads of a text.
func clubs(text string) string {
	toks := lexicon.Tokens(text)
	ends := make([]int, len(toks))
	for i := range ends {
		ends[i] = len(toks)
	}
	cs, _ := Clubs(arabic.DefaultSegmenter(), toks, func(int) bool { return true }, ends)
	var out []string
	for _, c := range cs {
		out = append(out, text[c.Start:toks[c.Last].End]+"="+c.Name)
	}
	return strings.Join(out, " ")
}
