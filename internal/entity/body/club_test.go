package body

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// TestClubs reads the clubs of a text as "mention=name" in text order
// (testdata/clubs.tsv); a text is one sentence.
func TestClubs(t *testing.T) {
	tabletest.Strings(t, "Clubs", clubs, tabletest.Rows(t, "testdata/clubs.tsv"))
}

// clubs returns what TestClubs reads of a text.
func clubs(text string) string {
	toks, ends := sentence(text)
	cs, _ := Clubs(arabic.DefaultSegmenter(), toks, func(int) bool { return true }, ends)
	var out []string
	for _, c := range cs {
		out = append(out, text[c.Start:toks[c.Last].End]+"="+c.Name)
	}
	return strings.Join(out, " ")
}

// TestStocks reads the companies of a text as their names in text order
// (testdata/stocks.tsv); a text is one sentence.
func TestStocks(t *testing.T) {
	tabletest.Strings(t, "Stocks", stocks, tabletest.Rows(t, "testdata/stocks.tsv"))
}

// stocks returns what TestStocks reads of a text.
func stocks(text string) string {
	toks, ends := sentence(text)
	var out []string
	for _, s := range Stocks(arabic.DefaultSegmenter(), toks, func(int) bool { return true }, ends) {
		out = append(out, text[s.Start:toks[s.Last].End])
	}
	return strings.Join(out, " | ")
}

// sentence returns the tokens of a text read as one sentence and each
// token's sentence end.
func sentence(text string) ([]news.Token, []int) {
	toks := lexicon.Tokens(text)
	ends := make([]int, len(toks))
	for i := range ends {
		ends[i] = len(toks)
	}
	return toks, ends
}
