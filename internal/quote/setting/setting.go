// Package setting tells where a story happens from the places its entity
// stage found: the one country of the places a stretch of text names, and
// the country the whole article's places name most. Package quote gives
// it to speakers that name no country of their own (ناشطون، مصادر محلية).
package setting

import "rasad/internal/news"

// Within returns the one country of the places (not their adjectives)
// named within [start, end) of the text, leaving out the mentions skip
// reports; "" when none, or two countries.
func Within(ents []news.Entity, start, end int, skip func(news.Mention) bool) string {
	country := ""
	for _, e := range ents {
		if e.Type != news.LOC || e.Country == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Nisba || m.Start < start || m.End > end || skip(m) {
				continue
			}
			if country != "" && country != e.Country {
				return ""
			}
			country = e.Country
		}
	}
	return country
}

// Country returns the country the article's places name most (its
// mentions of places and of countries, and their adjectives), or "" when
// two tie.
func Country(ents []news.Entity) string {
	count := map[string]int{}
	for _, e := range ents {
		if e.Type == news.LOC && e.Country != "" {
			count[e.Country] += len(e.Mentions)
		}
	}
	best, n, tie := "", 0, false
	for c, k := range count {
		switch {
		case k > n:
			best, n, tie = c, k, false
		case k == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
