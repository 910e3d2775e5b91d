// Package namesake chooses, among the bodies of different countries that
// bear one name (المقاومة الشعبية in Yemen and in Palestine, أنصار الشريعة
// in Libya, Yemen and Tunisia), the one of the country an article names
// most.
package namesake

import "rasad/internal/actor"

// Body returns, of the body matched (cur) and the other organisations its
// name's gazetteer hits give, the one whose country the article names most
// (of counts an article's mentions of a country), and whether that choice
// stands: not where none of their countries is named, nor where two are
// named as often.
func Body(cur *actor.Actor, hits []actor.Hit, of func(country string) int) (*actor.Actor, bool) {
	best, most, tie := cur, of(cur.Country), false
	for _, h := range hits {
		a := h.Actor
		if h.Adjective || a.Type != actor.Org || a == cur || a.Country == "" {
			continue
		}
		switch c := of(a.Country); {
		case c > most:
			best, most, tie = a, c, false
		case c == most && best != a:
			tie = true
		}
	}
	return best, most > 0 && !tie
}
