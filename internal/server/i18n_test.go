package server

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"rasad/internal/tabletest"
)

func TestLoadWords(t *testing.T) {
	in := "# words\n\nsearch\tبحث\tSearch\n"
	if m, err := loadWords(strings.NewReader(in), "words.tsv"); err != nil || m[langAr]["search"] != "بحث" || m[langEn]["search"] != "Search" {
		t.Errorf("loadWords(%q) = %v, %v; want search in both languages", in, m, err)
	}
	tabletest.Errors(t, "loadWords", func(in string) error {
		_, err := loadWords(strings.NewReader(in), "words.tsv")
		return err
	}, tabletest.Rows(t, "testdata/badwords.tsv"))
}

// Every word the templates ask for is in data/words.tsv, so that no page
// shows a bare key.
func TestTemplateWords(t *testing.T) {
	files, err := fs.ReadDir(templateFS, "templates")
	if err != nil {
		t.Fatal(err)
	}
	asked := regexp.MustCompile(`\bt \$?\.?[A-Za-z]* "([a-z0-9_]+)"`)
	n := 0
	for _, f := range files {
		b, err := fs.ReadFile(templateFS, "templates/"+f.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range asked.FindAllStringSubmatch(string(b), -1) {
			n++
			if _, ok := messages[langEn][m[1]]; !ok {
				t.Errorf("%s asks for the word %q, which data/words.tsv lacks", f.Name(), m[1])
			}
		}
	}
	if n < 50 {
		t.Errorf("found %d words asked for in the templates; is the pattern right?", n)
	}
	if got := typeName(langAr, "PER"); got != "شخص" {
		t.Errorf(`typeName(ar, "PER") = %q, want "شخص"`, got)
	}
	if got := typeName(langEn, "PER"); got != "PER" {
		t.Errorf(`typeName(en, "PER") = %q, want "PER"`, got)
	}
}
