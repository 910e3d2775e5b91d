package doer

import (
	"strings"
	"testing"
)

func TestLoyalTo(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		want           bool // the person marked + is the genitive of the forces, not the doer
	}{
		{"forces loyal to the president", "وشنت [القوات الموالية للرئيس هادي+] هجمات", true},
		{"aircraft of a leader's regime", "وشن [الطيران التابع لنظام الأسد+] غارات", true},
		{"soldiers of forces loyal to him", "واشتبكوا مع [الجنود التابعين للقوات الموالية للرئيس هادي+]", true},
		{"the person heads the phrase", "وقال [الرئيس هادي+ والقوات الموالية] إن", false},
		{"no word of affiliation", "وشنت [قوات الرئيس هادي+] هجمات", false},
		{"the person not in the phrase", "وشنت [القوات الموالية] هجمات", false},
		{"forces of a leader, in construct", "شن مقاتلو المعارضة هجوما على مواقع [قوات الأسد+]", true},
		{"a prime minister's government", "وانتقدت [حكومة نتنياهو+] القرار", true},
		{"a title with the article before the name", "وقال [الرئيس الأسد+] إن", false},
		{"a title in construct before the name", "وقال [رئيس^ الأسد+] إن", false},
		{"a word inside the name, not its start", "وشنت [قوات الأسد+] هجمات", false},
	} {
		s := appeal(c.sentence)
		p := s.Phr[0]
		if !strings.Contains(c.name, "inside") {
			for j := p.Start; j < p.End; j++ {
				s.Toks[j].NameStart = s.Toks[j].Actor != 0 && (j == p.Start || s.Toks[j-1].Actor == 0)
			}
		}
		if got := LoyalTo(s, p.Start, p.End, 0); got != c.want {
			t.Errorf("%s: LoyalTo(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}
