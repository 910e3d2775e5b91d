package head

import (
	"strconv"
	"testing"

	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

var kinds = []string{"speaker", "fragment", "work"}

// TestOf reads the kind of each phrase after a speech verb
// (testdata/of.txt).
func TestOf(t *testing.T) {
	tabletest.Strings(t, "Of", func(s string) string {
		return kinds[Of(lexicon.Tokens(s), func(int) bool { return false })]
	}, tabletest.Rows(t, "testdata/of.txt"))
}

// TestUnnamed reads whether the word before a speech verb is an unnamed
// message (testdata/unnamed.txt).
func TestUnnamed(t *testing.T) {
	tabletest.Strings(t, "Unnamed", func(s string) string {
		return strconv.FormatBool(Unnamed(&lexicon.Tokens(s)[0]))
	}, tabletest.Rows(t, "testdata/unnamed.txt"))
}

// TestOfName: a name the entity stage found is never a fragment.
func TestOfName(t *testing.T) {
	if got := Of(lexicon.Tokens("جزءا أساسيا"), func(int) bool { return true }); got != Speaker {
		t.Errorf("Of(a name) = %s, want speaker", kinds[got])
	}
}

// TestInWork reads whether the words before a quotation place it in a work
// (testdata/inwork.txt).
func TestInWork(t *testing.T) {
	tabletest.Strings(t, "InWork", func(s string) string {
		return strconv.FormatBool(InWork(lexicon.Tokens(s)))
	}, tabletest.Rows(t, "testdata/inwork.txt"))
}

// TestOneOf reads whether a subject opens with the partitive أحد/إحدى and
// a definite noun (testdata/oneof.txt).
func TestOneOf(t *testing.T) {
	tabletest.Strings(t, "OneOf", func(s string) string {
		return strconv.FormatBool(OneOf(lexicon.Tokens(s)))
	}, tabletest.Rows(t, "testdata/oneof.txt"))
}

// TestFamilyNames reads whether the text's last word follows a given
// name elsewhere in it (testdata/aftergiven.txt).
func TestFamilyNames(t *testing.T) {
	tabletest.Strings(t, "FamilyNames", func(s string) string {
		toks := lexicon.Tokens(s)
		return strconv.FormatBool(FamilyNames(toks[:len(toks)-1])[toks[len(toks)-1].Norm])
	}, tabletest.Rows(t, "testdata/aftergiven.txt"))
}

// TestDayPhrase reads how many words after a speech verb name a day
// counted from publication (testdata/day.txt).
func TestDayPhrase(t *testing.T) {
	tabletest.Strings(t, "DayPhrase", func(s string) string {
		toks := lexicon.Tokens(s)
		return strconv.Itoa(DayPhrase(toks, 0, len(toks)))
	}, tabletest.Rows(t, "testdata/day.txt"))
}
