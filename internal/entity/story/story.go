// Package story tells the country an article is about, its story's
// country (package scene's rule), from the countries its mentions name: a
// country's name, its places and its nisba adjectives, past those of
// sports news that say where a team goes or whom it hires. Package entity
// gives the unplaced names of an article that country, as news leaves the
// people, villages and bodies of its own story's country unmarked.
package story

import (
	"slices"

	"rasad/internal/entity/shape"
	"rasad/internal/news"
	"rasad/internal/scene"
)

// Mention is a mention as the countries of an article are counted.
type Mention struct {
	Country string // the country it names as a known place or a nisba; "" for none
	First   int    // its first token
	Start   int    // where its text starts
	Nisba   bool   // a nisba adjective (الروسية)
}

// Thresholds of Country: the most named country must be named at least
// Min times and Ratio times as often as any other.
const (
	Min   = 3
	Ratio = 2
)

// Passing is the most countries an article may name once each, in
// passing, and still be the outlet's country's story.
const Passing = 2

// Country returns the country an article is about (package scene): the
// one whose name, places and nisba adjectives ms mention most, at least
// Min times and Ratio times as often as any other country; else outlet,
// the country of the paper, when the article names no other country more
// often, or names at most Passing others once each, in passing; "" when
// no country leads so (a story of two countries).
func Country(ms []Mention, outlet string) string {
	return Counts(ms).Country(scene.Rule{Min: Min, Ratio: Ratio, Outlet: outlet, Passing: Passing})
}

// AwayOmitted returns ms without the places and nisbas of sports news
// that say where a team goes or whom it hires, not whose story it is
// (shape.AwayMention), unless they are outlet's country.
func AwayOmitted(toks []news.Token, ms []Mention, outlet string) []Mention {
	if !shape.Match(toks) {
		return ms
	}
	return slices.DeleteFunc(slices.Clone(ms), func(m Mention) bool {
		return m.Country != "" && m.Country != outlet && shape.AwayMention(toks, m.First, m.Nisba)
	})
}

// Counts counts the mentions of each country among ms: the country's
// name, its places and its nisba adjectives.
func Counts(ms []Mention) scene.Count {
	var counts scene.Count
	for _, m := range ms {
		counts.Add(m.Country, m.Start)
	}
	return counts
}
