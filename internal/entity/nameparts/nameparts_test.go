package nameparts_test

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// marked segments text, without the brackets around one word, as the
// pipeline does, and gives the index of the token of that word.
func marked(t *testing.T, text string) ([]news.Token, int) {
	t.Helper()
	open, end := strings.Index(text, "["), strings.Index(text, "]")
	if open < 0 || end < open {
		t.Fatalf("no word marked by [ ] in %q", text)
	}
	word := text[open+1 : end]
	toks := arabic.Tokenize(text[:open] + word + text[end+1:])
	arabic.DefaultSegmenter().Segment(toks)
	for i, tok := range toks {
		if tok.Start >= open && tok.Text == word {
			return toks, i
		}
	}
	t.Fatalf("the marked word %q is no token of %q", word, text)
	return nil, -1
}

func TestPatronymic(t *testing.T) {
	none := func(int) (int, bool) { return 0, false }
	tabletest.Strings(t, "Patronymic", func(text string) string {
		toks, i := marked(t, text)
		return strconv.FormatBool(nameparts.Patronymic(toks, i, none))
	}, tabletest.Rows(t, "testdata/patronymic.tsv"))
}

func TestNationality(t *testing.T) {
	tabletest.Strings(t, "Nationality", func(text string) string {
		toks, k := marked(t, text)
		return nameparts.Nationality(toks, shape.SkipPunct(toks, 2, len(toks)), len(toks), nisbaOnly(k))
	}, tabletest.Rows(t, "testdata/nationality.tsv"))
}

// nisbaOnly is a Mentions with one nisba of country XXX, one word long, at
// token k.
type nisbaOnly int

func (n nisbaOnly) Nisba(k int) (string, int) {
	if k == int(n) {
		return "XXX", k
	}
	return "", -1
}
func (nisbaOnly) Person(int) bool { return false }

func TestUnmarked(t *testing.T) {
	tabletest.Strings(t, "Unmarked", func(in string) string {
		p := strings.Split(in, "|")
		if len(p) != 3 {
			t.Fatalf("%q is not name|home|outlet", in)
		}
		return nameparts.Unmarked(p[0], p[1], p[2])
	}, tabletest.Rows(t, "testdata/unmarked.tsv"))
}

func TestEnvoy(t *testing.T) {
	tabletest.Strings(t, "Envoy", func(text string) string {
		toks, i := marked(t, text)
		return nameparts.Envoy(toks, 0, i, countryWords(toks), "KKK")
	}, tabletest.Rows(t, "testdata/envoy.tsv"))
}

// countryWords is a Countries that places country XXX, one word long, on
// every word whose stem is مصر, المغرب or السعودي.
type countryWords []news.Token

func (c countryWords) Country(k int) (string, int) {
	switch stem, _ := lexicon.StemOf(&c[k]); arabic.SearchKey(stem) {
	case "مصر", "المغرب", "السعودي":
		return "XXX", k
	}
	return "", -1
}

func (c countryWords) InName(k int) (bool, bool) {
	c1, _ := c.Country(k)
	return c1 != "", false
}
