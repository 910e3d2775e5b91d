package act

import (
	"strings"

	"rasad/internal/news"
)

// Party returns the party of a record that e names, code the actor code of
// e's role on the record's day ("" if none is known): e's own actor else,
// its country where it has none. An official of a world body (IGO…) acts
// for the body, not for his country.
func Party(e news.Entity, code string) news.Party {
	p := news.Party{Name: e.Name, Country: e.Country, Actor: e.Actor, Entity: e.ID}
	if code != "" {
		p.Actor = code
	}
	if p.Actor == "" {
		p.Actor = e.Country
	}
	if strings.HasPrefix(p.Actor, "IGO") {
		p.Country = ""
	}
	if p.Name == "" {
		p.Name = e.NameAr
	}
	return p
}
