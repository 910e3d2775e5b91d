package ner

import (
	"strings"
	"sync"
)

// wordInfo is what the recogniser learns of a word alone, whatever its
// sentence: its proclitics, stem and lexicon class, and the sums of the
// weights, both passes, in the joint table's units, of its word features
// (featurizer.wordFeatures) and of the features it gives each neighbour
// that sees it (featurizer.neighbourFeatures, by role). It never changes
// once made.
type wordInfo struct {
	nproc int
	stem  string
	lex   byte
	// starts says which phrase tables have a phrase that begins with
	// stem (startsCue, startsGaz): analyse looks the others up no further.
	starts uint8
	self   [2][numLabels]int32
	roles  [numRoles][2][numLabels]int32
}

// wordMemo remembers wordInfo by word (SearchKey form). News repeats its
// words, so most tokens of a text are found here and cost only their context
// features. It is safe for concurrent use.
type wordMemo struct {
	mu sync.RWMutex
	m  map[string]*wordInfo
}

// maxMemo is the most words a memo holds; it starts again empty beyond.
const maxMemo = 1 << 16

// getAll sets out[i] to what m knows of words[i], nil where it knows
// nothing, under one read lock: a lock per word costs a shared counter's
// round trip between cores when several goroutines recognise at once.
func (m *wordMemo) getAll(words []string, out []*wordInfo) {
	if m == nil {
		return
	}
	m.mu.RLock()
	for i, w := range words {
		out[i] = m.m[w]
	}
	m.mu.RUnlock()
}

// put remembers info for w. It copies w and info's stem, so that the memo
// holds no text of the caller's (a word may be a slice of its whole
// article).
func (m *wordMemo) put(w string, info *wordInfo) {
	w = strings.Clone(w)
	if strings.HasSuffix(w, info.stem) {
		info.stem = w[len(w)-len(info.stem):]
	} else {
		info.stem = strings.Clone(info.stem)
	}
	m.mu.Lock()
	if m.m == nil || len(m.m) >= maxMemo {
		m.m = make(map[string]*wordInfo, 1024)
	}
	m.m[w] = info
	m.mu.Unlock()
}

// ForgetWords empties the word memo of r, for benchmarks (here and in the
// packages that call the recogniser) that must not measure one text
// remembered. It must not run while r is in use.
func ForgetWords(r *Recognizer) {
	if r.memo != nil {
		r.memo = &wordMemo{}
	}
}
