package setting

import (
	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/scene"
)

// Story is what a reader knows of the whole article when settling who an
// unnamed speaker is, each fact found once, when first asked: the country
// where the story happens, the organisations it names and the coalition
// it reports on (Coalition).
type Story struct {
	text   string
	ents   []news.Entity
	doc    news.Document // the text and entities, as package anaphor reads them
	where  string
	placed bool
	bodies map[string]bool
}

// NewStory returns the Story of an article's text with the entities ents.
func NewStory(text string, ents []news.Entity) *Story {
	return &Story{text: text, ents: ents, doc: news.Document{Text: text, Entities: ents}}
}

// Country returns the country the article's places name most (package
// scene): where an unnamed speaker (ناشطون، مصادر محلية) speaks from when
// nothing nearer tells; "" when the article names no place with a country.
func (s *Story) Country() string {
	if !s.placed {
		s.where, s.placed = scene.Places(s.ents, nil).Country(scene.Rule{}), true
	}
	return s.where
}

// Body reports whether sp is resolved to an organisation of the article
// (Bodies): a body that spoke, whose documents a later bare noun takes up.
func (s *Story) Body(sp *news.Speaker) bool {
	if s.bodies == nil {
		s.bodies = Bodies(s.ents)
	}
	return sp != nil && s.bodies[sp.Name]
}

// coalition is التحالف as Normalize writes it.
var coalition = arabic.Normalize("التحالف")
