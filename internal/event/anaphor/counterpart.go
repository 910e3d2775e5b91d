package anaphor

import "rasad/internal/news"

// Counterpart returns the person whose counterpart (نظيره) the person x
// is, for a verb at byte offset pos that takes «نظيره X» as its object
// with its subject dropped (وصل وزير الخارجية السوري وليد المعلم إلى
// مسقط، والتقى نظيره يوسف بن علوي: Muallem): a counterpart holds the same
// office in another state, so the subject is the person named last
// before pos whose role is x's (GOV of OMNGOV, SYRGOV) in another
// country; -1 if x has no role or no such person is named.
func Counterpart(doc *news.Document, pos, x int) int {
	if x < 0 || x >= len(doc.Entities) {
		return -1
	}
	o := doc.Entities[x]
	want, ok := role(o)
	if !ok {
		return -1
	}
	best, at := -1, -1
	for ei, e := range doc.Entities {
		if r, ok := role(e); ei == x || !ok || r != want || e.Country == o.Country {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= pos && m.Start > at {
				best, at = ei, m.Start
			}
		}
	}
	return best
}

// role returns the role part of a person's actor code (GOV of SYRGOV,
// MIL of CHNMIL) and whether it has one: a person with a country and an
// actor code beyond it.
func role(e news.Entity) (string, bool) {
	if e.Type != news.PER || e.Country == "" || len(e.Actor) <= len(e.Country) || e.Actor[:len(e.Country)] != e.Country {
		return "", false
	}
	return e.Actor[len(e.Country):], true
}
