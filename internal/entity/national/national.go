// Package national reads the national bodies an article names without
// their nisba, as a story of one country names its own: مجلس الشيوخ in a
// story of Washington is the US Senate, and مجلس الشيوخ والكونغرس the US
// Congress's. The gazetteer lists them with the nisba
// (actor.Gazetteer.NationalBodies); package entity tells the country the
// article is about. The bodies every state has (courts, the public
// prosecution, the armed forces, the border guard: the lexicon's class
// state-body) are read the same way without a gazetteer record: أصدرت
// المحكمة الجزائية المتخصصة حكما in a Saudi story is Saudi Arabia's court
// (State).
package national

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/locate"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Bodies are the national bodies of a gazetteer by their names without
// the nisba.
type Bodies struct {
	byName map[string][]*actor.Actor
	firsts map[string]bool   // the first words of those names and of state's
	state  map[string]string // the search keys of the state bodies' names (lexicon class state-body): their agent codes
	words  int               // the most words of those names
}

// New returns the national bodies of g and the state bodies of the
// default lexicon.
func New(g *actor.Gazetteer) *Bodies {
	b := &Bodies{byName: g.NationalBodies(), firsts: map[string]bool{}, state: map[string]string{}}
	for k := range b.byName {
		w, _, _ := strings.Cut(k, " ")
		b.firsts[w] = true
	}
	lx := lexicon.Default()
	for _, f := range lx.Forms("state-body") {
		k := arabic.SearchKey(f)
		words := strings.Fields(k)
		b.state[k] = lx.Word(f).Value("state-body")
		b.firsts[words[0]] = true
		b.words = max(b.words, len(words))
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
	first, start, ok := b.first(toks, wkeys, i)
	if !ok {
		return nil, i, start
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

// first returns the search key of token i as the first word of a body's
// name, with or without its proclitics, and where its text starts; false
// where no name begins so.
func (b *Bodies) first(toks []news.Token, wkeys []string, i int) (string, int, bool) {
	if b.firsts[wkeys[i]] {
		return wkeys[i], toks[i].Start, true
	}
	if sk, s := shape.StemKey(toks[i]); sk != "" && b.firsts[sk] {
		return sk, s, true
	}
	return "", toks[i].Start, false
}

// State returns the agent code of the state body (the lexicon's class
// state-body) whose name begins at token i, the longest one, its last
// token and where its text starts (after the first word's proclitics); ""
// for none: where no definite word after it may be its adjective or
// genitive (locate.Attributive: محكمة الاستئناف الفيدرالية). Whose body
// it is, the caller reads from what follows (Owner). wkeys and at are as
// At's.
func (b *Bodies) State(toks []news.Token, wkeys []string, i int, at []int) (code string, last, start int) {
	first, start, ok := b.first(toks, wkeys, i)
	if !ok {
		return "", i, start
	}
	for n := min(b.words, len(toks)-i); n >= 2; n-- {
		code, ok := b.state[strings.Join(append([]string{first}, wkeys[i+1:i+n]...), " ")]
		if !ok {
			continue
		}
		for k := i + 1; k < i+n; k++ {
			if at[k] != 0 || toks[k].Kind != news.Word {
				return "", i, start
			}
		}
		if locate.Attributive(toks, i+n) {
			return "", i, start
		}
		return code, i + n - 1, start
	}
	return "", i, start
}

// Owner returns the country of the state body named up to token last,
// which lies where a place after it says (بعسير, في دبي, بالمحكمة العليا
// في نيويورك: place returns the country of a known place whose mention
// begins at a token, "" for none), or else home's, the country the
// article is about; false where the body is none of one country: a
// mention other than such a place follows it (a nisba: القوات المسلحة
// المصرية, read with it as a body of Egypt by package entity), it lies
// in the countries a demonstrative points to (حرس الحدود في هذه الدول),
// or the article is sports news of a match, where حرس الحدود is a club.
func Owner(toks []news.Token, last int, at []int, place func(k int) string, home string) (string, bool) {
	j := last + 1
	if j < len(toks) && (toks[j].Norm == "في" || toks[j].Norm == "فى") && j+1 < len(toks) {
		if shape.Demonstrative(toks[j+1]) {
			return "", false
		}
		if at[j+1] != 0 {
			j++
		}
	}
	if j < len(toks) && at[j] != 0 {
		if c := place(j); c != "" && locate.Locative(toks, j) {
			return c, true
		}
		return "", false
	}
	return home, home != "" && !shape.Match(toks)
}

// joined returns country, the country of a known body or person whose
// mention begins at tok, where tok joins it by و; "" otherwise.
func joined(tok news.Token, country string) string {
	if _, cl := lexicon.StemOf(&tok); cl.Conj != string(arabic.Waw) {
		return ""
	}
	return country
}
