package nameparts

import (
	"rasad/internal/actor"
	"rasad/internal/entity/shape"
	"rasad/internal/news"
)

// maxQuotedWords is the most words of a name in quotation marks after its
// head noun that QuotedAt reads.
const maxQuotedWords = 6

// QuotedAt looks up g at a name in quotation marks that opens at word i
// after a body's head noun, as news sets the proper part of a name apart
// (تنظيم «الدولة الإسلامية», لحركة "أحرار الشام"), and returns how many
// words the quoted name spans and its hits; 0 unless the gazetteer knows
// the head (as written or without its proclitics) and every quoted word
// as one name. The mention is the quoted name, as a head noun alone names
// no one. wkeys holds the search key of each token.
func QuotedAt(g *actor.Gazetteer, toks []news.Token, wkeys []string, i, end int) (int, []actor.Hit) {
	if i < 2 || toks[i-1].Kind != news.Punctuation || !shape.Opening(toks[i-1].Text) || wkeys[i-2] == "" {
		return 0, nil
	}
	keys := []string{wkeys[i-2]}
	for j := i; j < end && len(keys) <= maxQuotedWords; j++ {
		if toks[j].Kind == news.Punctuation && shape.Closing(toks[j].Text) {
			if n, hits := g.Match(keys); n == len(keys) && n > 1 {
				return j - i, hits
			}
			if sk, _ := shape.StemKey(toks[i-2]); sk != "" {
				keys[0] = sk
				if n, hits := g.Match(keys); n == len(keys) && n > 1 {
					return j - i, hits
				}
			}
			return 0, nil
		}
		if wkeys[j] == "" {
			return 0, nil
		}
		keys = append(keys, wkeys[j])
	}
	return 0, nil
}
