package ner

import (
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/wordclass"
)

// Feature templates. A feature is the FNV-1a hash of its template byte and
// its strings; the model stores weights by hash, so nothing is interned.
const (
	tBias byte = iota + 1
	tWord
	tStem
	tProclitic
	tWordM1
	tWordP1
	tWordM2
	tWordP2
	tStemM1
	tStemP1
	tBigramM1
	tBigramP1
	tPrefix // + length 1..3
	_
	_
	tSuffix // + length 1..3
	_
	_
	tGram3
	tGram4
	tShape
	tLength
	tArticleNisba
	tCue
	tCueM1
	tCueP1
	tCueM2
	tCueEndM1
	tCueIn
	tGazB
	tGazI
	tGazM1
	tGazP1
	tCuePair
	tDoc
	tDocPrev
	tDocNext
	tSeen
	tSeenM1
	tSeenP1
	tStemP1Cue
	tProcliticCue
	tLex
	tLexM1
	tLexP1
	tLexPair
	tLexCueM1
	tLexCueP1
	tClass   // the word class of the stem (package wordclass)
	tClassM1 // of the stem before, after, two before and after
	tClassP1
	tClassM2
	tClassP2
)

type fhash uint32

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hStart(t byte) fhash { return fhash((fnvOffset ^ uint32(t)) * fnvPrime) }

func (h fhash) str(s string) fhash {
	for i := 0; i < len(s); i++ {
		h = (h ^ fhash(s[i])) * fnvPrime
	}
	return h
}

func (h fhash) byte(b byte) fhash { return (h ^ fhash(b)) * fnvPrime }

func (h fhash) u32(v uint32) fhash {
	return h.byte(byte(v)).byte(byte(v >> 8)).byte(byte(v >> 16)).byte(byte(v >> 24))
}

// featurizer turns a sentence into per-token feature hashes. It holds only
// read-only data and is safe for concurrent use.
type featurizer struct {
	cues *phraseTable
	gaz  Gazetteer
	// seen holds the stems of the entity tokens of the training data, each
	// with a bit per label it had there (bit l-1 for label l). Training
	// builds it across folds, so that the model learns how far to trust it
	// on words it has not seen.
	seen map[string]uint8
	// lex is the dictionary of the lexicon classes (lexclass.go); nil for
	// none. pins are the classes read in its place for a few words.
	lex  *arabic.Segmenter
	pins lexPins
	// trainPins are the cue kinds training leaves out for a few words
	// (trainpins.go); nil at run time.
	trainPins cuePins
	// classes are the word classes learned from unlabelled text, by stem;
	// nil for none.
	classes *wordclass.Classes
}

// noClass stands for the class of a word the classes do not know, and of
// the sentence boundaries.
const noClass = wordclass.MaxK

// classOf is the word class of a stem.
func (f *featurizer) classOf(stem string) uint32 {
	if c, ok := f.classes.Of(stem); ok {
		return uint32(c)
	}
	return noClass
}

// sentence is the analysis of one sentence that features are made from.
type sentence struct {
	words   []string // SearchKey of each word
	stems   []string // the words without proclitics
	nproc   []int    // letters of proclitic removed
	cueB    []uint32 // cue kinds of phrases that start at the token
	cueIn   []uint32 // cue kinds of phrases that continue through the token
	cueEnd  []uint32 // cue kinds of phrases that end at the token
	gazB    [][]string
	gazI    [][]string
	doc     []uint8     // label types given to this stem elsewhere in the document (bit per type)
	lex     []byte      // lexicon class of each stem (lexclass.go)
	known   []*wordInfo // what a memo knew of each word, nil where it knew nothing
	keys    []string
	scratch [1]string
}

func (s *sentence) reset(n int) {
	grow := func(v []uint32) []uint32 {
		if cap(v) < n {
			return make([]uint32, n)
		}
		v = v[:n]
		clear(v)
		return v
	}
	if cap(s.words) < n {
		s.words = make([]string, n)
		s.stems = make([]string, n)
		s.nproc = make([]int, n)
		s.gazB = make([][]string, n)
		s.gazI = make([][]string, n)
		s.doc = make([]uint8, n)
		s.keys = make([]string, n)
		s.lex = make([]byte, n)
		s.known = make([]*wordInfo, n)
	}
	s.words, s.stems, s.nproc = s.words[:n], s.stems[:n], s.nproc[:n]
	s.gazB, s.gazI, s.doc, s.keys, s.lex, s.known = s.gazB[:n], s.gazI[:n], s.doc[:n], s.keys[:n], s.lex[:n], s.known[:n]
	clear(s.gazB)
	clear(s.gazI)
	clear(s.doc)
	clear(s.known)
	s.cueB, s.cueIn, s.cueEnd = grow(s.cueB), grow(s.cueIn), grow(s.cueEnd)
}

