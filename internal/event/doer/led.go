package doer

import (
	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/news"
)

// LedBy returns the country of the actor that leads the agent phrase
// ending before token end (التحالف بقيادة المملكة العربية السعودية, قوات
// بقيادة الولايات المتحدة), "" if no بقيادة follows it. ents are the
// document's entities.
func LedBy(s frame.Sentence, end int, ents []news.Entity) string {
	_, b := s.Span()
	if end+1 >= b || s.Token(end).Word != "قيادة" || s.Token(end).Prep != string(arabic.Beh) {
		return ""
	}
	// قيادة is a noun of government too: بقيادة may open the leader's phrase
	for _, k := range []int{end, end + 1} {
		if q := frame.PhraseAt(s, k); q >= 0 {
			p := s.Phrase(q)
			for j := p.Start; j < p.End; j++ {
				if a := s.Token(j).Actor; a > 0 && ents[a-1].Country != "" {
					return ents[a-1].Country
				}
			}
		}
	}
	return ""
}
