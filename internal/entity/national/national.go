// Package national reads the national bodies an article names without
// their nisba, as a story of one country names its own: مجلس الشيوخ in a
// story of Washington is the US Senate, and مجلس الشيوخ والكونغرس the US
// Congress's. The gazetteer lists them with the nisba
// (actor.Gazetteer.NationalBodies); package entity tells the country the
// article is about.
package national

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Bodies are the national bodies of a gazetteer by their names without
// the nisba.
type Bodies struct {
	byName map[string][]*actor.Actor
	firsts map[string]bool // the first words of those names
}

// New returns the national bodies of g.
func New(g *actor.Gazetteer) *Bodies {
	b := &Bodies{byName: g.NationalBodies(), firsts: map[string]bool{}}
	for k := range b.byName {
		w, _, _ := strings.Cut(k, " ")
		b.firsts[w] = true
	}
	return b
}

// Mentions are the mentions an article has so far.
type Mentions interface {
	// Partner returns the country of mention n where it is a known body
	// or person of one (no nisba, no descriptor), which a national body
	// named just before it and joined to it by و shares; "" otherwise.
	Partner(n int) string
}

// At returns the national body whose name begins at token i, its last
// token and where its text starts (after the first word's proclitics), or
// nil: a head of two words or more that the gazetteer has with the nisba
// of the country home (the article's) is that country's body, where no
// nisba or place follows it; the country of a body joined to it by و
// (مجلس الشيوخ والكونغرس: the US Congress's) is its country instead.
// wkeys are the tokens' search keys; at gives, for each token, 1 + the
// index of the mention of ms that covers it, 0 for none (any other value
// for a word taken).
func (b *Bodies) At(toks []news.Token, wkeys []string, i int, at []int, ms Mentions, home string) (body *actor.Actor, last, start int) {
	first, start := wkeys[i], toks[i].Start
	if !b.firsts[first] {
		if sk, s := shape.StemKey(toks[i]); sk != "" && b.firsts[sk] {
			first, start = sk, s
		} else {
			return nil, i, start
		}
	}
	for n := 2; n <= 3 && i+n <= len(toks); n++ {
		if at[i+n-1] != 0 || toks[i+n-1].Kind != news.Word {
			break
		}
		key := strings.Join(append([]string{first}, wkeys[i+1:i+n]...), " ")
		country := home
		if i+n < len(toks) && at[i+n] != 0 {
			if country = joined(toks[i+n], ms.Partner(at[i+n]-1)); country == "" {
				continue // a nisba or a place after it: another phrase
			}
		}
		for _, a := range b.byName[key] {
			if a.Country == country && country != "" {
				body = a
			}
		}
		if body != nil {
			return body, i + n - 1, start
		}
	}
	return nil, i, start
}

// joined returns country, the country of a known body or person whose
// mention begins at tok, where tok joins it by و; "" otherwise.
func joined(tok news.Token, country string) string {
	if _, cl := lexicon.StemOf(&tok); cl.Conj != string(arabic.Waw) {
		return ""
	}
	return country
}
