package actor

import (
	"slices"
	"strings"

	"rasad/internal/news"
)

// EntityType is the kind of entity an actor is: a person, an organisation,
// or a location (a country, city or place).
func (a *Actor) EntityType() news.EntityType {
	switch a.Type {
	case Person:
		return news.PER
	case Org:
		return news.ORG
	}
	return news.LOC
}

// Entity returns the entity of the actor in an article of date
// (YYYY-MM-DD): its name on that day (جبهة النصرة in 2015, هيئة تحرير
// الشام since 2017), its other English names as aliases (with its name
// without the qualifier in brackets that tells it from a namesake: "Al
// Bayda" for "Al Bayda (Yemen)"), and the CAMEO code of a person's or an
// organisation's role in force on that day; an actor without a code takes
// its country's. The entity has no mentions.
func (a *Actor) Entity(date string) news.Entity {
	name, nameAr := a.NameOn(date)
	e := news.Entity{Name: name, NameAr: nameAr, Type: a.EntityType(), Country: a.Country, ActorID: a.ID,
		Aliases: slices.Clone(a.Aliases)}
	if i := strings.Index(a.Name, " ("); i > 0 && strings.HasSuffix(a.Name, ")") {
		e.Aliases = append(e.Aliases, a.Name[:i])
	}
	if name != a.Name {
		e.Aliases = append(slices.DeleteFunc(e.Aliases, func(s string) bool { return s == name }), a.Name)
	}
	if e.Actor = a.CodeOn(date); e.Actor == "" {
		e.Actor = a.Country
	}
	return e
}
