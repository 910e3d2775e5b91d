// Package nisba keeps out of a document's entities the countries that the
// article names only by their relative adjectives. A nisba (برازيلي, the
// German of وكالة الأنباء الألمانية) or a people's plural (البريطانيين, the
// British) is no mention of the country as a place: it gives the country to
// the noun it qualifies, or names a group of people. The linker still marks
// such mentions (news.Mention.Nisba), since the event coder reads them as
// the actors they qualify (القوات الروسية); once the events are coded, an
// entity with no other mention is dropped unless an event names it as a
// party, so that the entities of a document are the names in its text.
package nisba

import (
	"slices"

	"rasad/internal/news"
)

// Prune drops from doc the entities whose every mention is a nisba
// adjective and that no event of doc names as its source or target. The
// other entities keep their IDs, so that the events' parties still point
// at them.
func Prune(doc *news.Document) {
	named := map[string]bool{}
	for _, ev := range doc.Events {
		named[ev.Source.Entity] = true
		if ev.Target != nil {
			named[ev.Target.Entity] = true
		}
	}
	doc.Entities = slices.DeleteFunc(doc.Entities, func(e news.Entity) bool {
		return Only(e) && !named[e.ID]
	})
}

// Only reports whether every mention of e is a nisba adjective: an entity
// the text never names.
func Only(e news.Entity) bool {
	return len(e.Mentions) > 0 && !slices.ContainsFunc(e.Mentions, func(m news.Mention) bool { return !m.Nisba })
}
