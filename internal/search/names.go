package search

import (
	"sort"
	"strings"
	"unicode"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/news"
)

// Names resolves names as people type them (بوتين, Putin, لبوتين, الملك
// سلمان, putin, RUSGOV) to the actors of a gazetteer they may mean, so that
// an entity filter finds the documents whose entities were linked to those
// actors whatever the form written in the filter. It is safe for concurrent
// use once built.
type Names struct {
	gaz     *actor.Gazetteer
	seg     *arabic.Segmenter
	english map[string][]*actor.Actor // a whole English name or alias, lower case
	words   map[string][]*actor.Actor // one word of a name (English lower case, or Arabic search key)
}

// Candidate is an actor an entity filter may mean.
type Candidate struct {
	ID      string `json:"id"` // the gazetteer's key (putin), or the CAMEO code typed (RUSGOV)
	Name    string `json:"name"`
	NameAr  string `json:"name_ar,omitempty"`
	Type    string `json:"type"`
	Country string `json:"country,omitempty"`
	// Exact: the filter is one of the actor's whole names, not a word of one.
	Exact bool `json:"exact"`
}

// maxCandidates bounds the actors one typed name resolves to.
const maxCandidates = 8

// NewNames indexes the names of g's actors (all but agents, the role nouns).
func NewNames(g *actor.Gazetteer) *Names {
	n := &Names{gaz: g, seg: arabic.DefaultSegmenter(), english: map[string][]*actor.Actor{}, words: map[string][]*actor.Actor{}}
	add := func(m map[string][]*actor.Actor, k string, a *actor.Actor) {
		if k == "" {
			return
		}
		for _, x := range m[k] {
			if x == a {
				return
			}
		}
		m[k] = append(m[k], a)
	}
	for _, a := range g.Actors() {
		if a.Type == actor.Agent {
			continue
		}
		for _, en := range append([]string{a.Name}, a.Aliases...) {
			k := englishKey(en)
			add(n.english, k, a)
			for _, w := range strings.Fields(k) {
				if len(w) > 2 {
					add(n.words, w, a)
				}
			}
		}
		for _, ar := range a.Names {
			for _, w := range actor.Keys(ar) {
				if len([]rune(w)) > 2 {
					add(n.words, w, a)
				}
			}
		}
	}
	return n
}

// trimName drops the spaces and quotation marks around a typed name.
func trimName(typed string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(typed), `"«»“”`))
}

// englishKey folds an English name for comparison: lower case, letters
// and digits separated by single spaces (al-Assad → al assad).
func englishKey(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(f, " ")
}

