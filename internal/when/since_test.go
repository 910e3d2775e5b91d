package when

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// TestSince runs testdata/since.tsv: the act of a clause opened by منذ أن
// (or the noun right after منذ) is since, a word of the main clause, of a
// clause after و or a comma, or too far from منذ أن is not.
func TestSince(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/since.tsv", 4) {
		toks := segmented(arabic.Tokenize(r[1]))
		k := slices.IndexFunc(toks, func(tok news.Token) bool { return tok.Text == r[2] })
		if k < 0 {
			t.Fatalf("%s: no word %q in %q", r[0], r[2], r[1])
		}
		if got, want := Since(toks, k), tabletest.Bool(t, r[3]); got != want {
			t.Errorf("%s: Since(%q, %q) = %v, want %v", r[0], r[1], r[2], got, want)
		}
	}
}

// TestAnchoredYears runs testdata/anchored.tsv: years that an anchor makes
// dates (منذ 2011, شتاء 2017, عامي 2009 و2012, 1440-1441هـ), and the counts
// beside them that stay none.
func TestAnchoredYears(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/anchored.tsv", 4) {
		var got []string
		for _, d := range findAll(r[2], r[1]) {
			got = append(got, d.Text+" = "+d.Value)
		}
		if g := strings.Join(got, " | "); g != r[3] {
			t.Errorf("%s: Find(%q, %s) = %q, want %q", r[0], r[2], r[1], g, r[3])
		}
	}
}
