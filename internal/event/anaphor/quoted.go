package anaphor

import (
	"slices"

	"rasad/internal/news"
)

// Quoted returns the speaker of the first quote of doc that covers the
// byte offset pos and names or places its speaker (a name, or a
// description with its country: «المصادر» of no country says nothing),
// with the index of the entity of that name (-1 if none); nil if no quote
// does. A word inside a quote is the speaker's: the doer a dropped subject
// there refers to.
func Quoted(doc *news.Document, pos int) (*news.Speaker, int) {
	for _, q := range doc.Quotes {
		sp := q.Speaker
		if sp == nil || pos < q.Start || pos >= q.End || sp.Name == "" && sp.Country == "" {
			continue
		}
		ei := -1
		if sp.Name != "" {
			ei = slices.IndexFunc(doc.Entities, func(e news.Entity) bool { return e.Name == sp.Name })
		}
		return sp, ei
	}
	return nil, -1
}
