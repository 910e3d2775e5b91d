package ner

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
)

// Lexicon classes of a word: what the segmenter's dictionary says of it.
// The class is a feature of the recogniser: a word the dictionary lacks is
// often a name, even one never seen in training (a foreign name, a rare
// family name). Only the dictionary's stems and function words are used,
// not its name flags nor its counts, which come in part from ANERcorp and
// would tell the model the answers of its own training data.
const (
	lexNone      byte = iota + 1 // an Arabic word that the dictionary lacks
	lexStem                      // a dictionary stem as written
	lexInflected                 // a dictionary stem once the article or an ending is removed
	lexFunction                  // a function word (في، حتى، لكن)

	numLex = lexFunction + 1 // the classes, with 0 for a word of no class
)

// lexEnding is an inflectional ending in SearchKey form (ة folded to ه) and
// what the stem is written with instead.
type lexEnding struct{ suffix, replace string }

var lexEndings = func() []lexEnding {
	s := func(rs ...rune) string { return string(rs) }
	const (
		alef, teh, heh = arabic.Alef, arabic.Teh, arabic.Heh
		noon, waw, yeh = arabic.Noon, arabic.Waw, arabic.Yeh
	)
	return []lexEnding{ // longest first
		{s(yeh, alef, teh), s(yeh, heh)}, {s(alef, teh), s(heh)}, {s(alef, teh), ""},
		{s(yeh, waw, noon), s(yeh)}, {s(yeh, yeh, noon), s(yeh)}, {s(teh, alef, noon), s(heh)},
		{s(teh, yeh, noon), s(heh)}, {s(waw, noon), ""}, {s(yeh, noon), ""}, {s(alef, noon), ""},
		{s(yeh, heh), ""}, {s(heh), ""},
	}
}()

var (
	searchTehMarbuta = string(arabic.Heh)        // ة as SearchKey writes it
	tehMarbuta       = string(arabic.TehMarbuta) // ة as the lexicon writes it
)

// lexLookup looks up a SearchKey form in the lexicon, trying a final ه as ة.
func lexLookup(lex *arabic.Segmenter, key string) (arabic.WordInfo, bool) {
	info, ok := lex.Lookup(key)
	if !ok {
		if body, cut := strings.CutSuffix(key, searchTehMarbuta); cut && body != "" {
			info, ok = lex.Lookup(body + tehMarbuta)
		}
	}
	return info, ok
}

// lexClass is the lexicon class of a stem (SearchKey form, proclitics
// removed), or 0 for a word that is not Arabic.
func lexClass(lex *arabic.Segmenter, stem string) byte {
	if lex == nil || shape(stem) != 'a' {
		return 0
	}
	if info, ok := lexLookup(lex, stem); ok {
		switch {
		case info.Function:
			return lexFunction
		case info.Stem:
			return lexStem
		}
	}
	body, definite := arabic.CutArticle(stem)
	if definite {
		if info, ok := lexLookup(lex, body); ok && info.Stem {
			return lexInflected
		}
	}
	for _, e := range lexEndings {
		b, ok := strings.CutSuffix(body, e.suffix)
		if !ok || !arabic.AtLeastRunes(b, 2) {
			continue
		}
		if info, ok := lexLookup(lex, b+e.replace); ok && info.Stem {
			return lexInflected
		}
	}
	return lexNone
}

// lexClassNames are the names of the lexicon classes in data/lexclass.tsv.
var lexClassNames = map[string]byte{"none": lexNone, "stem": lexStem, "inflected": lexInflected, "function": lexFunction}

// lexPins holds the lexicon classes the recogniser reads for a few words
// in place of what the segmenter's dictionary says of them today: the class
// the shipped model was trained with, for a word the dictionary has moved
// since for the segmenter's sake (data/lexclass.tsv). Training reads them
// too, so the features at run time are those the model learned, and the
// shipped model is what "rasad train ner" gives (model/README.md).
type lexPins map[string]byte

// readLexPins reads lines of "WORD<TAB>CLASS" (the word as written, a
// class of lexClassNames); name is used in error messages.
func readLexPins(r io.Reader, name string) (lexPins, error) {
	pins := lexPins{}
	err := readPinned(r, name, "WORD<TAB>CLASS (none, stem, inflected or function)", lexClassNames,
		func(word string, c byte) { pins[word] = c })
	if err != nil {
		return nil, fmt.Errorf("load lexicon classes %w", err)
	}
	return pins, nil
}

// readPinned reads lines of "WORD<TAB>VALUE", VALUE a key of values, and
// gives add each word's search key with its value; want says the format
// in errors, name the file.
func readPinned[V any](r io.Reader, name, want string, values map[string]V, add func(word string, v V)) error {
	return lexicon.ReadLines(r, name, func(_ int, line string) error {
		word, value, ok := strings.Cut(strings.TrimSpace(line), "\t")
		v, known := values[strings.TrimSpace(value)]
		if !ok || !known || strings.TrimSpace(word) == "" {
			return fmt.Errorf("want %s, got %q", want, line)
		}
		add(arabic.SearchKey(strings.TrimSpace(word)), v)
		return nil
	})
}

var defaultPins = sync.OnceValue(func() lexPins {
	return lexicon.MustRead(dataFS, "data/lexclass.tsv", func(name string, r io.Reader) (lexPins, error) {
		return readLexPins(r, name)
	})
})

// class is the lexicon class of a stem (SearchKey form): the pinned class
// if it has one, else lexClass's.
func (p lexPins) class(lex *arabic.Segmenter, stem string) byte {
	if c, ok := p[stem]; ok && lex != nil {
		return c
	}
	return lexClass(lex, stem)
}
