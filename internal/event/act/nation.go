package act

import (
	"strings"

	"rasad/internal/news"
)

// States returns the places of ents by ID: true for a place that names a
// state at the country level (تركيا, linked to the actor of Türkiye),
// false for one of its cities or provinces (أثينا), which neither acts
// for the state nor is one of its bodies.
func States(ents []news.Entity) map[string]bool {
	out := map[string]bool{}
	for _, e := range ents {
		if e.Type == news.LOC {
			out[e.ID] = e.Country != "" && e.Actor == e.Country && e.ActorID == strings.ToLower(e.Country)
		}
	}
	return out
}

// nation reports whether one of p and q names a state at the country level
// (true in places, see States) and the other a body or an official of that
// state (السلطات التركية TURGOV, نائب رئيس الوزراء بهاء الأعرجي), not a
// place.
func nation(p, q *news.Party, places map[string]bool) bool {
	return p.Country != "" && p.Country == q.Country && (fuller(q, p, places) || fuller(p, q, places))
}

// fuller reports whether b names the source of one act more fully than a:
// a body or an official of the state where a names the state alone.
func fuller(b, a *news.Party, places map[string]bool) bool {
	_, place := places[b.Entity]
	return places[a.Entity] && !place && a.Country == b.Country
}
