package ner

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
)

var update = flag.Bool("update", false, "rewrite testdata/features.golden from the features computed now")

// TestFeaturesAsTrained fails when the features training computes for the
// sentences of testdata/features.txt and article.txt (each word's stem,
// proclitic letters, lexicon class, cue kinds and gazetteer kinds) differ
// from those the shipped model was trained with, written in
// testdata/features.golden with the model file's digest; they are the
// run-time features but for the words of data/cuepins.tsv. A change to the
// lexicon, the cue classes or the gazetteer that moves them calls for
// retraining the model (model/README.md), then -update; the golden's
// digest makes a retrain rewrite it. features.txt holds a sentence for
// each word of ANERcorp train whose features once moved (.ci/eval retrains
// the model and compares it with the shipped file, which sees the rest).
func TestFeaturesAsTrained(t *testing.T) {
	var text []byte
	for _, name := range []string{"testdata/features.txt", "testdata/article.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text = append(text, b...)
	}
	f := testFeaturizer(t)
	f.trainPins = defaultCuePins() // as Train reads them
	got := "model " + DefaultRecognizer().digest + "\n" + featureTable(f, string(text))
	const golden = "testdata/features.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got == string(want) {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			t.Fatalf("%s:%d: the features differ from those the model was trained with:\n got %s\nwant %s\n"+
				"retrain the model (model/README.md) and run go test -run TestFeaturesAsTrained -update, "+
				"or keep a moved dictionary class in data/lexclass.tsv (a cue kind of a training word in data/cuepins.tsv)", golden, i+1, g[i], w[i])
		}
	}
	t.Fatalf("%s: %d lines, computed %d", golden, len(w), len(g))
}

// featureTable is the analysis of every line of text that is not a comment,
// its words split at what is no letter or digit: a line a word (its key,
// stem, proclitic letters, lexicon class, cue masks at, in and ending at
// it, gazetteer kinds starting at and continuing through it, sorted), a
// blank line after each sentence.
func featureTable(f featurizer, text string) string {
	var b strings.Builder
	var s sentence
	for line := range strings.Lines(text) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		words := strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(words) == 0 {
			continue
		}
		keys := keysOf(words)
		f.analyse(&s, keys, nil)
		for i, k := range keys {
			fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%d/%d/%d\t%s/%s\n", k, s.stems[i], s.nproc[i], s.lex[i],
				s.cueB[i], s.cueIn[i], s.cueEnd[i], sortedKinds(s.gazB[i]), sortedKinds(s.gazI[i]))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// sortedKinds joins gazetteer kinds in sorted order: the features of a
// name's kinds do not depend on their order.
func sortedKinds(kinds []string) string {
	return strings.Join(slices.Sorted(slices.Values(kinds)), ",")
}
