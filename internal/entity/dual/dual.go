// Package dual tells a dual common noun from the one-word name it is
// spelt as: البحرين is Bahrain, and the dual of البحر "the sea" where
// adjectives of seas follow it (يصل بين البحرين الأحمر والمتوسط: the Red
// and the Mediterranean seas).
package dual

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/news"
)

// ending is the ending of a dual in the genitive and accusative
// (البحرين "the two seas").
const ending = string(arabic.Yeh) + string(arabic.Noon)

// Of reports whether key, a word's search key, is the dual of a definite
// noun that the word after it (next, its key) qualifies, as a known place
// named by that noun and that word shows (البحر الأحمر is a known sea).
func Of(g *actor.Gazetteer, key, next string) bool {
	one, ok := strings.CutSuffix(key, ending)
	if !ok || !arabic.Definite(one) {
		return false
	}
	n, hits := g.Match([]string{one, next})
	return n == 2 && !hits[0].Adjective && hits[0].Actor.EntityType() == news.LOC
}
