package ner

import (
	"errors"
	"fmt"
	"slices"

	"rasad/internal/arabic"
	"rasad/internal/wordclass"
)

// TrainOptions say how to train a Recognizer.
type TrainOptions struct {
	Epochs int // passes over the data; 0 means 8
	// Folds is the number of folds of the jackknife that gives the second
	// pass its document features: each fold is labelled by a first-pass
	// model trained on the others, so that the second pass learns how far
	// to trust first-pass labels it has not seen in training. 0 or 1 trains
	// a one-pass model.
	Folds   int
	DocSize int    // sentences per document window; 0 means 20
	Seed    uint64 // fixes the order of sentences in training
	// Margin is the margin of cost-augmented training (see trainParams);
	// 0 for none.
	Margin float64
	// Bags is how many perceptrons, each trained in its own order, are
	// averaged into each pass; 0 or 1 trains one.
	Bags int
	// Gazetteer is the gazetteer of places and organisations the features
	// use; nil means DefaultGazetteer. A model must be used with the
	// gazetteer it was trained with.
	Gazetteer Gazetteer
	// Classes are word classes learned from unlabelled text (package
	// wordclass, over the stems that Stemmer.Stems gives); nil for none.
	// The model file keeps them.
	Classes *wordclass.Classes
	// Info is the source and licence that the model file states.
	Info string
	// Progress, if set, is told what training is doing.
	Progress func(msg string)
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	if o.DocSize <= 0 {
		o.DocSize = 20
	}
	if o.Gazetteer == nil {
		o.Gazetteer = DefaultGazetteer()
	}
	if o.Progress == nil {
		o.Progress = func(string) {}
	}
}

// Train trains a Recognizer on BIO-tagged sentences, read as documents of
// opts.DocSize consecutive sentences.
func Train(sents []Sentence, opts TrainOptions) (*Recognizer, error) {
	opts.defaults()
	if len(sents) == 0 {
		return nil, errors.New("train: no sentences")
	}
	cues := loadCues()
	r := &Recognizer{f: featurizer{cues: cues, gaz: opts.Gazetteer, lex: arabic.DefaultSegmenter(), pins: defaultPins(), trainPins: defaultCuePins(), classes: opts.Classes}, docSize: opts.DocSize, info: opts.Info}
	keys := make([][]string, len(sents))
	gold := make([][]int, len(sents))
	for k, s := range sents {
		keys[k] = keysOf(s.Words)
		gold[k] = make([]int, len(s.Tags))
		for i, t := range s.Tags {
			gold[k][i] = labelIndex(t)
		}
	}
	// The entity words of training, across folds: each chunk of documents
	// gets its seen-words features from the other chunks only.
	const seenFolds = 5
	docs := (len(sents) + opts.DocSize - 1) / opts.DocSize
	chunkOf := make([]int, len(sents))
	chunkF := make([]*featurizer, seenFolds)
	for c := range seenFolds {
		lo, hi := foldRange(c, seenFolds, docs, opts.DocSize, len(sents))
		for k := lo; k < hi; k++ {
			chunkOf[k] = c
		}
		f := r.f
		f.seen = r.seenWords(keys, gold, func(k int) bool { return k < lo || k >= hi })
		chunkF[c] = &f
	}
	r.f.seen = r.seenWords(keys, gold, func(int) bool { return true })
	fz := func(k int) *featurizer { return chunkF[chunkOf[k]] }
	opts.Progress(fmt.Sprintf("pass 1 on %d sentences", len(sents)))
	pass1Data := r.instances(keys, gold, nil, fz)
	tp := trainParams{epochs: opts.Epochs, margin: float32(opts.Margin)}
	r.pass1 = trainBagged(pass1Data, tp, opts.Seed, opts.Bags)
	if opts.Folds <= 1 {
		return r, nil
	}
	// Jackknife: first-pass labels for every sentence from a model that did
	// not see it. Folds are runs of whole documents.
	firstLabels := make([][]int, len(sents))
	for f := range opts.Folds {
		lo, hi := foldRange(f, opts.Folds, docs, opts.DocSize, len(sents))
		opts.Progress(fmt.Sprintf("jackknife fold %d/%d: sentences %d-%d", f+1, opts.Folds, lo, hi))
		var trData []instance
		trData = append(append(trData, pass1Data[:lo]...), pass1Data[hi:]...)
		fm := trainPerceptron(trData, tp, opts.Seed+uint64(f)+1)
		// Label the held-out fold with the features it was given above.
		var sc scratch
		for k := lo; k < hi; k++ {
			in := &pass1Data[k]
			sc.feats, sc.offs = in.feats, in.offs
			r.decode(fm, &sc, len(in.gold), nil)
			firstLabels[k] = slices.Clone(sc.labels[:len(in.gold)])
		}
	}
	opts.Progress("pass 2")
	r.pass2 = trainBagged(r.instances(keys, gold, firstLabels, fz), tp, opts.Seed+1000, opts.Bags)
	r.finish()
	return r, nil
}

