package event

import (
	"strings"
	"testing"

	"rasad/internal/news"
)

// A recogniser may take a preposition with its pronoun for a name (بيني,
// "between me", as a person); the coder reads no actor in it, while a name
// of the same sentence stays one.
func TestPrepPronounNamesNobody(t *testing.T) {
	c := DefaultCoder()
	for _, tc := range []struct {
		text, name string
		want       string // the source of the first event, "" for no event
	}{
		{"وكان آخر اتصال هاتفي بيني وبين أوباما خلال شهر رمضان.", "بيني", ""},
		{"وأجرى أردوغان اتصالا هاتفيا مع أوباما.", "أردوغان", "TURGOV"},
	} {
		actors := []actorEntry{{ar: tc.name, name: tc.name, typ: news.PER, country: "TUR", actor: "TURGOV"}}
		actors = append(actors, actorEntry{ar: "أوباما", name: "Obama", typ: news.PER, country: "USA", actor: "USAGOV"})
		doc := buildDoc(tc.text, "2026-01-01", actors)
		var got []string
		for _, e := range c.Code(doc) {
			got = append(got, actorOf(&e.Source))
		}
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) == 0 || got[0] != tc.want) {
			t.Errorf("%s: sources %s, want %q", tc.text, strings.Join(got, ","), tc.want)
		}
	}
}
