package force

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/news"
)

// Domestic gives p, officials or a body of government that the text names
// by their role alone (المسؤولين, مسؤولي الصحة, الإدارة, الرئاسة: GOV, no
// name, no entity, no country), the country of doer when doer, an actor of
// a country, meets, receives, visits, praises, thanks or calls on them
// (roots 01 to 10) in a sentence s that names no place of another country
// (أمير الرياض يستقبل مسؤولين; والتقى المقدشي بإدارة المنفذ في جانبه
// اليمني): Arabic news leaves a state's body without its country when it
// is the actor's own, and names it (وزير الدولة لشؤون الدفاع القطري) when
// it is not. Not for threats, rejections or force (roots 11 and above),
// which go to others; not for soldiers or police (see commanded: only a
// doer of their role speaks to its own); not when the doer is a state
// named by its name or its capital (state: وقدم الأردن التعازي لحكومة
// المملكة): a state acts toward others, and its own government is itself.
func Domestic(doer news.Party, state bool, p *news.Party, code string, s frame.Sentence) {
	if p == nil || state || p.Entity != "" || p.Name == "" || p.Country != "" || p.Actor != "GOV" {
		return
	}
	if doer.Country == "" || !strings.HasPrefix(doer.Actor, doer.Country) || code[:min(2, len(code))] > "10" {
		return
	}
	a, b := s.Span()
	for j := a; j < b; j++ {
		if cc := s.Token(j).Place; cc != "" && cc != doer.Country {
			return
		}
	}
	p.Country, p.Actor = doer.Country, doer.Country+p.Actor
}
