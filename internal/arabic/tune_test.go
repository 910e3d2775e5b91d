package arabic_test

import (
	"fmt"
	"os"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/eval"
)

// TestTuneWeights searches the segmenter's weights on a development
// treebank named by RASAD_TUNE_CONLLU (UD Arabic-PADT dev); it is skipped
// otherwise. Never point it at a test set.
func TestTuneWeights(t *testing.T) {
	file := os.Getenv("RASAD_TUNE_CONLLU")
	if file == "" {
		t.Skip("RASAD_TUNE_CONLLU not set")
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, _, err := eval.ReadCoNLLU(f, file)
	if err != nil {
		t.Fatal(err)
	}
	base := arabic.DefaultSegmenter()
	f1 := func(set func(w *arabic.Weights)) float64 {
		return eval.Segment(sents, base.WithWeights(set)).Words.F1()
	}
	type knob struct {
		name string
		ptr  func(w *arabic.Weights) *float64
		vals []float64
	}
	knobs := []knob{
		{"known", func(w *arabic.Weights) *float64 { return w.Field("known") }, []float64{2, 3, 4, 5}},
		{"knownWhole", func(w *arabic.Weights) *float64 { return w.Field("knownWhole") }, []float64{1, 2, 3, 4}},
		{"name", func(w *arabic.Weights) *float64 { return w.Field("name") }, []float64{0, 0.5, 1, 2}},
		{"preferred", func(w *arabic.Weights) *float64 { return w.Field("preferred") }, []float64{0, 1, 2, 4}},
		{"function", func(w *arabic.Weights) *float64 { return w.Field("function") }, []float64{0, 1, 1.5, 3}},
		{"count", func(w *arabic.Weights) *float64 { return w.Field("count") }, []float64{0.5, 0.75, 1, 1.5}},
		{"waw", func(w *arabic.Weights) *float64 { return w.Field("waw") }, []float64{0, 0.5, 1, 1.5, 2}},
		{"feh", func(w *arabic.Weights) *float64 { return w.Field("feh") }, []float64{0.5, 1, 1.5, 2, 3}},
		{"beh", func(w *arabic.Weights) *float64 { return w.Field("beh") }, []float64{0.5, 1, 1.5, 2, 3}},
		{"lam", func(w *arabic.Weights) *float64 { return w.Field("lam") }, []float64{0.5, 1, 1.5, 2, 3}},
		{"kaf", func(w *arabic.Weights) *float64 { return w.Field("kaf") }, []float64{1, 2, 3, 4}},
		{"seen", func(w *arabic.Weights) *float64 { return w.Field("seen") }, []float64{0, 0.5, 1, 2}},
		{"enc", func(w *arabic.Weights) *float64 { return w.Field("enc") }, []float64{0, 0.5, 1, 1.5, 2}},
		{"encRare", func(w *arabic.Weights) *float64 { return w.Field("encRare") }, []float64{0.5, 1.5, 3}},
	}
	cur := map[string]float64{}
	apply := func(w *arabic.Weights) {
		for _, k := range knobs {
			if v, ok := cur[k.name]; ok {
				*k.ptr(w) = v
			}
		}
	}
	best := f1(apply)
	t.Logf("start F1 %.2f", best)
	for round := 0; round < 2; round++ {
		for _, k := range knobs {
			for _, v := range k.vals {
				old, had := cur[k.name]
				cur[k.name] = v
				if got := f1(apply); got > best+0.005 {
					best = got
					t.Logf("%s=%v F1 %.2f", k.name, v, got)
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
	t.Logf("best F1 %.2f with %s", best, fmt.Sprint(cur))
}
