package entity

import (
	"errors"
	"fmt"
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
	// Gazetteer is the gazetteer of places and organisations the features
	// use; nil means DefaultGazetteer. A model must be used with the
	// gazetteer it was trained with.
	Gazetteer Gazetteer
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
	cues, err := loadCues()
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	r := &Recognizer{f: featurizer{cues: cues, gaz: opts.Gazetteer}, docSize: opts.DocSize, info: opts.Info}
	keys := make([][]string, len(sents))
	gold := make([][]int, len(sents))
	for k, s := range sents {
		keys[k] = keysOf(s.Words)
		gold[k] = make([]int, len(s.Tags))
		for i, t := range s.Tags {
			gold[k][i] = labelIndex(t)
		}
	}
	opts.Progress(fmt.Sprintf("pass 1 on %d sentences", len(sents)))
	r.pass1 = trainPerceptron(r.instances(keys, gold, nil), opts.Epochs, opts.Seed)
	if opts.Folds <= 1 {
		return r, nil
	}
	// Jackknife: first-pass labels for every sentence from a model that did
	// not see it. Folds are runs of whole documents.
	firstLabels := make([][]int, len(sents))
	docs := (len(sents) + opts.DocSize - 1) / opts.DocSize
	for f := range opts.Folds {
		lo := f * docs / opts.Folds * opts.DocSize
		hi := min((f+1)*docs/opts.Folds*opts.DocSize, len(sents))
		opts.Progress(fmt.Sprintf("jackknife fold %d/%d: sentences %d-%d", f+1, opts.Folds, lo, hi))
		var trK [][]string
		var trG [][]int
		trK = append(append(trK, keys[:lo]...), keys[hi:]...)
		trG = append(append(trG, gold[:lo]...), gold[hi:]...)
		fr := &Recognizer{f: r.f, docSize: opts.DocSize}
		fr.pass1 = trainPerceptron(fr.instances(trK, trG, nil), opts.Epochs, opts.Seed+uint64(f)+1)
		for a := lo; a < hi; a += opts.DocSize {
			b := min(a+opts.DocSize, hi)
			fr.labelDocument(keys[a:b], func(k int, _ *sentence, labels []int, _ []float32) {
				firstLabels[a+k] = append([]int(nil), labels...)
			})
		}
	}
	opts.Progress("pass 2")
	r.pass2 = trainPerceptron(r.instances(keys, gold, firstLabels), opts.Epochs, opts.Seed+1000)
	return r, nil
}

// instances makes the training instances of sentences, as documents of
// r.docSize sentences; with first-pass labels, they carry document features.
func (r *Recognizer) instances(keys [][]string, gold [][]int, first [][]int) []instance {
	var out []instance
	var s sentence
	for a := 0; a < len(keys); a += r.docSize {
		b := min(a+r.docSize, len(keys))
		var dl docLabels
		if first != nil {
			dl = docLabels{}
			for k := a; k < b; k++ {
				r.f.analyse(&s, keys[k])
				for i, l := range first[k] {
					dl.add(s.stems[i], l)
				}
			}
		}
		for k := a; k < b; k++ {
			r.f.analyse(&s, keys[k])
			if dl != nil {
				for i, l := range first[k] {
					s.doc[i] = dl.mask(s.stems[i], l)
				}
			}
			in := instance{gold: gold[k], offs: []int32{0}}
			for i := range keys[k] {
				in.feats = r.f.features(in.feats, &s, i)
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