// foldRange is the range of sentences of fold f of n, in whole documents.
func foldRange(f, n, docs, docSize, total int) (lo, hi int) {
	return min(f*docs/n*docSize, total), min((f+1)*docs/n*docSize, total)
}

// seenWords collects the stems of the entity tokens of the sentences that
// use accepts, each with a bit per label (bit l-1 for label l).
func (r *Recognizer) seenWords(keys [][]string, gold [][]int, use func(k int) bool) map[string]uint8 {
	seen := make(map[string]uint8)
	var s sentence
	for k := range keys {
		if !use(k) {
			continue
		}
		r.f.analyse(&s, keys[k], nil)
		for i, l := range gold[k] {
			if l != lO {
				seen[s.stems[i]] |= 1 << (l - 1)
			}
		}
	}
	return seen
}

// instances makes the training instances of sentences, as documents of
// r.docSize sentences, with the featurizer fz gives each sentence; with
// first-pass labels, they carry document features.
func (r *Recognizer) instances(keys [][]string, gold [][]int, first [][]int, fz func(k int) *featurizer) []instance {
	var out []instance
	var s sentence
	for a := 0; a < len(keys); a += r.docSize {
		b := min(a+r.docSize, len(keys))
		var dl docLabels
		if first != nil {
			dl = docLabels{}
			for k := a; k < b; k++ {
				r.f.analyse(&s, keys[k], nil)
				for i, l := range first[k] {
					dl.add(s.stems[i], l)
				}
			}
		}
		for k := a; k < b; k++ {
			r.f.analyse(&s, keys[k], nil)
			if dl != nil {
				for i, l := range first[k] {
					s.doc[i] = dl.mask(s.stems[i], l)
				}
			}
			in := instance{gold: gold[k], offs: []int32{0}}
			f := fz(k)
			for i := range keys[k] {
				in.feats = f.features(in.feats, &s, i)
				if dl != nil {
					in.feats = docFeatures(in.feats, s.doc, i)
				}
				in.offs = append(in.offs, int32(len(in.feats)))
			}
			out = append(out, in)
		}
	}
	return out
}

// A Stemmer gives the stems of words as the features of a model trained
// with the default word lists and DefaultGazetteer see them: proclitics
// removed where the word is not known whole. The word classes of
// TrainOptions.Classes are learned over these stems. It is safe for
// concurrent use.
type Stemmer struct{ f featurizer }

// NewStemmer loads the word lists a Stemmer needs.
func NewStemmer() (*Stemmer, error) {
	cues := loadCues()
	return &Stemmer{f: featurizer{cues: cues, gaz: DefaultGazetteer()}}, nil
}

// Stems returns the stems of the words of one sentence (SearchKey forms).
func (st *Stemmer) Stems(words []string) []string {
	var s sentence
	st.f.analyse(&s, words, nil)
	return slices.Clone(s.stems)
}
