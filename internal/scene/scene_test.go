package scene

import (
	"testing"

	"rasad/internal/news"
)

// count names each country of names as often as it is repeated there, in
// that order, one mention a byte.
func count(names ...string) Count {
	var c Count
	for at, cc := range names {
		c.Add(cc, at)
	}
	return c
}

func TestCountry(t *testing.T) {
	entity := Rule{Min: 3, Ratio: 2, Passing: 2}
	withOutlet := func(r Rule, outlet string) Rule { r.Outlet = outlet; return r }
	tests := []struct {
		name  string
		count Count
		rule  Rule
		want  string
	}{
		{"nothing named", count(), Rule{}, ""},
		{"the country named most", count("SYR", "JOR", "SYR"), Rule{}, "SYR"},
		{"a tie is no country", count("SYR", "JOR"), Rule{}, ""},
		{"a tie goes to the first named", count("JOR", "SYR", "SYR", "JOR"), Rule{FirstOnTie: true}, "JOR"},
		{"the first named of the countries named most", count("IRQ", "SYR", "JOR", "JOR", "SYR"), Rule{FirstOnTie: true}, "SYR"},
		{"a lead of three, twice the next", count("YEM", "YEM", "SAU", "YEM"), entity, "YEM"},
		{"named twice only", count("YEM", "YEM"), entity, ""},
		{"not twice the next", count("YEM", "YEM", "YEM", "SAU", "SAU"), entity, ""},
		{"the outlet, named as often as any", count("YEM", "SAU", "SAU", "YEM"), withOutlet(entity, "SAU"), "SAU"},
		{"the outlet, others named once in passing", count("IRN", "USA"), withOutlet(entity, "SAU"), "SAU"},
		{"the outlet, three others once each", count("IRN", "USA", "FRA"), withOutlet(entity, "SAU"), ""},
		{"the outlet, another named more", count("YEM", "YEM", "SAU"), withOutlet(entity, "SAU"), ""},
		{"the outlet, nothing named", count(), withOutlet(entity, "SAU"), "SAU"},
		{"a kingdom named twice as often", count("JOR", "JOR", "SAU"), Rule{Ratio: 2}, "JOR"},
	}
	for _, tt := range tests {
		if got := tt.count.Country(tt.rule); got != tt.want {
			t.Errorf("%s: Country(%+v) = %q, want %q", tt.name, tt.rule, got, tt.want)
		}
	}
}

// at returns mentions at the byte offsets given.
func at(offsets ...int) []news.Mention {
	var ms []news.Mention
	for _, o := range offsets {
		ms = append(ms, news.Mention{Start: o, End: o + 5})
	}
	return ms
}

// TestPlaces: Aleppo twice and Syria once against Jordan once; a person
// and a place of no country count for none; skip leaves Syria out.
func TestPlaces(t *testing.T) {
	ents := []news.Entity{
		{Name: "Aleppo", Type: news.LOC, Country: "SYR", Mentions: at(100, 0)},
		{Name: "Syria", Type: news.LOC, Country: "SYR", Mentions: at(20)},
		{Name: "Jordan", Type: news.LOC, Country: "JOR", Mentions: at(60)},
		{Name: "Nowhere", Type: news.LOC, Mentions: at(5)},
		{Name: "Abdullah", Type: news.PER, Country: "JOR", Mentions: at(70)},
	}
	c := Places(ents, nil)
	if c.Of("SYR") != 3 || c.Of("JOR") != 1 || c.Of("") != 0 {
		t.Errorf("Places: SYR %d, JOR %d, none %d; want 3, 1, 0", c.Of("SYR"), c.Of("JOR"), c.Of(""))
	}
	if got := c.Country(Rule{}); got != "SYR" {
		t.Errorf("Places(...).Country = %q, want SYR", got)
	}
	if c.m["SYR"].first != 0 {
		t.Errorf("Syria first named at %d, want 0 (Aleppo's second mention comes first in the text)", c.m["SYR"].first)
	}
	skip := Places(ents, func(cc string) bool { return cc == "SYR" })
	if got := skip.Country(Rule{}); got != "JOR" {
		t.Errorf("Places(without Syria).Country = %q, want JOR", got)
	}
}
