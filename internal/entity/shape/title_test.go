package shape_test

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

// TestWorks lists, for each text, the words Works reads as inside a
// work's title.
func TestWorks(t *testing.T) {
	tabletest.Strings(t, "Works", func(text string) string {
		toks := lexicon.Tokens(text)
		var got []string
		for i, w := range shape.Works(lexicon.Default(), toks, arabic.Quoted(text, toks)) {
			if w {
				got = append(got, toks[i].Text)
			}
		}
		return strings.Join(got, " ")
	}, tabletest.Rows(t, "testdata/works.tsv"))
}
