package honor

import (
	"os"
	"strings"
	"testing"

	"rasad/internal/news"
)

// person returns a person entity mentioned by each of surfaces where text
// holds them (every occurrence).
func person(text, name string, surfaces ...string) news.Entity {
	e := news.Entity{Name: name, Type: news.PER}
	for _, s := range surfaces {
		for from := 0; ; {
			i := strings.Index(text[from:], s)
			if i < 0 {
				break
			}
			e.Mentions = append(e.Mentions, news.Mention{Start: from + i, End: from + i + len(s), Text: s})
			from += i + len(s)
		}
	}
	return e
}

func TestOf(t *testing.T) {
	tests := []struct {
		word string
		want Rank
	}{
		{"سموه", Prince}, {"سموها", Prince}, {"معاليه", Minister}, {"سماحته", Cleric},
		{"فخامته", President}, {"جلالته", King}, {"جلالتها", King},
		{"سمو", None}, {"معالي", None}, {"قوله", None}, {"", None},
	}
	for _, tt := range tests {
		if got := Of(tt.word); got != tt.want {
			t.Errorf("Of(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// Sentences written for the test in the manner of Saudi news reports.
// TestHolder runs the cases of testdata/holder.txt.
func TestHolder(t *testing.T) {
	b, err := os.ReadFile("testdata/holder.txt")
	if err != nil {
		t.Fatal(err)
	}
	ranks := map[string]Rank{"None": None, "Prince": Prince, "Minister": Minister, "Cleric": Cleric, "President": President, "King": King, "Excellency": Excellency}
	for _, c := range strings.Split(string(b), "\n== ")[1:] {
		lines := strings.Split(strings.TrimSpace(c), "\n")
		name, text := lines[0], lines[1]
		var ents []news.Entity
		var want []string
		for _, l := range lines[2:] {
			f := strings.Split(l[3:], " | ")
			switch kind, first, _ := strings.Cut(f[0], " "); kind {
			case "person":
				ents = append(ents, person(text, first, f[1:]...))
			case "want":
				want = append([]string{first}, f[1:]...)
			}
		}
		if len(want) != 3 {
			t.Fatalf("%s: no want line", name)
		}
		got := "-"
		if i := Holder(text, ents, ranks[want[0]], strings.Index(text, want[1])); i >= 0 {
			got = ents[i].Name
		}
		if got != want[2] {
			t.Errorf("%s: Holder = %q, want %q", name, got, want[2])
		}
	}
}
