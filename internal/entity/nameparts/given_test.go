package nameparts_test

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/entity/nameparts"
	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

// TestGivenOpens runs GivenOpens on the rows of testdata/givenopens.tsv:
// the known person's name, and a name whose first word is the known one.
func TestGivenOpens(t *testing.T) {
	tabletest.Strings(t, "GivenOpens", func(in string) string {
		known, name, _ := strings.Cut(in, "|")
		toks := lexicon.Tokens(name + " .")
		return strconv.FormatBool(nameparts.GivenOpens(lexicon.Default(), []string{known}, toks, 0, len(toks)-2))
	}, tabletest.Rows(t, "testdata/givenopens.tsv"))
}
