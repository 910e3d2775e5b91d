// Package alef doubts a place read inside a word after the prepositions ب,
// ك or ل where the rest of the word opens with a bare alef. Arabic writes
// the hamza of a name after these prepositions (بأندورا, كآسيا, بأكرا),
// and news that drops it (لايران) drops it on a place the article names
// again; but a word that opens with با, كا or لا is as often a foreign name
// or a word of its own, transliterated whole: باكستان, لاتفيا, the streaming
// service باندورا (Pandora, not ب + Andorra), the goalkeeper كاسيا (Casilla,
// not ك + Asia), the adverb باكرا (early, not ب + Accra). Such a reading
// stands only when the article names the place, or its country, in another
// word as well (لاثينا beside اليونان: to Athens, of Greece).
package alef

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/actor"
	"rasad/internal/news"
)

// bare is the alef without hamza or madda.
const bare = 'ا'

// Split reports whether the mention that starts at byte start of tok is the
// rest of the word after a proclitic ب, ك or ل the segmenter split off,
// and opens with a bare alef that is not the article's (باندورا → ب + اندورا, وباكرا → و + ب + اكرا).
func Split(tok news.Token, start int) bool {
	if start <= tok.Start || start >= tok.End {
		return false
	}
	var last news.Part
	for _, p := range tok.Parts {
		if p.Start >= start {
			break
		}
		if p.Role != news.Proclitic {
			return false
		}
		last = p
	}
	if last.Role != news.Proclitic || last.End != start {
		return false
	}
	switch last.Form {
	case "ب", "ك", "ل":
	default:
		return false
	}
	rest := tok.Text[start-tok.Start:]
	r, n := utf8.DecodeRuneInString(rest)
	// The alef of the article is no hamza dropped (بالأحساء).
	return r == bare && !strings.HasPrefix(rest[n:], "ل")
}

// Keep returns the readings of ms the article backs, in their order, and
// drops the doubted ones it does not: read tells a reading's place (nil
// for none) and whether it was read at such a split. A doubted place is
// backed when another reading, undoubted, names the same place or a place
// of its country.
func Keep[T any](ms []T, read func(T) (*actor.Actor, bool)) []T {
	acts, doubted := make([]*actor.Actor, len(ms)), make([]bool, len(ms))
	backed := map[*actor.Actor]bool{}
	countries := map[string]bool{}
	for i, m := range ms {
		acts[i], doubted[i] = read(m)
		if a := acts[i]; a != nil && !doubted[i] {
			backed[a] = true
			countries[a.Country] = true
		}
	}
	kept := ms[:0]
	for i, m := range ms {
		a := acts[i]
		if doubted[i] && a != nil && !backed[a] && (a.Country == "" || !countries[a.Country]) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}