func (f *featurizer) known(s *sentence, key string) bool {
	if f.cues.word(key) != 0 {
		return true
	}
	if f.gaz == nil {
		return false
	}
	s.scratch[0] = key
	n, _ := f.gaz.Match(s.scratch[:])
	return n == 1
}

// analyse fills s from the words of a sentence (their SearchKey forms).
// memo, when not nil, gives what is known of words seen before, and s.known
// keeps it.
func (f *featurizer) analyse(s *sentence, keys []string, memo *wordMemo) {
	n := len(keys)
	s.reset(n)
	copy(s.words, keys)
	memo.getAll(keys, s.known)
	for i, w := range keys {
		if m := s.known[i]; m != nil {
			s.nproc[i], s.stems[i], s.lex[i] = m.nproc, m.stem, m.lex
			continue
		}
		s.nproc[i], s.stems[i] = arabic.NameProclitics(w, func(k string) bool { return f.known(s, k) })
		s.lex[i] = f.pins.class(f.lex, s.stems[i])
	}
	copy(s.keys, keys)
	for i := range n {
		starts := uint8(startsCue | startsGaz)
		if k := s.known[i]; k != nil {
			starts = k.starts
		}
		s.keys[i] = s.stems[i]
		if starts&startsCue != 0 {
			if m, mask := f.cues.longest(s.keys[i:]); m > 0 {
				mask = f.trainPins.mask(s.words[i], m, mask)
				s.cueB[i] |= mask
				for j := i + 1; j < i+m; j++ {
					s.cueIn[j] |= mask
				}
				s.cueEnd[i+m-1] |= mask
			}
		}
		if f.gaz != nil && starts&startsGaz != 0 {
			if m, types := f.gaz.Match(s.keys[i:]); m > 0 {
				s.gazB[i] = types
				for j := i + 1; j < i+m; j++ {
					s.gazI[j] = types
				}
			}
		}
		s.keys[i] = s.words[i]
	}
}

// Bits of wordInfo.starts.
const (
	startsCue = 1 << iota // a cue phrase may start with the word
	startsGaz             // a gazetteer name may start with the word
)

// starts says which of f's phrase tables may have a phrase that starts
// with stem. A gazetteer other than a ListGazetteer may always have one.
func (f *featurizer) starts(stem string) uint8 {
	var b uint8
	if f.cues.startsWith(stem) {
		b |= startsCue
	}
	if g, ok := f.gaz.(*ListGazetteer); !ok || g.t.startsWith(stem) {
		b |= startsGaz
	}
	return b
}

// features appends the feature hashes of token i to buf.
func (f *featurizer) features(buf []fhash, s *sentence, i int) []fhash {
	buf = f.wordFeatures(buf, s, i)
	return f.contextFeatures(buf, s, i)
}

// wordFeatures appends the features of token i that depend on its word
// alone (its SearchKey form, given the loaded data): a decoder may add their
// weights up once per word and remember the sum.
func (f *featurizer) wordFeatures(buf []fhash, s *sentence, i int) []fhash {
	w, stem := s.words[i], s.stems[i]
	buf = append(buf,
		hStart(tBias),
		hStart(tWord).str(w),
		hStart(tStem).str(stem),
		hStart(tProclitic).str(w[:2*s.nproc[i]]), // proclitics are two-byte letters
	)
	// Affixes and character n-grams of the stem, by runes.
	var pos [64]int
	np := 0
	for j := range stem {
		if np < len(pos)-1 {
			pos[np] = j
			np++
		}
	}
	pos[np] = len(stem)
	for k := 1; k <= 3 && k <= np; k++ {
		buf = append(buf, hStart(tPrefix+byte(k-1)).str(stem[:pos[k]]))
		buf = append(buf, hStart(tSuffix+byte(k-1)).str(stem[pos[np-k]:]))
	}
	// n-grams over ^stem$: boundaries as bytes 1 and 2.
	for k := -1; k+3 <= np+1; k++ {
		h := hStart(tGram3)
		h = gramRange(h, stem, pos[:np+1], k, k+3, np)
		buf = append(buf, h)
	}
	for k := -1; k+4 <= np+1; k++ {
		h := hStart(tGram4)
		h = gramRange(h, stem, pos[:np+1], k, k+4, np)
		buf = append(buf, h)
	}
	buf = append(buf, hStart(tShape).byte(shape(w)), hStart(tLength).byte(byte(min(np, 10))))
	if arabic.HasArticle(stem) {
		nisba := byte(1)
		if r, _ := utf8.DecodeLastRuneInString(stem); r == arabic.Yeh {
			nisba = 2
		} else if len(stem) > 4 && stem[len(stem)-4:] == string([]rune{arabic.Yeh, arabic.Heh}) {
			nisba = 3
		}
		buf = append(buf, hStart(tArticleNisba).byte(nisba))
	}
	if f.lex != nil {
		buf = append(buf, hStart(tLex).byte(s.lex[i]))
	}
	if f.seen != nil {
		if m := f.seen[stem]; m != 0 {
			buf = append(buf, hStart(tSeen).byte(m))
		}
	}
	if f.classes != nil {
		buf = append(buf, hStart(tClass).u32(f.classOf(stem)))
	}
	return buf
}

