package ner

import (
	"fmt"
	"io"
	"sync"

	"rasad/internal/lexicon"
)

// cuePins holds, for a few words of the training corpus (SearchKey form),
// the cue kinds training leaves out of the word's one-word cue: kinds the
// lexicon gave the word only after the shipped model was trained
// (data/cuepins.tsv). Training reads them, the run-time recogniser does
// not, so "rasad train ner" reproduces the shipped model while a name
// added to the lexicon still reaches it at run time (model/README.md).
type cuePins map[string]uint32

// cueKinds names the cue kinds of data/cuepins.tsv: the first lexicon
// class each kind reads.
func cueKinds() map[string]uint32 {
	m := make(map[string]uint32, len(cueClasses))
	for _, c := range cueClasses {
		m[c.classes[0]] = c.cue
	}
	return m
}

// readCuePins reads lines of "WORD<TAB>CUE"; name is used in error messages.
func readCuePins(r io.Reader, name string) (cuePins, error) {
	pins := cuePins{}
	err := readPinned(r, name, "WORD<TAB>CUE (a cue kind such as given-name)", cueKinds(),
		func(word string, cue uint32) { pins[word] |= cue })
	if err != nil {
		return nil, fmt.Errorf("load training cue pins %w", err)
	}
	return pins, nil
}

var defaultCuePins = sync.OnceValue(func() cuePins {
	return lexicon.MustRead(dataFS, "data/cuepins.tsv", func(name string, r io.Reader) (cuePins, error) {
		return readCuePins(r, name)
	})
})

// mask is the cue mask of a phrase of n words starting at word: without
// the pinned kinds when the phrase is the word alone.
func (p cuePins) mask(word string, n int, mask uint32) uint32 {
	if n == 1 {
		mask &^= p[word]
	}
	return mask
}
