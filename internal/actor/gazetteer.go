package actor

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/bloom"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

//go:embed data/*.txt
var dataFS embed.FS

// Default returns the gazetteer built from the data files embedded in the
// binary (data/*.txt) and the agents (role nouns) of the lexicon
// (lexicon.Default, class unnamed), loaded on first use and shared
// afterwards. The data is checked by the package's tests; an error in it
// panics.
var Default = sync.OnceValue(func() *Gazetteer {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		panic("actor: embedded data: " + err.Error())
	}
	g, err := loadFS(sub, lexicon.Default())
	if err != nil {
		panic("actor: embedded data: " + err.Error())
	}
	return g
})

// Gazetteer holds actors and finds their names in text. It is safe for
// concurrent use once built; nothing changes it after loading.
type Gazetteer struct {
	actors []*Actor // in load order
	byID   map[string]*Actor
	names  *node                // names and adjectives of every actor but agents
	agents *node                // names of agents (role nouns)
	joined map[[2]string]*Actor // by the ID of the record before and a joined: name's search key
	// variants holds people by the Variant of their names of two words
	// or more (nil for a key two people share).
	variants map[string]*Actor
}

// Hit is one actor that a matched phrase names.
type Hit struct {
	Actor     *Actor
	Adjective bool // the phrase is a nisba adjective of the actor (الروسية), not its name
}

// PreferStripped reports whether the hits of a word read without its
// proclitics beat those of the word as written: a name beats an adjective.
func PreferStripped(whole, stripped []Hit) bool {
	return len(whole) > 0 && whole[0].Adjective && len(stripped) > 0 && !stripped[0].Adjective
}

// node is a node of a word trie: the hits of the phrase that ends here, and
// the words that continue it.
type node struct {
	hits []Hit
	next map[string]*node
	// first, at a root, holds the words of next: most words of a text
	// begin no phrase, and the filter answers for them without a lookup in
	// the large map.
	first *bloom.Filter
}

func newGazetteer(actors []*Actor) *Gazetteer {
	g := &Gazetteer{
		actors:   actors,
		byID:     make(map[string]*Actor, len(actors)),
		names:    &node{},
		agents:   &node{},
		joined:   map[[2]string]*Actor{},
		variants: personVariants(actors),
	}
	for _, a := range actors {
		g.byID[a.ID] = a
		for _, n := range a.Joined.Names {
			g.joined[[2]string{a.Joined.After, arabic.SearchKey(n)}] = a
		}
		root := g.names
		if a.Type == Agent {
			root = g.agents
		}
		for _, k := range a.nameKeys {
			root.add(k, Hit{Actor: a})
			if a.Type == Person && len(k) > 1 && k[0] == "ابو" {
				// The أبو of a kunya is one of the five nouns, written as
				// its case is: أبي بكر البغدادي in the genitive, أبا in the
				// accusative.
				for _, f := range []string{"ابي", "ابا"} {
					root.add(append([]string{f}, k[1:]...), Hit{Actor: a})
				}
			}
		}
		for _, k := range a.adjKeys {
			root.add(k, Hit{Actor: a, Adjective: true})
		}
		a.nameKeys, a.adjKeys = nil, nil
	}
	g.names.sort()
	g.agents.sort()
	g.names.first = bloom.Of(g.names.next)
	g.agents.first = bloom.Of(g.agents.next)
	return g
}

// phraseKeys splits an Arabic name into the search keys of its words, as
// Match receives them: arabic.SearchKey of each word, number or Latin
// token; punctuation (غينيا-بيساو, hyphens and dots) separates words and is
// dropped.
func phraseKeys(name string) []string {
	var keys []string
	for _, t := range arabic.Tokenize(name) {
		switch t.Kind {
		case news.Word, news.Latin, news.Number:
			keys = append(keys, arabic.SearchKey(t.Text))
		}
	}
	return keys
}

// Keys returns the search keys of the words of an Arabic phrase, as Match
// wants them (the phrase is taken whole: no clitics are removed).
func Keys(phrase string) []string { return phraseKeys(phrase) }

func (n *node) add(keys []string, h Hit) {
	for _, k := range keys {
		if n.next == nil {
			n.next = make(map[string]*node)
		}
		c := n.next[k]
		if c == nil {
			c = &node{}
			n.next[k] = c
		}
		n = c
	}
	for _, old := range n.hits {
		if old.Actor == h.Actor {
			return // a name written twice, or a name that is also an adjective
		}
	}
	n.hits = append(n.hits, h)
}

