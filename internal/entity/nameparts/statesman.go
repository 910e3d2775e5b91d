package nameparts

import (
	"strings"

	"rasad/internal/actor"
)

// Statesman reports whether a known person's one-word short name (المالكي
// of نوري المالكي), at a place the article does not otherwise resolve it,
// is that person because the passage is about his country: he held an
// office of his country (a dated role whose code begins with its code:
// IRQGOV, IRQPTY), and the name's sentence or the one before it, from
// token from to token to, names his country by a place, body or nisba of
// it (العراق, بغداد, العراقية). sentEnd holds the last token of each
// token's sentence; i is the name's token. Arabic news names a statesman of the
// country it is writing about by his family name alone, as it names a
// country by its capital; the same family name in a story of another
// country is somebody else's. The caller makes sure the article names no
// other person of that family name in full.
func Statesman(a *actor.Actor, actorAt []*actor.Actor, sentEnd []int, i int) bool {
	if a == nil || a.Type != actor.Person || a.Country == "" || !heldOffice(a) {
		return false
	}
	from, to := i, sentEnd[i]
	for sentences := 0; from > 0 && sentences < 2; from-- {
		if sentEnd[from-1] != sentEnd[from] {
			sentences++ // from opens a sentence
			if sentences == 2 {
				break
			}
		}
	}
	for j := max(from, 0); j <= to && j < len(actorAt); j++ {
		if b := actorAt[j]; b != nil && b.Type != actor.Person && b.Country == a.Country {
			return true
		}
	}
	return false
}

// heldOffice reports whether a person held a role of his own country.
func heldOffice(a *actor.Actor) bool {
	for _, r := range a.Roles {
		if strings.HasPrefix(r.Code, a.Country) {
			return true
		}
	}
	return false
}