// The ways a token sees a word near it: the word before it, after it, and
// two before and after.
const (
	asPrev = iota
	asNext
	asPrev2
	asNext2
	numRoles
)

// contextFeatures appends the features of token i that depend on the words
// around it.
func (f *featurizer) contextFeatures(buf []fhash, s *sentence, i int) []fhash {
	buf = f.neighbourFeatures(buf, s, i-1, asPrev)
	buf = f.neighbourFeatures(buf, s, i+1, asNext)
	buf = f.neighbourFeatures(buf, s, i-2, asPrev2)
	buf = f.neighbourFeatures(buf, s, i+2, asNext2)
	return f.pairFeatures(buf, s, i, true)
}

// neighbourFeatures appends the features that the word at j (a sentence
// boundary when j is outside the sentence) gives the token that sees it in
// role: they depend on that word alone, so a decoder may sum them once per
// word and role.
func (f *featurizer) neighbourFeatures(buf []fhash, s *sentence, j, role int) []fhash {
	n := len(s.words)
	w, stem, lex, inside := "<s>", "<s>", byte(0), false
	switch {
	case j >= n:
		w, stem = "</s>", "</s>"
	case j >= 0:
		w, stem, lex, inside = s.words[j], s.stems[j], s.lex[j], true
	}
	var tw, ts, tl, tn, tc byte
	switch role {
	case asPrev:
		tw, ts, tl, tn, tc = tWordM1, tStemM1, tLexM1, tSeenM1, tClassM1
	case asNext:
		tw, ts, tl, tn, tc = tWordP1, tStemP1, tLexP1, tSeenP1, tClassP1
	case asPrev2:
		tc = tClassM2
	default:
		tc = tClassP2
	}
	if f.classes != nil {
		c := uint32(noClass)
		if inside {
			c = f.classOf(stem)
		}
		buf = append(buf, hStart(tc).u32(c))
	}
	switch role {
	case asPrev2:
		return append(buf, hStart(tWordM2).str(w))
	case asNext2:
		return append(buf, hStart(tWordP2).str(w))
	}
	buf = append(buf, hStart(tw).str(w), hStart(ts).str(stem))
	if f.lex != nil {
		buf = append(buf, hStart(tl).byte(lex))
	}
	if f.seen != nil && inside {
		if m := f.seen[stem]; m != 0 {
			buf = append(buf, hStart(tn).byte(m))
		}
	}
	return buf
}

