package arabic

import (
	"fmt"
	"slices"

	"rasad/internal/news"
)

// weightNames name the segmenter's weights, in the order of weights.
var weightNames = slices.Concat([]string{"known", "knownWhole", "name", "preferred", "function", "count"},
	procliticWeights[:], []string{"enc", "encRare"})

// procliticWeights name the costs of weights.pro.
var procliticWeights = [len(procliticLetters)]string{"waw", "feh", "beh", "lam", "kaf", "seen"}

// WeightNames returns the names of the weights that score the segmenter's
// splits, which WithWeights sets.
func WeightNames() []string { return append([]string(nil), weightNames...) }

// WithWeights returns a copy of s, with a memo of its own, that scores
// with the weights named in set changed and the others as in s; a name
// that is not one of WeightNames is an error. It is for tuning the weights
// on a development treebank (go run ./internal/arabic/cmd/tuneweights).
func (s *Segmenter) WithWeights(set map[string]float64) (*Segmenter, error) {
	c := &Segmenter{w: s.w, folded: s.folded, exact: s.exact,
		memo: &memo{parts: make(map[string][]news.Part), stems: make(map[string]string)}}
	for name, v := range set {
		p := c.w.field(name)
		if p == nil {
			return nil, fmt.Errorf("segmenter weight %q: no such weight (%v)", name, weightNames)
		}
		*p = v
	}
	return c, nil
}

// field returns the weight named name, or nil.
func (w *weights) field(name string) *float64 {
	k := slices.Index(weightNames, name)
	if k < 0 {
		return nil
	}
	// The fields in the order of weightNames.
	fields := []*float64{&w.known, &w.knownWhole, &w.name, &w.preferred, &w.function, &w.count}
	for j := range w.pro {
		fields = append(fields, &w.pro[j])
	}
	return append(fields, &w.enc, &w.encRare)[k]
}
