package arabic

import "rasad/internal/news"

// Tuning hooks for tests in package arabic_test.

// Weights is the exported view of weights for tuning experiments.
type Weights = weights

// WithWeights returns a copy of s that scores with w.
func (s *Segmenter) WithWeights(f func(w *Weights)) *Segmenter {
	c := &Segmenter{w: s.w, folded: s.folded, exact: s.exact, memo: &memo{parts: make(map[string][]news.Part)}}
	f(&c.w)
	return c
}

// Field returns the weight named name, or nil.
func (w *weights) Field(name string) *float64 {
	switch name {
	case "known":
		return &w.known
	case "knownWhole":
		return &w.knownWhole
	case "name":
		return &w.name
	case "preferred":
		return &w.preferred
	case "function":
		return &w.function
	case "count":
		return &w.count
	case "waw":
		return &w.waw
	case "feh":
		return &w.feh
	case "beh":
		return &w.beh
	case "lam":
		return &w.lam
	case "kaf":
		return &w.kaf
	case "seen":
		return &w.seen
	case "enc":
		return &w.enc
	case "encRare":
		return &w.encRare
	}
	return nil
}
