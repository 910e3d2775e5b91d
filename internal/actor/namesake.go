package actor

import "slices"

// NamedFirst orders the gazetteer's hits for one ambiguous place name so
// that the places of a country the article names (by its name or any of
// its places in named) come first, keeping the order otherwise: a reader
// takes زنجبار in a story of Aden and Abyan for Zinjibar, not Zanzibar,
// and طرابلس in a story of Beirut for Lebanon's Tripoli. Before them all
// comes an actor the article has itself named in full, of any type but a
// country (محافظة الجوف, then بالجوف; محمد بخاري, then بخاري, not Bukhara).
// Only towns are ordered by country, and hits with a country are not
// ordered: a country and a town of one name (عمان, Oman and Amman) are the
// entity stage's to tell apart, by how news names countries. hits is not
// changed.
func NamedFirst(hits []Hit, named map[*Actor]bool) []Hit {
	towns := true
	for _, h := range hits {
		if h.Actor.Type == Country {
			return hits
		}
		towns = towns && h.Actor.Type == City
	}
	countries := map[string]bool{}
	for a := range named {
		if a.Country != "" {
			countries[a.Country] = true
		}
	}
	rank := func(h Hit) int {
		switch {
		case named[h.Actor]:
			return -1 // the one introduced: محافظة الجوف, then الجوف; محمد بخاري, then بخاري
		case towns && countries[h.Actor.Country]:
			return 0
		}
		return 1
	}
	out := slices.Clone(hits)
	slices.SortStableFunc(out, func(x, y Hit) int { return rank(x) - rank(y) })
	return out
}
