package nameparts

import (
	"rasad/internal/actor"
	"rasad/internal/entity/shape"
	"rasad/internal/news"
)

// DottedAt looks up g at a dotted abbreviation starting at word i
// (shape.Dotted) and returns how many tokens it spans and its hits; 0 if
// there is none or the gazetteer does not know it. wkeys holds the search
// key of each token.
func DottedAt(g *actor.Gazetteer, toks []news.Token, wkeys []string, i, end int) (int, []actor.Hit) {
	words := shape.Dotted(toks, i, end)
	if words == nil {
		return 0, nil
	}
	keys := make([]string, len(words))
	for k, j := range words {
		keys[k] = wkeys[j]
	}
	if n, hits := g.Match(keys); n == len(keys) {
		return words[len(words)-1] - i + 1, hits
	}
	return 0, nil
}