// sort orders each node's hits: actors not marked ambiguous first, then by
// type (country, org, place, city, person, agent), then names before
// adjectives, then by ID.
func (n *node) sort() {
	sort.SliceStable(n.hits, func(i, j int) bool {
		a, b := n.hits[i], n.hits[j]
		if a.Actor.Ambiguous != b.Actor.Ambiguous {
			return !a.Actor.Ambiguous
		}
		if ta, tb := typeOrder[a.Actor.Type], typeOrder[b.Actor.Type]; ta != tb {
			return ta < tb
		}
		if a.Adjective != b.Adjective {
			return !a.Adjective
		}
		return a.Actor.ID < b.Actor.ID
	})
	for _, c := range n.next {
		c.sort()
	}
}

// match walks the trie from root along keys and returns the longest phrase
// that ends at a node with hits.
func (n *node) match(keys []string) (int, []Hit) {
	if n.first != nil && len(keys) > 0 && !n.first.MayHave(keys[0]) {
		return 0, nil
	}
	best, hits := 0, []Hit(nil)
	for i, k := range keys {
		c := n.next[k]
		if c == nil {
			break
		}
		n = c
		if len(n.hits) > 0 {
			best, hits = i+1, n.hits
		}
	}
	return best, hits
}

// Match finds the longest name or adjective phrase of an actor (any type
// but agent) that starts at keys[0]. keys are the arabic.SearchKey forms of
// consecutive words, with proclitics such as و ب ل already removed (the
// article ال stays: الروسية). It returns the number of words matched, 0 if
// none, and the actors the phrase names, best first; the slice is shared
// and must not be modified. Match does not allocate.
//
// الولايات المتحدة الأمريكية matches three words (usa); بكين matches one
// word naming the city of Beijing, whose country is CHN; الروسية is an
// adjective of rus.
func (g *Gazetteer) Match(keys []string) (n int, hits []Hit) {
	return g.names.match(keys)
}

// MatchAgent is Match for the role nouns of agents (الرئيس, وزير الدفاع,
// قوات الأمن, المتظاهرون), kept apart because they are common nouns rather
// than names.
func (g *Gazetteer) MatchAgent(keys []string) (n int, hits []Hit) {
	return g.agents.match(keys)
}

// Get returns the actor with the given ID, or nil.
func (g *Gazetteer) Get(id string) *Actor { return g.byID[id] }

// CountryOf returns the country an actor belongs to (a country's own
// record for a country), or nil if it has none.
func (g *Gazetteer) CountryOf(a *Actor) *Actor {
	if a == nil || a.Country == "" {
		return nil
	}
	return g.byID[strings.ToLower(a.Country)]
}

// JoinedAfter returns the record that the word of search key key names
// after before and و (Medina for المدينة after Mecca), from its joined:
// line, or nil.
func (g *Gazetteer) JoinedAfter(before *Actor, key string) *Actor {
	if before == nil {
		return nil
	}
	return g.joined[[2]string{before.ID, key}]
}

// StandsFor returns the actor that a names in politics: the place's
// stands_for actor (الكرملين → rus), a capital's country (بكين → chn), or
// a itself.
func (g *Gazetteer) StandsFor(a *Actor) *Actor {
	switch {
	case a == nil:
		return nil
	case a.StandsFor != "":
		return g.byID[a.StandsFor]
	case a.Capital:
		if c := g.CountryOf(a); c != nil {
			return c
		}
	}
	return a
}

// Actors returns the actors of the given types in load order (all actors if
// no type is given). The slice is new; the actors are shared.
func (g *Gazetteer) Actors(types ...Type) []*Actor {
	var out []*Actor
	for _, a := range g.actors {
		if len(types) == 0 || hasType(types, a.Type) {
			out = append(out, a)
		}
	}
	return out
}

func hasType(ts []Type, t Type) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// Countries returns every country, in load order.
func (g *Gazetteer) Countries() []*Actor { return g.Actors(Country) }

// Agents returns every agent (role noun), in load order.
func (g *Gazetteer) Agents() []*Actor { return g.Actors(Agent) }

// Len returns the number of actors.
func (g *Gazetteer) Len() int { return len(g.actors) }
