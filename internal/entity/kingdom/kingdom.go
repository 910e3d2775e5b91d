// Package kingdom reads «المملكة», "the Kingdom", standing alone (no name
// or nisba after it: المملكة وإيران, من المملكة): a paper writes it for its
// own country when that is a kingdom, as the Saudi press does for Saudi
// Arabia, and an article for the one kingdom whose people, places or
// bodies it names (الملك سلمان, سابك, الرياض) at least story.Ratio times
// as often as any other. A kingdom is a country the gazetteer also calls
// المملكة … (actor.Gazetteer.Kingdoms: المملكة العربية السعودية, المملكة
// الأردنية الهاشمية). Package entity adds the mentions.
package kingdom

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/entity/story"
	"rasad/internal/news"
	"rasad/internal/scene"
)

// key is the search key of المملكة, "the Kingdom".
var key = arabic.SearchKey("المملكة")

// Word is «المملكة» alone at a token.
type Word struct {
	At    int // its token
	Start int // where the word starts after its proclitics (للمملكة, بالمملكة)
}

// Alone returns the words of toks (whose search keys are wkeys) that are
// «المملكة» standing alone: free reports whether no mention covers token
// i, nisba whether a nisba adjective's mention is at token i.
func Alone(toks []news.Token, wkeys []string, free, nisba func(i int) bool) []Word {
	var out []Word
	for i, t := range toks {
		if !free(i) || t.Kind != news.Word || !strings.HasSuffix(wkeys[i], key[len(shape.Article):]) {
			continue // every form ends so: المملكة, للمملكة, بالمملكة
		}
		k, start := wkeys[i], t.Start
		if sk, s := shape.StemKey(t); sk != "" {
			k, start = sk, s
		}
		if k != key || i+1 < len(toks) && nisba(i+1) {
			continue
		}
		out = append(out, Word{At: i, Start: start})
	}
	return out
}

// Mention is a mention as the kingdoms an article names are counted.
type Mention struct {
	Country string // its country, the gazetteer's or the one given it; "" for none
	Start   int    // where its text starts
}

// Named returns the kingdom «المملكة» alone stands for, of kingdoms (by
// country code): that of outlet, the country of the paper ("" when
// unknown), when it is one, else the one kingdom ms name at least
// story.Ratio times as often as any other; nil when none.
func Named(kingdoms map[string]*actor.Actor, outlet string, ms []Mention) *actor.Actor {
	if k := kingdoms[outlet]; k != nil {
		return k
	}
	var counts scene.Count
	for _, m := range ms {
		if kingdoms[m.Country] != nil {
			counts.Add(m.Country, m.Start)
		}
	}
	return kingdoms[counts.Country(scene.Rule{Ratio: story.Ratio})]
}
