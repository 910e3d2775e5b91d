package arabic

// Tuning hooks for tests in package arabic_test.

// Weights is the exported view of weights for tuning experiments.
type Weights = weights

// WithWeights returns a copy of s that scores with w.
func (s *Segmenter) WithWeights(f func(w *Weights)) *Segmenter {
	c := *s
	f(&c.w)
	return &c
}
