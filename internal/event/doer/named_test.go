package doer

import (
	"strconv"
	"testing"

	"rasad/internal/news"
	"rasad/internal/tabletest"
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
	ents := map[string]news.Entity{"israel": israel, "nisba": nisba, "role": role, "own": own, "apart": apart, "person": person}
	for _, r := range tabletest.Fields(t, "testdata/namedplace.tsv", 6) {
		e, ok := ents[r[1]]
		pos, err := strconv.Atoi(r[2])
		after, err2 := strconv.ParseBool(r[4])
		if !ok || err != nil || err2 != nil {
			t.Fatalf("%s: no entity %q, offset %q or after %q", r[0], r[1], r[2], r[4])
		}
		if got := NamedPlace(e, pos, r[3], after); strconv.FormatBool(got) != r[5] {
			t.Errorf("%s: NamedPlace = %v, want %s", r[0], got, r[5])
		}
	}
}
