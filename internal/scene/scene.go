// Package scene tells which country a news article is set in, from how
// often and how early it names each country: the country's name, its
// places and its adjectives. One rule, with the stage's own bar as a
// parameter (Rule), serves every stage that needs the article's country:
//
//   - the entity stage gives names the article leaves unmarked the
//     country it is about, and wants a clear lead (named at least three
//     times, twice as often as any other), else the country of the paper
//     that published it (Rule.Outlet);
//   - it reads «المملكة» alone as the one kingdom an article names twice
//     as often as any other;
//   - quote gives speakers that name no country (ناشطون، مصادر محلية) the
//     country named most, none on a tie: a speaker of no country is better
//     than one of the wrong country;
//   - the event coder sends aid that no sentence says where it arrived to
//     the country named most, the one named first on a tie (the dateline,
//     the lead), leaving out the doers' own countries (Count.Skip).
package scene

import "rasad/internal/news"

// Count holds how often, and from where first, an article names each
// country. The zero Count names none.
type Count struct {
	m map[string]tally
}

// tally is how often a country is named, and the byte offset of its first
// mention.
type tally struct{ n, first int }

// Add counts one mention of country at byte offset at; "" counts nothing.
func (c *Count) Add(country string, at int) {
	if country == "" {
		return
	}
	if c.m == nil {
		c.m = map[string]tally{}
	}
	t, ok := c.m[country]
	if !ok || at < t.first {
		t.first = at
	}
	t.n++
	c.m[country] = t
}

// Of returns how often country is named.
func (c Count) Of(country string) int { return c.m[country].n }

// Places counts the mentions of the places of ents, entities of type LOC
// with a country (a country, its cities and regions, its adjectives),
// leaving out the countries for which skip (when not nil) is true.
func Places(ents []news.Entity, skip func(country string) bool) Count {
	var c Count
	for _, e := range ents {
		if e.Type != news.LOC || e.Country == "" || skip != nil && skip(e.Country) {
			continue
		}
		for _, m := range e.Mentions {
			c.Add(e.Country, m.Start)
		}
	}
	return c
}

// Rule is how far the country named most must lead the others to be the
// article's. The zero Rule takes the country named most, and none when
// two are named most.
type Rule struct {
	// Min is how often the country must be named at least (0: once).
	Min int
	// Ratio is how many times as often as any other country it must be
	// named at least (0: as often; a tie is settled by FirstOnTie).
	Ratio int
	// FirstOnTie gives a tie to the country named first; without it two
	// countries named most are no country.
	FirstOnTie bool
	// Outlet is the country of the paper that published the article, ""
	// when unknown: where no country leads so, the article is the
	// outlet's when it names no other country more often, or names at
	// most Passing countries once each, in passing (a column on the
	// paper's own country that mentions Iran and America once).
	Outlet  string
	Passing int
}

// Country returns the country of the article by rule r, or "".
func (c Count) Country(r Rule) string {
	// The leader: named most; of those, the first named when FirstOnTie,
	// then the first in alphabetical order, so that the answer does not
	// depend on the map's order.
	best := ""
	for cc, t := range c.m {
		b, ok := c.m[best]
		if !ok || t.n > b.n || t.n == b.n && (r.FirstOnTie && t.first < b.first || (!r.FirstOnTie || t.first == b.first) && cc < best) {
			best = cc
		}
	}
	first, second := c.m[best].n, 0
	for cc, t := range c.m {
		if cc != best {
			second = max(second, t.n)
		}
	}
	if first > 0 && first >= max(r.Min, 1) && first >= max(r.Ratio, 1)*second && (first > second || r.FirstOnTie) {
		return best
	}
	if r.Outlet != "" && (c.m[r.Outlet].n == first || first == 1 && len(c.m) <= r.Passing) {
		return r.Outlet
	}
	return ""
}
