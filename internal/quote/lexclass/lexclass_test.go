package lexclass

import (
	"testing"

	"rasad/internal/lexicon"
)

func TestIndex(t *testing.T) {
	const say, comp uint64 = 1, 2
	m := Index(lexicon.Default(), map[string]uint64{"speech-verb": say, "complementizer": comp})
	for _, c := range []struct {
		form  string
		class uint64
		nisba string
	}{
		{"قال", say, ""},
		{"ان", comp, ""},
		{"اليمني", 0, "YEM"},
		{"شجرة", 0, ""},
	} {
		if got := m[c.form]; got.Class != c.class || got.Nisba != c.nisba {
			t.Errorf("Index()[%q] = %+v, want class %d nisba %q", c.form, got, c.class, c.nisba)
		}
	}
}