// IsActorCode reports whether s is written as a CAMEO actor code: three
// to fifteen capital letters (RUS, RUSGOV, IGOUNO).
func IsActorCode(s string) bool {
	if len(s) < 3 || len(s) > 15 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// Resolve returns the actors a typed name may mean, best first: an actor
// whose key it is (putin); a CAMEO code as itself; the actors one of whose
// whole names it is, in Arabic (with or without a proclitic: لبوتين) or in
// English (Vladimir Putin, King Salman); else the actors with all its words
// among the words of one of their names (Putin, سلمان). None when the
// gazetteer knows no such actor.
func (n *Names) Resolve(typed string) []Candidate {
	t := trimName(typed)
	if t == "" {
		return nil
	}
	if a := n.gaz.Get(t); a != nil && a.Type != actor.Agent {
		return []Candidate{candidate(a, true)}
	}
	if IsActorCode(t) {
		return []Candidate{{ID: t, Name: t, Type: "code", Exact: true}}
	}
	if exact := n.exact(t); len(exact) > 0 {
		return candidates(exact, true)
	}
	var keys []string
	if latin(t) {
		keys = strings.Fields(englishKey(t))
	} else {
		keys = n.stems(actor.Keys(t))
	}
	return candidates(n.withWords(keys), false)
}

// Keys returns the forms of a typed name that stored entity names are
// compared with: key, the search keys of its Arabic words, the first
// without its proclitics (لبوتين → بوتين), and lower, its Latin words in
// lower case; either is "" when the name has no such words.
func (n *Names) Keys(typed string) (key, lower string) {
	t := trimName(typed)
	if latin(t) {
		return "", englishKey(t)
	}
	return strings.Join(n.stems(actor.Keys(t)), " "), ""
}

// exact returns the actors one of whose whole names t is.
func (n *Names) exact(t string) []*actor.Actor {
	if latin(t) {
		return n.english[englishKey(t)]
	}
	keys := actor.Keys(t)
	for _, ks := range [][]string{keys, n.stems(keys)} {
		if len(ks) == 0 {
			continue
		}
		m, hits := n.gaz.Match(ks)
		if m != len(ks) {
			continue
		}
		var out []*actor.Actor
		for _, h := range hits {
			if !h.Adjective {
				out = append(out, h.Actor)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// stems returns keys with the proclitics of the first word removed
// (لبوتين → بوتين, وللملك → الملك), as a name is typed after و or ل.
func (n *Names) stems(keys []string) []string {
	if len(keys) == 0 {
		return nil
	}
	parts := n.seg.SegmentWord(keys[0])
	for _, p := range parts {
		if p.Role == news.Stem && p.Form != keys[0] {
			out := append([]string{arabic.SearchKey(p.Form)}, keys[1:]...)
			return out
		}
	}
	return keys
}

// withWords returns the actors that have every key among the words of
// their names.
func (n *Names) withWords(keys []string) []*actor.Actor {
	if len(keys) == 0 {
		return nil
	}
	var out []*actor.Actor
	for _, a := range n.words[keys[0]] {
		all := true
		for _, k := range keys[1:] {
			found := false
			for _, b := range n.words[k] {
				if b == a {
					found = true
					break
				}
			}
			if !found {
				all = false
				break
			}
		}
		if all {
			out = append(out, a)
		}
	}
	return out
}

// latin reports whether s is written in Latin letters (no Arabic letter).
func latin(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return false
		}
	}
	return true
}

func candidate(a *actor.Actor, exact bool) Candidate {
	return Candidate{ID: a.ID, Name: a.Name, NameAr: a.NameAr, Type: string(a.Type), Country: a.Country, Exact: exact}
}

// typeRank orders candidates: people, then organisations, countries,
// places and cities.
var typeRank = map[actor.Type]int{actor.Person: 0, actor.Org: 1, actor.Country: 2, actor.Place: 3, actor.City: 4}

func candidates(as []*actor.Actor, exact bool) []Candidate {
	as = append([]*actor.Actor(nil), as...)
	sort.SliceStable(as, func(i, j int) bool {
		a, b := as[i], as[j]
		if a.Ambiguous != b.Ambiguous {
			return !a.Ambiguous
		}
		if typeRank[a.Type] != typeRank[b.Type] {
			return typeRank[a.Type] < typeRank[b.Type]
		}
		return a.ID < b.ID
	})
	var out []Candidate
	for _, a := range as {
		if len(out) == maxCandidates {
			break
		}
		out = append(out, candidate(a, exact))
	}
	return out
}

// Expand returns f with each of its entities followed by the keys of the
// actors it may mean (Resolve), so that a store's entity filter, which
// matches a value against an entity's name, Arabic name, actor code and
// gazetteer key, finds the entities linked to those actors whatever form
// was typed. It also returns the candidates of each typed entity that has
// any.
func (n *Names) Expand(f Filter) (Filter, map[string][]Candidate) {
	if len(f.Entities) == 0 {
		return f, nil
	}
	found := map[string][]Candidate{}
	seen := map[string]bool{}
	var out []string
	add := func(v string) {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	for _, e := range f.Entities {
		add(e)
		cs := n.Resolve(e)
		if len(cs) > 0 {
			found[e] = cs
		}
		for _, c := range cs {
			add(c.ID)
		}
	}
	f.Entities = out
	return f, found
}
