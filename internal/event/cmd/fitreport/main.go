// Command fitreport fits the report model of the event coder,
// internal/event/report/data/report.tsv, on the dev split of arabic-event-gsr,
// through the whole pipeline (entities, dates) as rasad eval events runs
// it:
//
//	go run ./internal/event/cmd/fitreport -gsr /path/to/arabic-event-gsr cv
//	go run ./internal/event/cmd/fitreport -gsr /path/to/arabic-event-gsr write > internal/event/report/data/report.tsv
//
// "cv" prints, for a grid of settings, F1 on dev by 10-fold cross-validation
// (stratified, the sentences of one article in one fold) repeated with
// several seeds; the threshold is the one that maximises the F1 of the
// out-of-fold scores. "write" fits on all of dev with the settings of
// fitSettings and prints the model. The test split is never read.
//
// A type is fitted on its own sentences, or jointly with the other type
// (fitConfig.joint: every weight has a copy shared by the types beside
// the copy of the type; protests, with 44 yes on dev, borrow the evidence
// of the 184 assaults); the words are weighed as they are or by their
// stems (fitConfig.stems).
//
// More knobs for cv, as flags: -type ASSAULT or PROTEST (one type),
// -chosen 1 (only fitSettings), -model compact (the compact candidate,
// also for write), -repeats N (seeds, 3 by default), -pr 1 (precision and
// recall of each repeat), -oof FILE (the out-of-fold errors, to read),
// -dump FILE (the yes sentences without an act), -showforced 1 (the
// sentences the date rule keeps), -grid small, joint or assault (another
// grid), -drop f1,f2 (features left out), -mincount N (the least number
// of dev sentences of a word, for the models fitted on one type), -inter
// a*b,c*d (products of two features, for violence), -soft α (a "difficult
// no", where annotators were divided, targets α times the share that
// accepted instead of 0), -hardno w (the "difficult no" weigh w in the
// loss), -frac f (each fit sees a share f of the articles of its training
// folds: a learning curve), -ambig TYPE:t,... (the sentences labelled
// ambiguous of TYPE are fitted too, to the target t). None of these beat
// the chosen settings on dev by more than the seed noise (see
// internal/event/data/README.md).
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"rasad/internal/event"
)

// knobs are the settings given as flags, by name; knob reads one ("" when
// not given).
var knobs = map[string]*string{}

func knob(name string) string {
	if v, ok := knobs[name]; ok {
		return *v
	}
	panic("fitreport: no knob " + name)
}

// mode is what to do: cv or write.
var mode string

// featureNames name the features of the report model, in order.
var featureNames = event.FeatureNames()

func main() {
	for _, k := range []string{"gsr", "type", "chosen", "model", "repeats", "pr", "oof", "dump", "showforced",
		"grid", "drop", "mincount", "inter", "soft", "hardno", "frac", "ambig"} {
		knobs[k] = flag.String(k, "", "see the package comment (go doc ./internal/event/cmd/fitreport)")
	}
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/event/cmd/fitreport -gsr DIR [knobs] cv|write")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || knob("gsr") == "" {
		flag.Usage()
		os.Exit(2)
	}
	mode = flag.Arg(0)
	if mode != "cv" && mode != "write" {
		fmt.Fprintf(os.Stderr, "fitreport: %q is not cv or write\n", mode)
		os.Exit(2)
	}
	report()
}

// fatal stops the tool on an error.
func fatal(err error) {
	fmt.Fprintln(os.Stderr, "fitreport:", err)
	os.Exit(1)
}

