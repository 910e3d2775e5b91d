package server

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

func TestLoadWords(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     string // a part of the error; "" for none
	}{
		{"good", "# words\n\nsearch\tبحث\tSearch\n", ""},
		{"two fields", "search\tبحث\tSearch\nfrom\tمن\n", "words.tsv:2: 2 fields, want 3"},
		{"four fields", "search\tبحث\tSearch\tx\n", "words.tsv:1: 4 fields"},
		{"empty English", "\nsearch\tبحث\t \n", "words.tsv:2: empty English"},
		{"empty key", "\tبحث\tSearch\n", "words.tsv:1: empty key"},
		{"key again", "search\tبحث\tSearch\n# again\nsearch\tابحث\tFind\n", `words.tsv:3: key "search" again (first on line 1)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := loadWords(strings.NewReader(tt.in), "words.tsv")
			if tt.want == "" {
				if err != nil || m[langAr]["search"] != "بحث" || m[langEn]["search"] != "Search" {
					t.Errorf("loadWords(%q) = %v, %v; want search in both languages", tt.in, m, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("loadWords(%q) error = %v, want one with %q", tt.in, err, tt.want)
			}
		})
	}
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
