package byline

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

func TestCountry(t *testing.T) {
	tabletest.Strings(t, "Country", func(text string) string {
		toks := arabic.Tokenize(text)
		j := 0
		for j < len(toks) && toks[j].Kind == news.Word {
			j++ // the first token after the name
		}
		return Country(text, toks, j)
	}, tabletest.Rows(t, "testdata/country.tsv"))
}

func TestOutlet(t *testing.T) {
	lx := lexicon.Default()
	for name, want := range map[string]string{"سبق": "SAU", "الوزارة": "", "": ""} {
		if got := Outlet(lx, name); got != want {
			t.Errorf("Outlet(%q) = %q, want %q", name, got, want)
		}
	}
}
