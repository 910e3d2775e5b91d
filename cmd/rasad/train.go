package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/eval"
	"rasad/internal/ner"
	"rasad/internal/wordclass"
)

// runTrain dispatches "rasad train KIND": each kind rebuilds one model file
// from training data.
var runTrain = withKinds("train", "rebuild a model file from training data", []kind{
	{"ner", "the named-entity model, from BIO-tagged text", runTrainNER},
	{"classes", "word classes for the NER features, from unlabelled text", runTrainClasses},
})

// nerModelInfo is the source and licence the NER model file states.
const nerModelInfo = "Rasad NER model: averaged perceptron trained on ANERcorp train " +
	"(Benajiba et al. 2007; CAMeL Lab split and release, CC BY-SA 4.0). " +
	"This model file is a derivative of ANERcorp and is licensed CC BY-SA 4.0."

func runTrainNER(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "train ner", "--train FILE --out FILE [flags]", `
Train the named-entity recogniser (averaged perceptron) on BIO-tagged data
and write the model, or with --cv report cross-validation instead.`)
	trainFile := cmd.String("train", "", "training data: `FILE` of \"word TAG\" lines, blank line between sentences")
	out := cmd.String("out", "", "write the model to `FILE`")
	epochs := cmd.Int("epochs", 6, "passes over the training data")
	folds := cmd.Int("folds", 4, "jackknife folds for the second, document-level pass (1: one pass)")
	docSize := cmd.Int("doc", 20, "sentences per document window")
	prune := cmd.Float64("prune", 0.01, "drop weights smaller than this")
	cv := cmd.Int("cv", 0, "instead of training, report `N`-fold cross-validation on the training data")
	bags := cmd.Int("bags", 5, "average this many perceptrons, each trained in its own order, per pass")
	margin := cmd.Float64("margin", 1, "cost-augmented training: add this to the score of every wrong label")
	classesFile := cmd.String("classes", "", "word classes `FILE` from \"rasad train classes\" for the features (the model keeps them)")
	bias := cmd.Float64("bias", 0, "recall bias: lower the score of O by this much")
	biasGrid := cmd.String("bias-grid", "", "with --cv, also score these comma-separated recall biases")
	seed := cmd.Uint64("seed", 0, "`N` fixes the shuffled orders of the sentences in training; the same data, flags and seed give the same model file byte for byte")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	if *trainFile == "" || (*out == "" && *cv == 0) {
		return cmd.usageError("--train and --out (or --cv) are needed")
	}
	f, err := cmd.open("train", *trainFile)
	if err != nil {
		return err
	}
	sents, err := ner.ReadCoNLL(f, *trainFile)
	f.Close()
	if err != nil {
		return err
	}
	var classes *wordclass.Classes
	if *classesFile != "" {
		cf, err := cmd.open("classes", *classesFile)
		if err != nil {
			return err
		}
		classes, err = wordclass.Read(cf, *classesFile)
		cf.Close()
		if err != nil {
			return err
		}
	}
	opts := ner.TrainOptions{Classes: classes, Seed: *seed,
		Epochs: *epochs, Folds: *folds, Bags: *bags, DocSize: *docSize, Margin: *margin, Info: nerModelInfo,
		Progress: func(msg string) { fmt.Fprintf(env.stderr, "%s %s\n", time.Now().Format("15:04:05"), msg) },
	}
	if *cv > 1 {
		biases := []float32{float32(*bias)}
		for _, f := range strings.Split(*biasGrid, ",") {
			if f = strings.TrimSpace(f); f != "" {
				b, err := strconv.ParseFloat(f, 32)
				if err != nil {
					return cmd.usageError("--bias-grid: %q is not a number", f)
				}
				biases = append(biases, float32(b))
			}
		}
		return crossValidateNER(ctx, env, sents, opts, *cv, biases)
	}
	rec, err := ner.Train(sents, opts)
	if err != nil {
		return err
	}
	rec.SetRecallBias(float32(*bias))
	w, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := rec.WriteModel(w, float32(*prune)); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// crossValidateNER trains on all folds but one and scores the held-out fold,
// for each of n folds of whole document windows, and prints the summed
// scores.
func crossValidateNER(ctx context.Context, env *env, sents []ner.Sentence, opts ner.TrainOptions, n int, biases []float32) error {
	size := opts.DocSize
	if size <= 0 {
		size = 20
	}
	docs := (len(sents) + size - 1) / size
	total := eval.NERScore{}
	unseen := eval.NERScore{} // names none of whose words is an entity word of the training folds
	byBias := make([]eval.NERScore, len(biases))
	for i := range byBias {
		byBias[i] = eval.NERScore{}
	}
	for f := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		lo := f * docs / n * size
		hi := min((f+1)*docs/n*size, len(sents))
		var train []ner.Sentence
		train = append(append(train, sents[:lo]...), sents[hi:]...)
		rec, err := ner.Train(train, opts)
		if err != nil {
			return err
		}
		seen := entityWords(train)
		words := make([][]string, hi-lo)
		for k := range words {
			words[k] = sents[lo+k].Words
		}
		for i, b := range biases[1:] {
			rec.SetRecallBias(b)
			pred := rec.TagWords(words)
			for k := range words {
				byBias[i+1].ScoreBIO(sents[lo+k].Tags, pred[k])
			}
		}
		rec.SetRecallBias(biases[0])
		pred := rec.TagWords(words)
		fold := eval.NERScore{}
		for k := range words {
			fold.ScoreBIO(sents[lo+k].Tags, pred[k])
			total.ScoreBIO(sents[lo+k].Tags, pred[k])
			unseen.ScoreBIO(unseenSpans(words[k], sents[lo+k].Tags, seen), unseenSpans(words[k], pred[k], seen))
		}
		m := fold.Micro()
		fmt.Fprintf(env.stdout, "fold %d  P %5.1f  R %5.1f  F1 %5.1f\n", f+1, m.Precision(), m.Recall(), m.F1())
	}
	for i, b := range biases[1:] {
		m := byBias[i+1].Micro()
		fmt.Fprintf(env.stdout, "bias %g  P %5.1f  R %5.1f  F1 %5.1f\n", b, m.Precision(), m.Recall(), m.F1())
	}
	u := unseen.Micro()
	fmt.Fprintf(env.stdout, "unseen names (%d)  P %5.1f  R %5.1f  F1 %5.1f\n", u.Gold, u.Precision(), u.Recall(), u.F1())
	return total.WriteNER(env.stdout)
}

// entityWords is the set of the words (SearchKey) tagged as part of a name
// in sents.
func entityWords(sents []ner.Sentence) map[string]bool {
	seen := make(map[string]bool)
	for _, s := range sents {
		for i, t := range s.Tags {
			if t != "O" {
				seen[arabic.SearchKey(s.Words[i])] = true
			}
		}
	}
	return seen
}

// unseenSpans returns tags with every span that has a word of seen made O:
// scoring what is left measures the names that training never showed, as
// most of the person names of the ANERcorp test are.
func unseenSpans(words, tags []string, seen map[string]bool) []string {
	out := slices.Clone(tags)
	for i := 0; i < len(out); i++ {
		if out[i] == "O" {
			continue
		}
		typ := out[i][min(2, len(out[i])):]
		j := i
		for j+1 < len(out) && out[j+1] == "I-"+typ {
			j++
		}
		if slices.ContainsFunc(words[i:j+1], func(w string) bool { return seen[arabic.SearchKey(w)] }) {
			for k := i; k <= j; k++ {
				out[k] = "O"
			}
		}
		i = j
	}
	return out
}
