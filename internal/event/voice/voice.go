// Package voice drops the records of words said by a private voice: a
// statement, an appeal, praise, a demand, criticism or a rejection
// (cameo.Verbal) whose source is a person that neither the gazetteer nor
// the text gives any standing (no actor of the gazetteer, no role: the
// actor code is the bare country, as «SAU» for a doctor or a citizen) and
// that is addressed to no one the text names (no target).
//
// CAMEO codes what political actors do to one another. A person's words
// count as an act of his country when he speaks for it (a minister, a
// spokesman, a party leader: a role or a gazetteer entry), or when they
// are aimed at an actor (a citizen who demands of the government is
// coded with the government as target). The words of a doctor warning of
// the heat, a resident praising a festival's fireworks, a director asking
// candidates to book their interviews, a preacher urging the faithful, or
// a man of the past named in a column carry neither: Arabic news reports
// them at length in local pages, and coded they become statements of the
// state («SAU 051») that no analyst would keep.
package voice

import (
	"rasad/internal/event/cameo"
	"rasad/internal/news"
)

// Public returns evs without the records of private voices (see the
// package comment). It keeps the order and reuses evs' array.
func Public(doc *news.Document, evs []news.Event) []news.Event {
	out := evs[:0]
	for _, ev := range evs {
		if !private(doc, &ev) {
			out = append(out, ev)
		}
	}
	return out
}

// private reports whether ev is words of a private person addressed to no
// named actor.
func private(doc *news.Document, ev *news.Event) bool {
	if ev.Target != nil || !cameo.Verbal(ev.Code) || ev.Source.Entity == "" {
		return false
	}
	e := entity(doc, ev.Source.Entity)
	return e != nil && e.Type == news.PER && e.ActorID == "" && ev.Source.Country != "" && ev.Source.Actor == ev.Source.Country
}

// entity returns doc's entity of that id, nil if none.
func entity(doc *news.Document, id string) *news.Entity {
	for i := range doc.Entities {
		if doc.Entities[i].ID == id {
			return &doc.Entities[i]
		}
	}
	return nil
}