// pairFeatures appends the features of token i that depend on it and its
// neighbours together, or on phrases around it.
//
// With lexPair false it leaves out the lexicon classes of the token and its
// neighbours (lexPairFeature), which a decoder may look up in a table of
// its own (Recognizer.lexPairs).
func (f *featurizer) pairFeatures(buf []fhash, s *sentence, i int, lexPair bool) []fhash {
	n := len(s.words)
	w := s.words[i]
	word := func(j int) string {
		switch {
		case j < 0:
			return "<s>"
		case j >= n:
			return "</s>"
		}
		return s.words[j]
	}
	buf = append(buf,
		hStart(tBigramM1).str(word(i-1)).byte(0).str(w),
		hStart(tBigramP1).str(w).byte(0).str(word(i+1)),
	)
	// Cues of the token and its neighbours.
	cue := func(t byte, mask uint32) {
		for k := range numCues {
			if mask&(1<<k) != 0 {
				buf = append(buf, hStart(t).byte(byte(k)))
			}
		}
	}
	cue(tCue, s.cueB[i])
	cue(tCueIn, s.cueIn[i])
	var prev, next, prev2 uint32
	if i > 0 {
		prev = s.cueB[i-1]
		cue(tCueM1, prev)
		cue(tCueEndM1, s.cueEnd[i-1])
	}
	if i+1 < n {
		next = s.cueB[i+1]
		cue(tCueP1, next)
	}
	if i > 1 {
		prev2 = s.cueB[i-2]
		cue(tCueM2, prev2)
	}
	if s.cueB[i] != 0 || prev != 0 {
		buf = append(buf, hStart(tCuePair).u32(prev).u32(s.cueB[i]))
	}
	if s.cueB[i] != 0 || next != 0 {
		buf = append(buf, hStart(tStemP1Cue).u32(s.cueB[i]).u32(next))
	}
	if s.nproc[i] > 0 && s.cueB[i] != 0 {
		buf = append(buf, hStart(tProcliticCue).u32(s.cueB[i]))
	}
	// Lexicon classes of the token and its neighbours.
	if f.lex != nil {
		if lexPair {
			buf = append(buf, lexPairFeature(lexAround(s, i)))
		}
		// What the dictionary says of the word, with the cues around it:
		// a word it lacks after a title or a given name is likely a name.
		if i > 0 && s.cueB[i-1]|s.cueEnd[i-1] != 0 {
			buf = append(buf, hStart(tLexCueM1).u32(s.cueB[i-1]|s.cueEnd[i-1]).byte(s.lex[i]))
		}
		if i+1 < n && s.cueB[i+1] != 0 {
			buf = append(buf, hStart(tLexCueP1).u32(s.cueB[i+1]).byte(s.lex[i]))
		}
	}
	// Gazetteer.
	for _, t := range s.gazB[i] {
		buf = append(buf, hStart(tGazB).str(t))
	}
	for _, t := range s.gazI[i] {
		buf = append(buf, hStart(tGazI).str(t))
	}
	if i > 0 {
		for _, t := range s.gazB[i-1] {
			buf = append(buf, hStart(tGazM1).str(t))
		}
	}
	if i+1 < n {
		for _, t := range s.gazB[i+1] {
			buf = append(buf, hStart(tGazP1).str(t))
		}
	}
	return buf
}

// lexAround returns the lexicon classes of token i and of the words before
// and after it, 0 beyond the sentence.
func lexAround(s *sentence, i int) (prev, cur, next byte) {
	if i > 0 {
		prev = s.lex[i-1]
	}
	if i+1 < len(s.words) {
		next = s.lex[i+1]
	}
	return prev, s.lex[i], next
}

// lexPairFeature is the feature of the lexicon classes of a token and its
// neighbours.
func lexPairFeature(prev, cur, next byte) fhash {
	return hStart(tLexPair).byte(prev).byte(cur).byte(next)
}

// docFeatures appends the document features of token i (second pass only):
// the types that other tokens of the document with the same stem were
// given by the first pass.
func docFeatures(buf []fhash, doc []uint8, i int) []fhash {
	if d := doc[i]; d != 0 {
		buf = append(buf, hStart(tDoc).byte(d))
		if i > 0 {
			buf = append(buf, hStart(tDocPrev).byte(d).byte(doc[i-1]))
		}
	}
	if i+1 < len(doc) && doc[i+1] != 0 {
		buf = append(buf, hStart(tDocNext).byte(doc[i+1]))
	}
	return buf
}

// gramRange hashes the runes from a to b of stem, where -1 is the start mark
// and np the end mark.
func gramRange(h fhash, stem string, pos []int, a, b, np int) fhash {
	for k := a; k < b; k++ {
		switch {
		case k < 0:
			h = h.byte(1)
		case k >= np:
			h = h.byte(2)
		default:
			h = h.str(stem[pos[k]:pos[k+1]])
		}
	}
	return h
}

// shape classes of a word.
func shape(w string) byte {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case r >= '0' && r <= '9':
		return 'd'
	case arabic.IsArabicLetter(r):
		return 'a'
	case unicode.IsLetter(r):
		return 'l'
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return 'p'
	}
	return 'o'
}
