// Command tuneweights searches the weights of the segmenter
// (arabic.WeightNames) for the best words F1 on a development treebank,
// knob by knob over a grid, twice round:
//
//	go run ./internal/arabic/cmd/tuneweights -conllu ../shared/data/ud-arabic-padt/ar_padt-ud-dev.conllu
//
// It prints the F1 it starts from, each change that gains more than 0.005,
// and the best setting. Never point it at a test set.
package main

import (
	"flag"
	"fmt"
	"os"

	"rasad/internal/arabic"
	"rasad/internal/eval"
)

// knobs are the weights tried and the values tried for each.
var knobs = []struct {
	name string
	vals []float64
}{
	{"known", []float64{2, 3, 4, 5}},
	{"knownWhole", []float64{1, 2, 3, 4}},
	{"name", []float64{0, 0.5, 1, 2}},
	{"preferred", []float64{0, 1, 2, 4}},
	{"function", []float64{0, 1, 1.5, 3}},
	{"count", []float64{0.5, 0.75, 1, 1.5}},
	{"waw", []float64{0, 0.5, 1, 1.5, 2}},
	{"feh", []float64{0.5, 1, 1.5, 2, 3}},
	{"beh", []float64{0.5, 1, 1.5, 2, 3}},
	{"lam", []float64{0.5, 1, 1.5, 2, 3}},
	{"kaf", []float64{1, 2, 3, 4}},
	{"seen", []float64{0, 0.5, 1, 2}},
	{"enc", []float64{0, 0.5, 1, 1.5, 2}},
	{"encRare", []float64{0.5, 1.5, 3}},
}

func main() {
	file := flag.String("conllu", "", "the development treebank `FILE` in CoNLL-U (UD Arabic-PADT dev)")
	flag.Parse()
	if *file == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/arabic/cmd/tuneweights -conllu FILE")
		os.Exit(2)
	}
	if err := tune(*file); err != nil {
		fmt.Fprintln(os.Stderr, "tuneweights:", err)
		os.Exit(1)
	}
}

func tune(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, _, err := eval.ReadCoNLLU(f, file)
	if err != nil {
		return err
	}
	base := arabic.DefaultSegmenter()
	cur := map[string]float64{}
	f1 := func() (float64, error) {
		s, err := base.WithWeights(cur)
		if err != nil {
			return 0, err
		}
		return eval.Segment(sents, s).Words.F1(), nil
	}
	best, err := f1()
	if err != nil {
		return err
	}
	fmt.Printf("start F1 %.2f\n", best)
	for round := 0; round < 2; round++ {
		for _, k := range knobs {
			for _, v := range k.vals {
				old, had := cur[k.name]
				cur[k.name] = v
				got, err := f1()
				if err != nil {
					return err
				}
				if got > best+0.005 {
					best = got
					fmt.Printf("%s=%v F1 %.2f\n", k.name, v, got)
					continue
				}
				if had {
					cur[k.name] = old
				} else {
					delete(cur, k.name)
				}
			}
		}
	}
	fmt.Printf("best F1 %.2f with %v\n", best, cur)
	return nil
}
