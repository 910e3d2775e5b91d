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
	if got := Country(ents); got != "SYR" {
		t.Errorf("Country = %q, want SYR", got)
	}
	if got := Within(ents, 0, 50, none); got != "SYR" {
		t.Errorf("Within(0, 50) = %q, want SYR", got)
	}
	if got := Within(ents, 0, 80, none); got != "" {
		t.Errorf("Within(0, 80) = %q, want none: two countries", got)
	}
	if got := Within(ents, 0, 80, func(m news.Mention) bool { return m.Start == 60 }); got != "SYR" {
		t.Errorf("Within(0, 80) without Jordan = %q, want SYR", got)
	}
	if got := Country(append(ents, place("Amman", "JOR", 120, 140))); got != "" {
		t.Errorf("Country with a tie = %q, want none", got)
	}
}
