package arabic

import (
	"strings"
	"sync"

	"rasad/internal/news"
)

// memo remembers the parts of the words a Segmenter has seen, offsets
// relative to the word, up to memoMax words, and the stems Stem gave, up
// to stemMemoMax: news repeats its words, and a remembered word costs one
// lookup instead of a search of its splits. It changes no result.
type memo struct {
	mu    sync.RWMutex
	parts map[string][]news.Part
	stems map[string]string
}

const (
	memoMax     = 1 << 16
	stemMemoMax = 200_000
)

func (m *memo) stem(word string) (string, bool) {
	m.mu.RLock()
	s, ok := m.stems[word]
	m.mu.RUnlock()
	return s, ok
}

func (m *memo) putStem(word, stem string) {
	m.mu.Lock()
	if len(m.stems) < stemMemoMax {
		m.stems[strings.Clone(word)] = stem
	}
	m.mu.Unlock()
}

// put remembers the parts of word, relative to base, copying every string
// so that the memo holds no text of the caller's.
func (m *memo) put(word string, parts []news.Part, base int) {
	m.mu.RLock()
	full := len(m.parts) >= memoMax
	m.mu.RUnlock()
	if full {
		return
	}
	rel := make([]news.Part, len(parts))
	for i, p := range parts {
		form := p.Form
		if p.Role == news.Stem {
			form = strings.Clone(form) // clitics' forms are constants
		}
		rel[i] = news.Part{Start: p.Start - base, End: p.End - base, Form: form, Role: p.Role}
	}
	m.mu.Lock()
	if len(m.parts) < memoMax {
		m.parts[strings.Clone(word)] = rel
	}
	m.mu.Unlock()
}
