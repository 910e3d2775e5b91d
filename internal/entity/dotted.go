package entity

import (
	"rasad/internal/actor"
	"rasad/internal/entity/shape"
)

// dottedAt looks up the gazetteer at a dotted abbreviation starting at word
// i (shape.Dotted) and returns how many tokens it spans and its hits; 0 if
// there is none or the gazetteer does not know it.
func (l *Linker) dottedAt(sc *scan, i, end int) (int, []actor.Hit) {
	words := shape.Dotted(sc.toks, i, end)
	if words == nil {
		return 0, nil
	}
	keys := make([]string, len(words))
	for k, j := range words {
		keys[k] = sc.wkeys[j]
	}
	if n, hits := l.g.Match(keys); n == len(keys) {
		return words[len(words)-1] - i + 1, hits
	}
	return 0, nil
}
