package anaphor

import (
	"strings"
	"testing"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// TestUnnamed: the bare coalition is the coalition the article names; a
// force of the government is the scene's; a noun named again takes the
// country the article gave it first, but not civilians, nor an actor of
// no role.
func TestUnnamed(t *testing.T) {
	text := "قتل عشرة جنود ليبيين في هجوم قرب طبرق. ثم قتل خمسة جنود آخرين، وقال متحدث باسم التحالف العربي إن السكان نزحوا."
	toks := lexicon.Tokens(text)
	libyan := strings.Index(text, "ليبيين")
	doc := &news.Document{Text: text, Entities: []news.Entity{
		{Name: "Libya", Type: news.LOC, Country: "LBY", Mentions: []news.Mention{{Start: libyan, End: libyan + len("ليبيين")}}},
		{Name: "Saudi-led coalition in Yemen", Type: news.ORG, Actor: "SAUMIL", Mentions: []news.Mention{{Text: "التحالف العربي"}}},
	}}
	k := len(toks) - 1
	for _, tc := range []struct {
		desc, name, role string
		ent              int
		cc               string
	}{
		{"the bare coalition", "التحالف", "MIL", 1, ""},
		{"a force of the government", "القوات الحكومية", "MIL", -1, "LBY"},
		{"soldiers named again", "جنود", "MIL", -1, "LBY"},
		{"civilians named again: maybe another group", "جنود", "CVL", -1, ""},
		{"no role", "جنود", "", -1, ""},
		{"a noun never placed", "مسلحون", "REB", -1, ""},
	} {
		if ei, cc := Unnamed(doc, toks, k, tc.name, tc.role); ei != tc.ent || cc != tc.cc {
			t.Errorf("%s: Unnamed(%s, %s) = %d, %q; want %d, %q", tc.desc, tc.name, tc.role, ei, cc, tc.ent, tc.cc)
		}
	}
}
