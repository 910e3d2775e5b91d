package ner

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/lexicon"
)

// Gazetteer finds known names at the start of a run of words. keys are the
// words from one position to the end of the sentence, each normalised with
// arabic.SearchKey (the first with its proclitics removed). Match returns the
// number of words of the longest known name that starts keys[0] (0 if none)
// and its kinds ("country", "city", "org", ...). The kinds become features,
// so a model must be used with the gazetteer it was trained with.
type Gazetteer interface {
	Match(keys []string) (n int, types []string)
}

// Cue kinds of the built-in word lists; each is a bit of a token's mask.
const (
	cueGiven        = 1 << iota // a given name: محمد, جورج
	cueFamily                   // a family name or surname: الحريري, بوش
	cueTitle                    // a title or role said before a name: الرئيس, الشيخ
	cueOrg                      // a word that heads an organisation name: وزارة, حزب
	cueLoc                      // a word that heads a place name: مدينة, محافظة
	cueNameParticle             // a particle inside a name: عبد, أبو, بن, آل
	cueNisba                    // a nisba adjective of a country: الروسي, المصرية
	cueSpeech                   // a verb of speech or meeting: قال, أكد, التقى
)

const numCues = 8

//go:embed data/*.txt data/*.tsv
var dataFS embed.FS

// cueClasses gives, for each cue kind, the classes of the lexicon (package
// lexicon) whose words and phrases it holds; with marked, only those of
// them that the lexicon also marks name-cue (the verbs the model was
// trained with, a selection of the speech verbs: all of them were tried,
// see model/README.md).
var cueClasses = []struct {
	cue     uint32
	classes []string
	marked  bool
}{
	{cueGiven, []string{"given-name"}, false},
	{cueFamily, []string{"family-name"}, false},
	{cueTitle, []string{"title", "rank", "role", "profession", "kin", "descriptor"}, true},
	{cueOrg, []string{"org-cue"}, false},
	{cueLoc, []string{"loc-cue"}, false},
	{cueNameParticle, []string{"name-particle"}, false},
	{cueNisba, []string{"nisba"}, true},
	{cueSpeech, []string{"speech-verb", "actor-verb", "via"}, true},
}

// phraseTable holds phrases of one or more words, keyed by a hash of their
// SearchKey forms, each with a bit mask of kinds.
type phraseTable struct {
	m      map[uint64]uint32
	maxLen int
}

func newPhraseTable() *phraseTable { return &phraseTable{m: make(map[uint64]uint32)} }

func phraseHash(h uint64, word string) uint64 {
	const prime = 1099511628211
	for i := 0; i < len(word); i++ {
		h ^= uint64(word[i])
		h *= prime
	}
	h ^= ' '
	h *= prime
	return h
}

const phraseSeed = 14695981039346656037

func (t *phraseTable) add(phrase string, mask uint32) {
	words := strings.Fields(arabic.SearchKey(phrase))
	if len(words) == 0 {
		return
	}
	h := uint64(phraseSeed)
	for k, w := range words {
		h = phraseHash(h, w)
		if k+1 < len(words) {
			t.m[h] |= longer
		}
	}
	t.m[h] |= mask
	if len(words) > t.maxLen {
		t.maxLen = len(words)
	}
}

// longer marks, in phraseTable.m, the first words of a longer phrase; the
// cue kinds take the bits below it.
const longer = 1 << 31

// word returns the mask of a one-word phrase.
func (t *phraseTable) word(key string) uint32 {
	return t.m[phraseHash(phraseSeed, key)] &^ longer
}

// startsWith reports whether a phrase of t starts with the word key, so
// that longest may find one there.
func (t *phraseTable) startsWith(key string) bool {
	return t.m[phraseHash(phraseSeed, key)] != 0
}

// longest returns the length and mask of the longest phrase that starts
// keys[0], 0 if none. It stops where no phrase goes on.
func (t *phraseTable) longest(keys []string) (int, uint32) {
	h := uint64(phraseSeed)
	bestN, bestMask := 0, uint32(0)
	for n := 1; n <= t.maxLen && n <= len(keys); n++ {
		h = phraseHash(h, keys[n-1])
		m := t.m[h]
		if m&^longer != 0 {
			bestN, bestMask = n, m&^longer
		}
		if m&longer == 0 {
			break
		}
	}
	return bestN, bestMask
}

