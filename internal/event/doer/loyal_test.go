package doer

import (
	"strings"
	"testing"

	"rasad/internal/event/frame/frametest"
)

func TestLoyalTo(t *testing.T) {
	checkHolds(t, "LoyalTo", appeal, func(s *frametest.Sentence, r holds) bool {
		p := s.Phr[0]
		if !strings.Contains(r.name, "inside") {
			for j := p.Start; j < p.End; j++ {
				s.Toks[j].NameStart = s.Toks[j].Actor != 0 && (j == p.Start || s.Toks[j-1].Actor == 0)
			}
		}
		return LoyalTo(s, p.Start, p.End, 0)
	}, "testdata/loyal.tsv")
}
