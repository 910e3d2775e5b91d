package actor

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
)

// NationalBodies maps the search keys of a national body's name without
// its nisba (مجلس الشيوخ of مجلس الشيوخ الأمريكي) to the organisations so
// named, one per country: a story of one country names its own bodies
// without the nisba. A head that is a name of its own (مجلس الأمن) is left
// out.
func (g *Gazetteer) NationalBodies() map[string][]*Actor {
	out := map[string][]*Actor{}
	for _, a := range g.Actors(Org) {
		if a.Country == "" {
			continue
		}
		for _, n := range a.Names {
			words := strings.Fields(arabic.SearchKey(n))
			if len(words) < 3 {
				continue
			}
			_, hits := g.Match(words[len(words)-1:])
			if len(hits) == 0 || !hits[0].Adjective || hits[0].Actor.Type != Country || hits[0].Actor.Country != a.Country {
				continue
			}
			head := strings.Join(words[:len(words)-1], " ")
			if n, _ := g.Match(words[:len(words)-1]); n == len(words)-1 || slices.Contains(out[head], a) {
				continue // the head alone is a name of its own (مجلس الأمن)
			}
			out[head] = append(out[head], a)
		}
	}
	return out
}

// Kingdoms returns the countries that are kingdoms, by their codes: those
// with a name that begins with المملكة (المملكة العربية السعودية, المملكة
// الأردنية الهاشمية).
func (g *Gazetteer) Kingdoms() map[string]*Actor {
	kingdom := arabic.SearchKey("المملكة") + " "
	out := map[string]*Actor{}
	for _, a := range g.Countries() {
		for _, n := range a.Names {
			if strings.HasPrefix(arabic.SearchKey(n), kingdom) && a.Country != "" {
				out[a.Country] = a
			}
		}
	}
	return out
}