// loadCues reads the cue words of the lexicon.
func loadCues() *phraseTable {
	t := newPhraseTable()
	lx := lexicon.Default()
	for _, c := range cueClasses {
		for _, class := range c.classes {
			for _, f := range lx.Forms(class) {
				if !c.marked || lx.Has(f, "name-cue") {
					t.add(f, c.cue)
				}
			}
		}
	}
	return t
}

// ListGazetteer is a Gazetteer read from a plain list: each line is a kind,
// a TAB, and one or more names separated by ";" (country	روسيا ; روسيا الاتحادية).
type ListGazetteer struct {
	t     *phraseTable
	kinds []string // bit i of a mask is kinds[i]
	bit   map[string]uint32
	sets  map[uint32][]string
}

// LoadGazetteer reads a ListGazetteer; name is used in error messages.
func LoadGazetteer(r io.Reader, name string) (*ListGazetteer, error) {
	g := newListGazetteer()
	err := lexicon.ReadLines(r, name, func(_ int, s string) error {
		s = strings.TrimSpace(s)
		kind, names, ok := strings.Cut(s, "\t")
		kind = strings.TrimSpace(kind)
		if !ok || kind == "" {
			return fmt.Errorf("want KIND<TAB>names, got %q", s)
		}
		return g.add(kind, strings.Split(names, ";"))
	})
	if err != nil {
		return nil, fmt.Errorf("load gazetteer %w", err)
	}
	g.buildSets()
	return g, nil
}

func newListGazetteer() *ListGazetteer {
	return &ListGazetteer{t: newPhraseTable(), sets: make(map[uint32][]string), bit: make(map[string]uint32)}
}

// add adds names of one kind.
func (g *ListGazetteer) add(kind string, names []string) error {
	b, ok := g.bit[kind]
	if !ok {
		if len(g.kinds) == 32 {
			return errors.New("more than 32 kinds")
		}
		b = 1 << len(g.kinds)
		g.bit[kind] = b
		g.kinds = append(g.kinds, kind)
	}
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			g.t.add(n, b)
		}
	}
	return nil
}

// buildSets makes the kind sets once, so that Match never allocates.
func (g *ListGazetteer) buildSets() {
	for _, m := range g.t.m {
		m &^= longer // Match looks the kinds up without it
		if _, ok := g.sets[m]; ok {
			continue
		}
		var s []string
		for i, k := range g.kinds {
			if m&(1<<i) != 0 {
				s = append(s, k)
			}
		}
		g.sets[m] = s
	}
}

// Match implements Gazetteer. It is safe for concurrent use.
func (g *ListGazetteer) Match(keys []string) (int, []string) {
	n, mask := g.t.longest(keys)
	if n == 0 {
		return 0, nil
	}
	return n, g.sets[mask]
}

var (
	defaultGazOnce sync.Once
	defaultGaz     *ListGazetteer
)

// DefaultGazetteer returns the places and organisations of the actor
// gazetteer (package actor) that are marked for the recogniser, each name
// with the kinds its record's ner: marker gives (country, capital, city,
// region, org), and the names of data/gazetteer.txt that are no actor
// record's; loaded once. The marks select the names the model was trained
// with: see model/README.md.
func DefaultGazetteer() *ListGazetteer {
	defaultGazOnce.Do(func() {
		g, err := loadDefaultGazetteer(actor.Default().Actors())
		if err != nil {
			panic(fmt.Sprintf("ner: embedded gazetteer: %v", err))
		}
		defaultGaz = g
	})
	return defaultGaz
}

// loadDefaultGazetteer reads data/gazetteer.txt and adds the names of the
// actors marked for the recogniser.
func loadDefaultGazetteer(actors []*actor.Actor) (*ListGazetteer, error) {
	r, err := dataFS.Open("data/gazetteer.txt")
	if err != nil {
		return nil, err
	}
	defer r.Close()
	g, err := LoadGazetteer(r, "data/gazetteer.txt")
	if err != nil {
		return nil, err
	}
	for _, a := range actors {
		for _, m := range a.NER {
			keys := make([]string, len(m.Names))
			for i, n := range m.Names {
				keys[i] = strings.Join(actor.Keys(n), " ")
			}
			for _, kind := range m.Kinds {
				if err := g.add(kind, keys); err != nil {
					return nil, fmt.Errorf("%s:%d: %w", a.File, a.Line, err)
				}
			}
		}
	}
	g.buildSets()
	return g, nil
}
