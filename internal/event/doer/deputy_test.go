package doer

import (
	"testing"

	"rasad/internal/news"
)

func TestDeputy(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		want           bool // the person marked + is the one served, not the doer
	}{
		{"a deputy of a person", "وانتقد [نائب أردوغان+] القرار", true},
		{"an adviser of a person", "وقال [مستشار أوباما+] إن", true},
		{"a spokesman in the name of a person", "وقال [المتحدث باسم بان+ كي+ مون+] إن", true},
		{"a spokesman by the tongue of a person", "وأكد [الناطق بلسان عباس+] أن", true},
		{"a deputy with the article is the person himself", "وانتقد [النائب خالد+] القرار", false},
		{"a title between: the vice-president himself", "وزار [نائب الرئيس بحاح+] عدن", false},
		{"the person heads the phrase", "وانتقد [أردوغان+ ونائبه] القرار", false},
		{"no noun of serving", "وانتقد [الرئيس أردوغان+] القرار", false},
		{"the noun of serving opens no phrase before the name", "وانتقد [أردوغان+] القرار", false},
	} {
		s := appeal(c.sentence)
		p := s.Phr[0]
		if got := Deputy(s, p.Start, p.End, 0); got != c.want {
			t.Errorf("%s: Deputy(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
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
