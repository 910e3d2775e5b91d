package event

// The harness that fits data/report.tsv on the dev split of
// arabic-event-gsr. It needs the data, so it runs only when asked:
//
//	RASAD_FIT_GSR=../shared/data/arabic-event-gsr RASAD_FIT=cv go test -run TestFitReport ./internal/event
//	RASAD_FIT_GSR=... RASAD_FIT=write go test -run TestFitReport ./internal/event > model.tsv
//
// "cv" prints two-fold cross-validated F1 on dev for a grid of settings;
// "write" fits on all of dev with the chosen settings and prints the
// model. The test split is never read.

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"rasad/internal/eval"
)

type fitItem struct {
	yes   bool
	has   bool
	x     []float64
	words map[string]bool
	text  string
}

func fitSplit() map[string]string {
	split := map[string]string{}
	b, _ := os.ReadFile(filepath.Join(os.Getenv("RASAD_FIT_GSR"), "split.tsv"))
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Split(l, "\t")
		if len(f) == 3 {
			split[f[0]+"\t"+f[1]] = f[2]
		}
	}
	return split
}

func fitLoad(t *testing.T, typ, want string) []fitItem {
	lower := strings.ToLower(typ)
	split := fitSplit()
	c := DefaultCoder()
	analyse := eval.InterimAnalyser()
	var cur []float64
	var words map[string]bool
	var has bool
	traceReport = func(code string, s float64, x []float64, ws []string) {
		if Plover(code) != typ {
			return
		}
		has = true
		for _, w := range ws {
			words[w] = true
		}
		if cur == nil {
			cur = append([]float64(nil), x...)
			return
		}
		for i := range x {
			cur[i] = math.Max(cur[i], x[i])
		}
	}
	defer func() { traceReport = nil }()
	var out []fitItem
	f, _ := os.Open(filepath.Join(os.Getenv("RASAD_FIT_GSR"), lower+"_gsr.csv"))
	recs, _ := csv.NewReader(f).ReadAll()
	for _, r := range recs[1:] {
		if split[lower+"\t"+r[3]] != want || r[4] == "ambiguous" {
			continue
		}
		cur, has, words = nil, false, map[string]bool{}
		c.Code(analyse(r[6]))
		out = append(out, fitItem{yes: r[4] == "yes", has: has, x: cur, words: words, text: r[6]})
	}
	return out
}

type fitModel struct {
	w     []float64
	words map[string]float64
	bias  float64
}

func (m *fitModel) score(it fitItem) float64 {
	s := m.bias
	for i, v := range it.x {
		s += m.w[i] * v
	}
	for w := range it.words {
		s += m.words[w]
	}
	return s
}

func fitTrain(items []fitItem, reg float64, minCount int) *fitModel {
	count := map[string]int{}
	var tr []fitItem
	for _, it := range items {
		if it.has {
			tr = append(tr, it)
			for w := range it.words {
				count[w]++
			}
		}
	}
	m := &fitModel{w: make([]float64, nFeatures), words: map[string]float64{}}
	lr := 0.2
	for epoch := 0; epoch < 600; epoch++ {
		g := make([]float64, nFeatures)
		gw := map[string]float64{}
		for _, it := range tr {
			y := 0.0
			if it.yes {
				y = 1
			}
			p := 1 / (1 + math.Exp(-m.score(it)))
			for i := range g {
				g[i] += (p - y) * it.x[i]
			}
			for w := range it.words {
				if count[w] >= minCount {
					gw[w] += p - y
				}
			}
		}
		n := float64(len(tr))
		for i := range m.w {
			m.w[i] -= lr * (g[i]/n + 0.001*m.w[i])
		}
		for w, v := range gw {
			m.words[w] -= lr * (v/n + reg*m.words[w])
		}
		for w := range m.words {
			if _, ok := gw[w]; !ok {
				m.words[w] -= lr * reg * m.words[w]
			}
		}
	}
	return m
}

func fitF1(items []fitItem, m *fitModel, shift float64) (float64, float64, float64) {
	var tp, fp, fn int
	for _, it := range items {
		got := it.has && m.score(it)+shift >= 0
		switch {
		case it.yes && got:
			tp++
		case it.yes:
			fn++
		case got:
			fp++
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	return p, r, 2 * p * r / (p + r)
}

func bestShift(items []fitItem, m *fitModel) float64 {
	best, bs := -1.0, 0.0
	for s := -3.0; s <= 3.0; s += 0.1 {
		if _, _, f := fitF1(items, m, s); f > best {
			best, bs = f, s
		}
	}
	return bs
}

// fitSettings are the settings chosen by cross-validation on dev: L2 and
// the least number of dev sentences a word must occur in.
var fitSettings = map[string]struct {
	reg      float64
	minCount int
}{"ASSAULT": {0.003, 3}, "PROTEST": {0.003, 3}}

func TestFitReport(t *testing.T) {
	if os.Getenv("RASAD_FIT_GSR") == "" {
		t.Skip("set RASAD_FIT_GSR to the arabic-event-gsr directory")
	}
	switch os.Getenv("RASAD_FIT") {
	case "cv":
		fitCV(t)
	case "write":
		fitWrite(t)
	default:
		t.Skip("set RASAD_FIT to cv or write")
	}
}

func fitCV(t *testing.T) {
	for _, typ := range []string{"ASSAULT", "PROTEST"} {
		items := fitLoad(t, typ, "dev")
		var a, b []fitItem
		for i, it := range items {
			if i%2 == 0 {
				a = append(a, it)
			} else {
				b = append(b, it)
			}
		}
		for _, reg := range []float64{0.001, 0.003, 0.01, 0.03} {
			for _, mc := range []int{2, 3, 5} {
				ma, mb := fitTrain(a, reg, mc), fitTrain(b, reg, mc)
				_, _, fa := fitF1(b, ma, bestShift(a, ma))
				_, _, fb := fitF1(a, mb, bestShift(b, mb))
				fmt.Printf("%s L2 %.3f min %d  dev 2-fold F1 %.3f (%.3f %.3f)\n", typ, reg, mc, (fa+fb)/2, fa, fb)
			}
		}
	}
}

func fitWrite(t *testing.T) {
	var lines []string
	for _, typ := range []string{"ASSAULT", "PROTEST"} {
		set := fitSettings[typ]
		items := fitLoad(t, typ, "dev")
		m := fitTrain(items, set.reg, set.minCount)
		s := bestShift(items, m)
		g := "violence"
		if typ == "PROTEST" {
			g = "protest"
		}
		for i, n := range featureNames {
			v := m.w[i]
			if i == fBias {
				v += s
			}
			lines = append(lines, fmt.Sprintf("%s\tf:%s\t%.3f", g, n, v))
		}
		var ws []string
		for w, v := range m.words {
			if math.Abs(v) >= 0.05 {
				ws = append(ws, w)
			}
		}
		sort.Strings(ws)
		for _, w := range ws {
			lines = append(lines, fmt.Sprintf("%s\tw:%s\t%.3f", g, w, m.words[w]))
		}
	}
	fmt.Println("# The report model of report.go: a logistic regression over the features")
	fmt.Println("# and the words of the sentence, fitted on the dev split of arabic-event-gsr")
	fmt.Println("# (openeventdata/arabic_event_gsr, MIT) by fit_test.go; do not edit by hand.")
	fmt.Println("# group\tf:feature or w:word\tweight")
	for _, l := range lines {
		fmt.Println(l)
	}
}
