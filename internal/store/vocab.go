package store

import "sync"

// Known remembers index terms that are committed to a store's vocabulary
// table, so that Put writes only the terms it has not seen (after a few
// thousand documents, almost none). Terms are added only after their
// transaction commits; the vocabulary never loses a term, so a remembered
// term is always there. It is safe for concurrent use.
type Known struct {
	mu  sync.Mutex
	set map[string]struct{}
}

// maxKnown bounds the memory Known uses (about 40 MB of terms); past it,
// new terms are written every time, which is only slower.
const maxKnown = 1 << 20

// Unknown returns the terms that are not known to be stored.
func (k *Known) Unknown(terms []string) []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	var out []string
	for _, t := range terms {
		if _, ok := k.set[t]; !ok {
			out = append(out, t)
		}
	}
	return out
}

// Add remembers terms that a committed transaction stored.
func (k *Known) Add(terms []string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.set == nil {
		k.set = make(map[string]struct{}, 1024)
	}
	for _, t := range terms {
		if len(k.set) >= maxKnown {
			return
		}
		k.set[t] = struct{}{}
	}
}
