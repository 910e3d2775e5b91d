package setting

import (
	"rasad/internal/news"
	"rasad/internal/scene"
)

// Story is what a reader knows of the whole article when settling who an
// unnamed speaker is, each fact found once, when first asked: the country
// where the story happens and the organisations it names.
type Story struct {
	ents   []news.Entity
	where  string
	placed bool
	bodies map[string]bool
}

// NewStory returns the Story of an article with the entities ents.
func NewStory(ents []news.Entity) *Story { return &Story{ents: ents} }

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
