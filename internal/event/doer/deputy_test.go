package doer

import (
	"testing"

	"rasad/internal/event/frame/frametest"
	"rasad/internal/news"
)

func TestDeputy(t *testing.T) {
	checkHolds(t, "Deputy", appeal, func(s *frametest.Sentence, _ holds) bool {
		return Deputy(s, s.Phr[0].Start, s.Phr[0].End, 0)
	}, "testdata/deputy.tsv")
}

func TestRole(t *testing.T) {
	person := func(actor string) []news.Entity {
		return []news.Entity{{Type: news.PER, Country: "TUR", Actor: actor}}
	}
	for _, c := range []struct {
		name, sentence string
		ents           []news.Entity
		best           int
		role, want     string
	}{
		{"a deputy takes the role of the one he serves", "وانتقد [نائب داود+ أوغلو+] القرار", person("TURGOV"), 0, "", "GOV"},
		{"over the role his noun alone names", "وانتقد [نائب داود+ أوغلو+] القرار", person("TURGOV"), 0, "LEG", "GOV"},
		{"an opposition leader's deputy", "وانتقد [نائب دميرطاش+] القرار", person("TUROPP"), 0, "", "OPP"},
		{"the one served has no role", "وانتقد [نائب داود+ أوغلو+] القرار", person("TUR"), 0, "", ""},
		{"no deputy: the phrase's own role", "وانتقد [الرئيس داود+ أوغلو+] القرار", person("TURGOV"), 0, "GOV", "GOV"},
		{"nobody named", "وانتقد [النائب] القرار", nil, -1, "LEG", "LEG"},
		{"an official of no country gives no role", "وندد [نائب بان+ جي+ مون+] بالهجوم", []news.Entity{{Type: news.PER, Actor: "IGOUNO"}}, 0, "", ""},
		{"a place is served by nobody", "وانتقد [نائب أنقرة+] القرار", []news.Entity{{Type: news.LOC, Country: "TUR", Actor: "TUR"}}, 0, "", ""},
	} {
		s := appeal(c.sentence)
		p := s.Phr[0]
		if got := Role(s, p.Start, p.End, c.ents, c.best, c.role); got != c.want {
			t.Errorf("%s: Role(%s) = %q, want %q", c.name, c.sentence, got, c.want)
		}
	}
}
