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

func TestDocument(t *testing.T) {
	lx := lexicon.Default()
	tabletest.Strings(t, "Document", func(text string) string {
		return Document(lx, "", text, arabic.Tokenize(text))
	}, tabletest.Rows(t, "testdata/document.tsv"))
	if got := Document(lx, "okaz", "وقال لـ«الأهرام» إن", nil); got != "SAU" {
		t.Errorf("Document(okaz) = %q, want SAU: a source named wins", got)
	}
}

func TestOutlet(t *testing.T) {
	lx := lexicon.Default()
	for name, want := range map[string]string{"سبق": "SAU", "الوزارة": "", "": ""} {
		if got := Outlet(lx, name); got != want {
			t.Errorf("Outlet(%q) = %q, want %q", name, got, want)
		}
	}
}
