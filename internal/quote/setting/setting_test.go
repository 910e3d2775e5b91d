package setting

import (
	"testing"

	"rasad/internal/news"
)

func place(name, country string, at ...int) news.Entity {
	e := news.Entity{Name: name, Type: news.LOC, Country: country}
	for _, a := range at {
		e.Mentions = append(e.Mentions, news.Mention{Start: a, End: a + 5})
	}
	return e
}

// TestSetting: Aleppo twice and Syria once against Jordan once.
func TestSetting(t *testing.T) {
	ents := []news.Entity{place("Aleppo", "SYR", 0, 100), place("Syria", "SYR", 20), place("Jordan", "JOR", 60)}
	none := func(news.Mention) bool { return false }
	if got := Within(ents, 0, 50, none); got != "SYR" {
		t.Errorf("Within(0, 50) = %q, want SYR", got)
	}
	if got := Within(ents, 0, 80, none); got != "" {
		t.Errorf("Within(0, 80) = %q, want none: two countries", got)
	}
	if got := Within(ents, 0, 80, func(m news.Mention) bool { return m.Start == 60 }); got != "SYR" {
		t.Errorf("Within(0, 80) without Jordan = %q, want SYR", got)
	}
}

// TestSentence: the sentence that holds the quote names Aleppo and, inside
// the quote, Jordan: Syria; the next sentence names nothing.
func TestSentence(t *testing.T) {
	ents := []news.Entity{place("Aleppo", "SYR", 0, 150), place("Jordan", "JOR", 60)}
	sents := []news.Sentence{{Start: 0, End: 100}, {Start: 101, End: 140}, {Start: 141, End: 200}}
	tests := []struct {
		name       string
		start, end int
		want       string
	}{
		{"places outside the quote", 50, 70, "SYR"},
		{"two countries outside the quote", 10, 40, ""},
		{"a sentence with no place", 110, 130, ""},
		{"after the last sentence", 300, 310, ""},
	}
	for _, tt := range tests {
		if got := Sentence(ents, sents, tt.start, tt.end); got != tt.want {
			t.Errorf("%s: Sentence(%d, %d) = %q, want %q", tt.name, tt.start, tt.end, got, tt.want)
		}
	}
}
