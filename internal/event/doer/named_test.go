package doer

import (
	"testing"

	"rasad/internal/news"
)

func TestNamedPlace(t *testing.T) {
	// «واتهمت إسرائيل حماس»: the place's mention covers bytes 12–24
	israel := news.Entity{Type: news.LOC, Mentions: []news.Mention{{Start: 12, End: 24}}}
	nisba := news.Entity{Type: news.LOC, Mentions: []news.Mention{{Start: 12, End: 24, Nisba: true}}}
	role := news.Entity{Type: news.LOC, Mentions: []news.Mention{{Start: 12, End: 24, Role: true}}}
	// «اعتقلت إسرائيل الصهيوني مردخاي»: the name 12–24, its nisba 25–41
	own := news.Entity{Type: news.LOC, Mentions: []news.Mention{{Start: 12, End: 24}, {Start: 25, End: 41, Nisba: true}}}
	apart := news.Entity{Type: news.LOC, Mentions: []news.Mention{{Start: 12, End: 24}, {Start: 60, End: 76, Nisba: true}}}
	person := news.Entity{Type: news.PER, Mentions: []news.Mention{{Start: 12, End: 24}}}
	for _, c := range []struct {
		name  string
		e     news.Entity
		pos   int
		rest  string
		after bool
		want  bool
	}{
		{"a country by its name right after the verb", israel, 12, "اسرائيل", true, true},
		{"the name's last word", israel, 20, "اسرائيل", true, true},
		{"after a noun or a preposition", israel, 12, "اسرائيل", false, false},
		{"a mention by the nisba", nisba, 12, "سعودية", true, false},
		{"a mention by a role", role, 12, "اسرائيل", true, false},
		{"a masculine nisba without the flag", israel, 12, "روسي", true, false},
		{"a plural nisba", israel, 12, "اسرائيليين", true, false},
		{"no mention at that offset", israel, 30, "اسرائيل", true, false},
		{"a person, no place", person, 12, "عباس", true, false},
		{"the place's own nisba right after its name", own, 30, "صهيوني", true, true},
		{"its own nisba, not after the verb", own, 30, "صهيوني", false, false},
		{"a nisba far from the name", apart, 62, "صهيوني", true, false},
		{"the name itself before its nisba", own, 12, "اسرائيل", true, true},
	} {
		if got := NamedPlace(c.e, c.pos, c.rest, c.after); got != c.want {
			t.Errorf("%s: NamedPlace = %v, want %v", c.name, got, c.want)
		}
	}
}