// report runs the mode.
func report() {
	switch mode {
	case "cv":
		types := []string{"ASSAULT", "PROTEST"}
		if v := knob("type"); v != "" {
			types = []string{v}
		}
		sets := map[string][]fitItem{}
		load := types
		if knob("grid") == "joint" || len(types) == 1 && chosen(types)[0].cfg.joint {
			load = []string{"ASSAULT", "PROTEST"}
		}
		for _, typ := range load {
			items := fitLoad(typ)
			sets[typ] = items
			n, pos, yh, amb := 0, 0, 0, 0
			for _, it := range items {
				if it.ambiguous {
					amb++
					continue
				}
				if it.has {
					n++
				}
				if it.yes {
					pos++
				}
				if it.yes && it.has {
					yh++
				}
			}
			fmt.Printf("%s dev: %d sentences, %d yes (%d with an act), %d with an act; and %d ambiguous\n", typ, len(items)-amb, pos, yh, n, amb)
			nf, yf := 0, 0
			for _, it := range items {
				if fitForced(it) {
					if knob("showforced") != "" {
						fmt.Println("   forced:", it.yes, it.text)
					}
					nf++
					if it.yes {
						yf++
					}
				}
			}
			fmt.Printf("%s dev: %d kept by the date rule, %d of them yes\n", typ, nf, yf)
		}
		if knob("dump") != "" {
			return
		}
		var ps []fitPlan
		if knob("chosen") != "" {
			ps = chosen(types)
		} else {
			var grid []fitConfig
			switch knob("grid") {
			case "small":
				grid = fitSmallGrid()
			case "joint":
				grid = fitJointGrid()
			case "assault":
				grid = fitAssaultGrid()
			default:
				grid = fitGrid()
			}
			for _, cfg := range grid {
				ps = append(ps, plans(types, func(string) fitConfig { return cfg })...)
			}
		}
		for _, p := range ps {
			if v := knob("drop"); v != "" {
				// leave more features out, to measure what they bring
				drop := map[string]bool{}
				for k, b := range p.cfg.drop {
					drop[k] = b
				}
				for _, n := range strings.Split(v, ",") {
					drop[n] = true
				}
				p.cfg.drop = drop
				p.cfg.name += " -" + v
			}
			if v, err := strconv.Atoi(knob("mincount")); err == nil && !p.cfg.joint {
				p.cfg.minCount = v
			}
			if v, err := strconv.ParseFloat(knob("hardno"), 64); err == nil {
				p.cfg.hardNo = v
				p.cfg.name += fmt.Sprintf(" hardNo %.2f", v)
			}
			if v := knob("ambig"); v != "" {
				p.cfg.ambig = map[string]float64{}
				for _, f := range strings.Split(v, ",") {
					typ, t, _ := strings.Cut(f, ":")
					if x, err := strconv.ParseFloat(t, 64); err == nil {
						p.cfg.ambig[typ] = x
					}
				}
				p.cfg.name += " ambiguous " + v
			}
			if v, err := strconv.ParseFloat(knob("soft"), 64); err == nil {
				p.cfg.soft = v
				p.cfg.name += fmt.Sprintf(" soft %.2f", v)
			}
			var ss [][]fitItem
			for _, typ := range p.types {
				ss = append(ss, sets[typ])
			}
			d := fitPrepare(p.types, ss, p.cfg)
			m, sd, th := fitCV(d, 10, fitRepeats())
			if name := knob("oof"); name != "" {
				fitOOF(name, d, th)
			}
			for k, typ := range p.types {
				if !slices.Contains(p.ship, typ) {
					continue
				}
				c := p.cfg
				fmt.Printf("%s %-26s L2 f %.3f w %.3f", typ, c.name, c.regF, c.regW)
				if c.joint {
					fmt.Printf(" shared f %.3f w %.3f weight %.1f", c.regSF, c.regSW, c.weight)
				}
				fmt.Printf(" min %2d  dev 10-fold×%d F1 %.3f ± %.3f  threshold %.2f  (%d weights)\n",
					c.minCount, fitRepeats(), m[k], sd[k], th[k], len(d.names))
			}
		}
	case "write":
		fitWrite()
	}
}

// fitRepeats is the number of repeats of cross-validation
// (-repeats, 3 by default).
func fitRepeats() int {
	if n, err := strconv.Atoi(knob("repeats")); err == nil && n > 0 {
		return n
	}
	return 3
}

func fitWrite() {
	var lines []string
	for _, p := range chosen([]string{"ASSAULT", "PROTEST"}) {
		var ss [][]fitItem
		for _, typ := range p.types {
			ss = append(ss, fitLoad(typ))
		}
		d := fitPrepare(p.types, ss, p.cfg)
		_, _, th := fitCV(d, 10, 3)
		all := make([]int, len(d.y))
		for i := range all {
			all[i] = i
		}
		w := fitTrain(d, all)
		for k, typ := range p.types {
			if !slices.Contains(p.ship, typ) {
				continue
			}
			g := "violence"
			if typ == "PROTEST" {
				g = "protest"
			}
			// the weight of a type is its own plus the shared one
			sum := map[string]float64{}
			for i, n := range d.names {
				dom, key, _ := strings.Cut(n, "|")
				if dom == typ || dom == "*" {
					sum[key] += w[i]
				}
			}
			sum["f:bias"] -= th[k]
			for _, n := range featureNames {
				lines = append(lines, fmt.Sprintf("%s\tf:%s\t%.3f", g, n, sum["f:"+n]))
			}
			var ws []string
			for key, v := range sum {
				if !strings.HasPrefix(key, "f:") && math.Abs(v) >= 0.01 {
					ws = append(ws, fmt.Sprintf("%s\t%s\t%.3f", g, key, v))
				}
			}
			sort.Strings(ws)
			lines = append(lines, ws...)
		}
	}
	fmt.Println("# The report model of report.go: a logistic regression over the features,")
	fmt.Println("# the lemmas of the acts and the words of the sentence, fitted on the dev")
	fmt.Println("# split of arabic-event-gsr (openeventdata/arabic_event_gsr, MIT) by")
	fmt.Println("# internal/event/cmd/fitreport; do not edit by hand.")
	fmt.Println("# group\tf:feature, t:lemma or w:word\tweight")
	for _, l := range lines {
		fmt.Println(l)
	}
}

// fitOOF writes the errors of the out-of-fold scores of one 10-fold run
// at the thresholds th (one a type) to the file name, for reading.
func fitOOF(name string, d *fitData, th []float64) {
	f, err := os.OpenFile(name, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		fatal(err)
	}
	defer f.Close()
	items := d.items
	fold := rand.New(rand.NewSource(7)).Perm(len(items))
	s := make([]float64, len(items))
	for k := 0; k < 10; k++ {
		var train []int
		for i := range items {
			if fold[i]%10 != k {
				train = append(train, i)
			}
		}
		w := fitTrain(d, train)
		for i := range items {
			if fold[i]%10 == k {
				s[i] = score(w, d.rows[i])
				if d.forced[i] {
					s[i] = math.Inf(1)
				}
			}
		}
	}
	for i, it := range items {
		k := d.dom[i]
		got := it.has && s[i] >= th[k]
		if got != it.yes && !it.ambiguous {
			kind := "FN"
			if got {
				kind = "FP"
			}
			fmt.Fprintf(f, "%s %s %.2f %s\n", d.types[k], kind, s[i]-th[k], it.text)
		}
	}
}
