package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/pipeline"
)

// fitItem is one sentence of dev: its label, and the evidence of the report
// model when the coder found an act of the type in it (has).
type fitItem struct {
	yes   bool
	soft  float64 // the share of annotators who accepted, for a "difficult no"
	has   bool
	x     []float64
	words []string
	text  string
	group string // the article of the sentence, when its id says
	// ambiguous: labelled ambiguous; fitted (fitConfig.ambig), never scored
	ambiguous bool
}

func fitSplit() map[string]string {
	split := map[string]string{}
	b, _ := os.ReadFile(filepath.Join(knob("gsr"), "split.tsv"))
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Split(strings.TrimRight(l, "\r"), "\t")
		if len(f) == 3 {
			split[f[0]+"\t"+f[1]] = f[2]
		}
	}
	return split
}

func fitGroup(typ string) int {
	if typ == "PROTEST" {
		return 0
	}
	return 1
}

func fitLoad(typ string) []fitItem {
	lower := strings.ToLower(typ)
	split := fitSplit()
	p := pipeline.New()
	g := fitGroup(typ)
	var cur fitItem
	c := p.Coder().WithTrace(func(group int, _ float64, x []float64, ws []string) {
		if group != g {
			return
		}
		cur.has = true
		cur.x = append([]float64(nil), x...)
		seen := map[string]bool{}
		for _, w := range ws {
			if !seen[w] {
				seen[w] = true
				cur.words = append(cur.words, w)
			}
		}
	})
	f, err := os.Open(filepath.Join(knob("gsr"), lower+"_gsr.csv"))
	if err != nil {
		fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	// -dump names a file for the yes sentences in which the coder
	// finds no act of the type, for reading
	var dump *os.File
	if name := knob("dump"); name != "" {
		if dump, err = os.OpenFile(name, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err != nil {
			fatal(err)
		}
		defer dump.Close()
	}
	var out []fitItem
	for _, r := range recs[1:] {
		label := r[col["label"]]
		if split[lower+"\t"+r[col["id"]]] != "dev" {
			continue
		}
		id := r[col["id"]]
		// AAW_ARB_20071026.0026-2: sentence 2 of an article (the protest
		// ids, <hash>_36, name a batch of over a thousand sentences, not
		// an article: they stay one a group)
		if i := strings.LastIndex(id, "-"); i > 0 {
			id = id[:i]
		}
		cur = fitItem{yes: label == "yes", text: r[col["text"]], group: id, ambiguous: label == "ambiguous"}
		if label == "difficult no" {
			a, _ := strconv.Atoi(r[col["accept"]])
			n, _ := strconv.Atoi(r[col["reject"]])
			if a+n > 0 {
				cur.soft = float64(a) / float64(a+n)
			}
		}
		doc := p.Analyse(news.Article{Text: r[col["text"]]})
		c.Code(&doc)
		out = append(out, cur)
		if dump != nil && cur.yes && !cur.has {
			fmt.Fprintf(dump, "%s NO-ACT %s\n", typ, r[col["text"]])
		}
	}
	return out
}

// fitConfig is one setting of the grid.
type fitConfig struct {
	name     string
	drop     map[string]bool // features left out
	lemmas   bool            // weights for the lemmas of the acts (t:)
	words    bool            // weights for the words of the sentence
	minCount int             // the least number of dev sentences a word must occur in
	regF     float64         // L2 on the features (of a type)
	regW     float64         // L2 on the words and lemmas (of a type)
	// joint fits both types at once: every feature, lemma and word has a
	// copy shared by the types beside the copy of each type (Daumé's
	// feature augmentation), so that protests borrow the evidence of
	// assaults; the weight a type ships is the sum of the two
	joint  bool
	regSF  float64 // L2 on the shared copies of the features
	regSW  float64 // L2 on the shared copies of the words and lemmas
	weight float64 // the weight of the protest sentences in the loss against the assault ones (1 when 0)
	stems  int     // 1: the words by their stems (arabic Stem), 2: both
	// soft, when not 0, makes the target of a "difficult no" (annotators
	// divided) soft times the share of annotators who accepted, not 0
	soft float64
	// hardNo, when not 0, weighs the "difficult no" sentences so much in
	// the loss against the others
	hardNo float64
	// ambig is the target of the sentences labelled ambiguous of each type
	// it names; those of the other types are left out. They are fitted,
	// never scored.
	ambig map[string]float64
}

// fitData is the items of one type or of both as sparse rows over one
// index; the names of the weights are "TYPE|key", or "*|key" for the
// shared copies.
type fitData struct {
	types []string // the types of the data, indexed by dom
	names []string
	index map[string]int
	rows  [][]fitCell
	y     []float64
	tgt   []float64 // the target of the loss: y, or a soft one (fitConfig.soft)
	has   []bool
	reg   []float64
	dom   []int     // the type of each row
	wt    []float64 // the weight of the type of each row
	// forced items are detected whatever the model says
	forced []bool
	items  []fitItem // the item of each row: its article, whether it is scored (not ambiguous)
}

// fitForced reports whether report.go decides the item by rule, not by
// the model: an act dated closely to the month or the day by a date
// expression, with no word of background and not after بعد or إثر (see
// report.go).
func fitForced(it fitItem) bool {
	return it.has && it.x[fitIndex("date_near")] > 0 && it.x[fitIndex("background")] == 0 && it.x[fitIndex("after")] == 0
}

func fitIndex(name string) int {
	for i, n := range featureNames {
		if n == name {
			return i
		}
	}
	panic(name)
}

type fitCell struct {
	i int
	v float64
}

// key returns the index of the weight name, adding it with L2 reg.
func (d *fitData) key(name string, reg float64) int {
	j, ok := d.index[name]
	if !ok {
		j = len(d.names)
		d.index[name] = j
		d.names = append(d.names, name)
		d.reg = append(d.reg, reg)
	}
	return j
}

// fitPrepare makes the rows of the items of each type (sets, in the order
// of types); with cfg.joint every cell has a shared copy too.
func fitPrepare(types []string, sets [][]fitItem, cfg fitConfig) *fitData {
	d := &fitData{types: types, index: map[string]int{}}
	kept := make([][]fitItem, len(sets))
	for k, items := range sets {
		_, ambig := cfg.ambig[types[k]]
		for _, it := range items {
			if !it.ambiguous || ambig {
				kept[k] = append(kept[k], it)
			}
		}
	}
	sets = kept
	if cfg.stems > 0 {
		seg := arabic.DefaultSegmenter()
		stemmed := make([][]fitItem, len(sets))
		for k, items := range sets {
			for _, it := range items {
				var ws []string
				seen := map[string]bool{}
				for _, w := range it.words {
					if strings.HasPrefix(w, "t:") {
						ws = append(ws, w)
						continue
					}
					if cfg.stems == 2 {
						ws = append(ws, w)
					}
					if st := "s:" + seg.Stem(w); !seen[st] {
						seen[st] = true
						ws = append(ws, st)
					}
				}
				it.words = ws
				stemmed[k] = append(stemmed[k], it)
			}
		}
		sets = stemmed
	}
	count := make([]map[string]int, len(sets))
	total := map[string]int{}
	for k, items := range sets {
		count[k] = map[string]int{}
		for _, it := range items {
			for _, w := range it.words {
				count[k][w]++
				total[w]++
			}
		}
	}
	for k, items := range sets {
		typ := types[k]
		wt := 1.0
		if typ == "PROTEST" && cfg.weight > 0 {
			wt = cfg.weight
		}
		for _, it := range items {
			var row []fitCell
			add := func(key string, v, reg, sreg float64, shared bool) {
				row = append(row, fitCell{d.key(typ+"|"+key, reg), v})
				if cfg.joint && shared {
					row = append(row, fitCell{d.key("*|"+key, sreg), v})
				}
			}
			if it.has {
				for i, v := range it.x {
					if v != 0 && !cfg.drop[featureNames[i]] {
						reg := cfg.regF
						if i == 0 {
							reg = 0 // the bias is not shrunk
						}
						add("f:"+featureNames[i], v, reg, cfg.regSF, i != 0)
					}
				}
				if v := knob("inter"); v != "" && typ == "ASSAULT" {
					// products of two features, to measure them
					for _, pair := range strings.Split(v, ",") {
						a, b, _ := strings.Cut(pair, "*")
						if p := it.x[fitIndex(a)] * it.x[fitIndex(b)]; p != 0 {
							add("f:"+pair, p, cfg.regF, cfg.regSF, true)
						}
					}
				}
				for _, w := range it.words {
					key := "w:" + w
					if strings.HasPrefix(w, "s:") {
						key = w // a stem
					}
					switch {
					case strings.HasPrefix(w, "t:"):
						if cfg.lemmas {
							add(w, 1, cfg.regW, cfg.regSW, true)
						}
					case !cfg.words:
					case count[k][w] >= cfg.minCount:
						add(key, 1, cfg.regW, cfg.regSW, true)
					case cfg.joint && total[w] >= cfg.minCount:
						row = append(row, fitCell{d.key("*|"+key, cfg.regSW), 1})
					}
				}
			}
			y := 0.0
			if it.yes {
				y = 1
			}
			d.rows = append(d.rows, row)
			d.y = append(d.y, y)
			if it.ambiguous {
				d.tgt = append(d.tgt, cfg.ambig[typ])
			} else {
				d.tgt = append(d.tgt, y+cfg.soft*it.soft)
			}
			d.items = append(d.items, it)
			d.has = append(d.has, it.has)
			d.dom = append(d.dom, k)
			if it.soft > 0 && cfg.hardNo > 0 {
				d.wt = append(d.wt, wt*cfg.hardNo)
			} else {
				d.wt = append(d.wt, wt)
			}
			d.forced = append(d.forced, fitForced(it))
		}
	}
	return d
}

func score(w []float64, row []fitCell) float64 {
	s := 0.0
	for _, c := range row {
		s += w[c.i] * c.v
	}
	return s
}

// fitTrain fits an L2-regularised logistic regression on the rows in
// train (with has) by gradient descent with momentum; the loss of each
// type is its mean over its rows, times the weight of the type.
func fitTrain(d *fitData, train []int) []float64 {
	w := make([]float64, len(d.names))
	v := make([]float64, len(w))
	g := make([]float64, len(w))
	var tr []int
	n := make([]float64, len(d.types))
	for _, i := range train {
		if d.has[i] && !d.forced[i] {
			tr = append(tr, i)
			n[d.dom[i]]++
		}
	}
	if len(tr) == 0 {
		return w
	}
	for epoch := 0; epoch < 500; epoch++ {
		for i := range g {
			g[i] = d.reg[i] * w[i]
		}
		for _, i := range tr {
			p := 1 / (1 + math.Exp(-score(w, d.rows[i])))
			e := (p - d.tgt[i]) * d.wt[i] / n[d.dom[i]]
			for _, c := range d.rows[i] {
				g[c.i] += e * c.v
			}
		}
		for i := range w {
			v[i] = 0.9*v[i] - 0.5*g[i]
			w[i] += v[i]
		}
	}
	return w
}

// bestF1 returns the threshold on scores that maximises F1 and that F1;
// items without an act are never detected.
func bestF1(d *fitData, idx []int, s []float64) (float64, float64) {
	type sc struct {
		s   float64
		yes bool
	}
	var list []sc
	pos := 0
	for _, i := range idx {
		if d.y[i] == 1 {
			pos++
		}
		if d.has[i] {
			list = append(list, sc{s[i], d.y[i] == 1})
		}
	}
	sort.Slice(list, func(a, b int) bool { return list[a].s > list[b].s })
	best, th := 0.0, 0.0
	tp := 0
	for k, e := range list {
		if e.yes {
			tp++
		}
		if k+1 < len(list) && list[k+1].s == e.s || math.IsInf(e.s, 1) {
			continue
		}
		f := 2 * float64(tp) / float64(k+1+pos)
		if f > best {
			best = f
			th = e.s
			if k+1 < len(list) {
				th = (e.s + list[k+1].s) / 2
			}
		}
	}
	return th, best
}

// fitFolds assigns the rows to folds: stratified by type and label, the
// sentences of one article in one fold.
func fitFolds(d *fitData, folds int, rng *rand.Rand) []int {
	blocks := make([][]int, 2*len(d.types))
	for _, i := range rng.Perm(len(d.y)) {
		var b int // the positives of each type, then the negatives
		if d.y[i] == 1 {
			b = d.dom[i]
		} else {
			b = len(d.types) + d.dom[i]
		}
		blocks[b] = append(blocks[b], i)
	}
	fold := make([]int, len(d.y))
	gfold := map[string]int{}
	k := 0
	for _, b := range blocks {
		for _, i := range b {
			f, ok := gfold[d.items[i].group]
			if !ok {
				f = k % folds
				gfold[d.items[i].group] = f
			}
			fold[i] = f
			k++
		}
	}
	return fold
}

// fitCV returns for each type the mean over repeats of the F1 of
// out-of-fold scores at their best threshold, its spread, and the mean
// threshold.
func fitCV(d *fitData, folds, repeats int) (mean, sd, th []float64) {
	nt := len(d.types)
	mean, sd, th = make([]float64, nt), make([]float64, nt), make([]float64, nt)
	fs := make([][]float64, nt)
	for r := 0; r < repeats; r++ {
		fold := fitFolds(d, folds, rand.New(rand.NewSource(int64(r+1))))
		s := make([]float64, len(d.y))
		for f := 0; f < folds; f++ {
			var train, held []int
			for i := range d.y {
				if fold[i] == f {
					held = append(held, i)
				} else {
					train = append(train, i)
				}
			}
			if frac := fitFrac(); frac < 1 {
				// A learning curve: fit on a share of the training folds,
				// taken by article.
				train = fitSubsample(d, train, frac, int64(r*folds+f+1))
			}
			w := fitTrain(d, train)
			for _, i := range held {
				s[i] = score(w, d.rows[i])
				if d.forced[i] {
					s[i] = math.Inf(1)
				}
			}
		}
		for k := range d.types {
			var scored []int
			for i := range d.y {
				if d.dom[i] == k && !d.items[i].ambiguous {
					scored = append(scored, i)
				}
			}
			t, f := bestF1(d, scored, s)
			if knob("pr") != "" {
				tp, fp, fn := 0, 0, 0
				for _, i := range scored {
					got := d.has[i] && s[i] >= t
					switch {
					case got && d.y[i] == 1:
						tp++
					case got:
						fp++
					case d.y[i] == 1:
						fn++
					}
				}
				fmt.Printf("  %s repeat %d: P %.2f R %.2f F1 %.3f\n", d.types[k], r+1, float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn), f)
			}
			fs[k] = append(fs[k], f)
			th[k] += t / float64(repeats)
		}
	}
	for k := range fs {
		for _, f := range fs[k] {
			mean[k] += f / float64(len(fs[k]))
		}
		for _, f := range fs[k] {
			sd[k] += (f - mean[k]) * (f - mean[k]) / float64(len(fs[k]))
		}
		sd[k] = math.Sqrt(sd[k])
	}
	return mean, sd, th
}

// fitFrac is -frac, the share of the training folds each fit
// of fitCV sees (1 by default): the points of a learning curve.
func fitFrac() float64 {
	f, err := strconv.ParseFloat(knob("frac"), 64)
	if err != nil || f <= 0 || f > 1 {
		return 1
	}
	return f
}

// fitSubsample keeps the rows of a share frac of the articles of train,
// drawn with seed.
func fitSubsample(d *fitData, train []int, frac float64, seed int64) []int {
	var groups []string
	seen := map[string]bool{}
	for _, i := range train {
		if !seen[d.items[i].group] {
			seen[d.items[i].group] = true
			groups = append(groups, d.items[i].group)
		}
	}
	rng := rand.New(rand.NewSource(seed))
	rng.Shuffle(len(groups), func(a, b int) { groups[a], groups[b] = groups[b], groups[a] })
	keep := map[string]bool{}
	for _, g := range groups[:int(math.Round(frac*float64(len(groups))))] {
		keep[g] = true
	}
	var out []int
	for _, i := range train {
		if keep[d.items[i].group] {
			out = append(out, i)
		}
	}
	return out
}

// fitPlan is one model to fit: a config and the types it is fitted on
// (both when it is joint), and the types whose weights it gives.
type fitPlan struct {
	types []string
	ship  []string
	cfg   fitConfig
}

// chosen returns the models of the chosen settings for types.
func chosen(types []string) []fitPlan {
	m := fitSettings
	if knob("model") == "compact" {
		m = fitCompact
	}
	return plans(types, func(typ string) fitConfig { return m[typ] })
}

// plans returns the models of cfg for types: a type with a joint config
// is fitted with the other type, a type without on its own.
func plans(types []string, cfg func(typ string) fitConfig) []fitPlan {
	var out []fitPlan
	for _, typ := range types {
		c := cfg(typ)
		p := fitPlan{[]string{typ}, []string{typ}, c}
		if c.joint {
			p.types = []string{"ASSAULT", "PROTEST"}
		}
		if n := len(out); n > 0 && c.joint && out[n-1].cfg.joint && out[n-1].cfg.name == c.name && sameConfig(out[n-1].cfg, c) {
			out[n-1].ship = append(out[n-1].ship, typ) // one fit gives both
			continue
		}
		out = append(out, p)
	}
	return out
}

func sameConfig(a, b fitConfig) bool {
	return a.lemmas == b.lemmas && a.words == b.words && a.minCount == b.minCount && a.regF == b.regF && a.regW == b.regW &&
		a.regSF == b.regSF && a.regSW == b.regSW && a.weight == b.weight && fmt.Sprint(a.drop) == fmt.Sprint(b.drop) && fmt.Sprint(a.ambig) == fmt.Sprint(b.ambig)
}
