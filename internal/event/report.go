package event

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Assaults and protests (the codes PLOVER maps to ASSAULT and PROTEST) are
// where news most often mentions an act that is not what it reports: the
// attack an inquiry is about, the assassination a tribunal judges, the
// bombings of past years, the toll since the start of the year. A sentence
// reports its acts of one kind (protests, or violence) as news, or mentions
// them, all together: they describe one incident. It reports them when a
// date expression dates a verb of them closely to the month or the day
// (شن بوتين هجومه على أوكرانيا في شباط/فبراير 2022; a noun so dated is
// most often a name, تفجيرات 11 سبتمبر, unless it opens an entry of a
// chronology: 21 مايو 2005: اغتيال ...) and no word of background or of a
// later frame (بعد, في أعقاب) governs it, or
// when a linear score is positive. The score adds the weights of the
// evidence below, read by hand from the sentence (each at its largest over
// the acts), of the lemmas of the acts and of the words of the sentence
// (for violence, of their stems); the weights (data/report.tsv, one model
// for protests and one for violence) were fitted by logistic regression on
// the dev split of arabic-event-gsr through the whole pipeline, the protest
// model jointly with the violence one (the few protests borrow what the two
// have in common), the settings chosen by repeated 10-fold
// cross-validation on dev (go run ./internal/event/cmd/fitreport), never
// on its test split.

// The evidence that an act of material conflict is reported as news.
const (
	fBias       = iota
	fVerbPast   // the trigger is a verb in the past tense (or a passive)
	fPresent    // the trigger is a verb in the present tense: habit or comment
	fNoun       // the trigger is a noun
	fDefinite   // a noun with the article (الهجوم): an act already known
	fRelative   // in a relative clause (الذي قتل في ...)
	fActor      // a named or described source or target
	fPlace      // a place after في
	fStart      // the trigger opens its sentence (a headline: مقتل ...)
	fRecent     // أمس, اليوم, a weekday in the sentence
	fCasualty   // a toll: قتلى, جرحى, مصرعهم
	fCount      // a number before a casualty word or a group (30 شخصا)
	fNumber     // any number in the sentence
	fYear       // a year written out (2003)
	fBackground // background words (جريمة, محاكمة, ذكرى), at most two
	fMany       // several acts of material conflict in the sentence
	fQuestion   // a question
	fPrior      // the word's own prior (prior= in the lexicon)
	fProtest    // a protest (root 14), which news reports with less detail
	fPassive    // a passive verb (قتل, اغتيل): the toll of an incident
	fReport     // a reporting verb (أعلن, أفاد, قالت الشرطة)
	fProtester  // demonstrators are the source (المتظاهرون رفعوا ...)
	fMonth      // a month named in the sentence: a dated report
	fUndergo    // تعرض ل, نجا من: someone underwent or survived the act
	fDatedDay   // a date expression of the sentence with a day dates the act
	fDatedMonth // ... with a month but no day
	fDatedYear  // ... with a year only (عام 2002): most often history
	fSince      // منذ: a span of time, the frame of a statistic
	fStat       // حصيلة, إجمالي, عدد: a statistic of acts
	fPluperfect // كان or قد before the verb: the background of the news
	fGoverned   // a noun governed by a preposition (في الهجوم, بتفجير)
	fIntent     // a word of intent, condition or future anywhere in the sentence
	fAgent      // an unnamed armed or security actor is a party (مسلحون, الشرطة)
	fAfter      // بعد, إثر, عقب just before the trigger: the frame of another act
	fLong       // a long sentence (more than 40 words): commentary more than report
	fDateNear   // a verb dated to the month or the day within six words of it
	fDemand     // احتجاجا على, مطالبين, رافعين لافتات: what a protest is for, how it goes
	fStreet     // شوارع, ساحة, ميدان: where protests are held
	fOccur      // a verb by which the act took place or was held (اندلعت مظاهرات, خرج آلاف) just before it
	fCrowd      // a crowd counted in the sentence (آلاف, مئات, حشود)
	nFeatures
)

// isNews decides whether the sentence reports as news the acts of group g
// (0 protests, 1 violence) among trigs: the score of the model of the group
// on the evidence of those acts (each feature at its largest over them), the
// words of the sentence and the words of the acts (t: and the lemma).
func (st *sentence) isNews(g int, trigs []trigger) bool {
	if st.c.mentions {
		return true
	}
	var x, y [nFeatures]float64
	m := &st.c.report[g]
	score := 0.0
	has := false
	var lemmas [4]string
	nl := 0
	for i := range trigs {
		t := &trigs[i]
		if !filtered(st.c.codes[t.f.p.code].Plover) || t.polarity != news.Asserted || violent(*t) != g {
			continue
		}
		if !has {
			st.reportFeatures(t, trigs, &x)
			has = true
		} else {
			y = [nFeatures]float64{}
			st.reportFeatures(t, trigs, &y)
			for j := range x {
				x[j] = max(x[j], y[j])
			}
		}
		dup := false
		for _, l := range lemmas[:nl] {
			dup = dup || l == t.f.p.lemma
		}
		if !dup && nl < len(lemmas) {
			lemmas[nl] = t.f.p.lemma
			nl++
			score += m.trigger[t.f.p.lemma]
		}
	}
	if !has {
		return false
	}
	if x[fDateNear] > 0 && x[fBackground] == 0 && x[fAfter] == 0 {
		// an act dated closely to the month or the day is an event of that date
		// (هجومه على أوكرانيا في فبراير 2022), whether the article reports
		// it as news or recalls it; unless it is the background or the
		// time frame of the news (في أعقاب اعتداءات 11 سبتمبر)
		score = math.Inf(1)
	}
	for i, v := range x {
		score += v * m.feature[i]
	}
	var words, stems []string
	for k := st.a; k < st.b; k++ {
		if st.toks[k].Kind != news.Word {
			continue
		}
		w := st.info[k].rest
		if st.c.trace != nil {
			words = append(words, w)
		}
		if v, ok := m.word[w]; ok && !st.seenBefore(k, w) {
			score += v
		}
		if len(m.stem) > 0 {
			// the model of the group weighs words by their stems
			if s := arabic.DefaultSegmenter().Stem(w); !slices.Contains(stems, s) {
				stems = append(stems, s)
				score += m.stem[s]
			}
		}
	}
	if st.c.trace != nil {
		for _, l := range lemmas[:nl] {
			words = append(words, "t:"+l)
		}
		st.c.trace(g, score, x[:], words)
	}
	return score >= 0
}

// asserts reports whether a verb of violence among trigs states the act as
// a fact of the news: a verb in the past (or the present of a headline:
// الاحتلال يقتل شابا فلسطينيا), active, whose doer and whose
// target the text names with their countries (قصفت الطائرات التركية مواقع
// حزب العمال الكردستاني), in a main clause that no كان or قد, no relative
// pronoun, no بعد or إثر, and a sentence that no word of intent,
// condition, question, background, span or statistic frames. The model
// above, fitted on sentences picked for their keywords, weighs such a
// sentence by its words alone.
func (st *sentence) asserts(trigs []trigger) bool {
	for i := range trigs {
		t := &trigs[i]
		if t.f.p.kind != kindVerb || t.f.present && !st.headline() || t.f.passive || t.polarity != news.Asserted || violent(*t) != 1 ||
			!filtered(st.c.codes[t.f.p.code].Plover) || t.target == nil || len(t.sources) == 0 {
			continue
		}
		ok := st.resolved(*t.target)
		for _, s := range t.sources {
			ok = ok && st.resolved(s)
		}
		if !ok {
			continue
		}
		var x [nFeatures]float64
		st.reportFeatures(t, trigs, &x)
		if l, _ := st.clause(t.at); l >= st.a && isRelative(st.info[l].rest) {
			continue
		}
		if x[fPluperfect]+x[fAfter]+x[fIntent]+x[fQuestion]+x[fBackground]+x[fSince]+x[fStat] == 0 {
			return true
		}
	}
	return false
}

// headline reports whether the sentence is an article's headline: its
// first line, with the article's text after it. A text of one sentence (a
// snippet, a sentence of a data set) has none.
func (st *sentence) headline() bool {
	if st.idx != 0 || st.b >= len(st.toks) {
		return false
	}
	return strings.Contains(st.doc.Text[st.toks[st.b-1].End:st.toks[st.b].Start], "\n")
}

// isRelative reports whether w is a relative pronoun (الذي, التي ...).
func isRelative(w string) bool {
	switch w {
	case "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي":
		return true
	}
	return false
}

// seenBefore reports whether w is the rest of a word of the sentence before
// token k: each word counts once.
func (st *sentence) seenBefore(k int, w string) bool {
	for j := st.a; j < k; j++ {
		if st.info[j].rest == w && st.toks[j].Kind == news.Word {
			return true
		}
	}
	return false
}

// WithTrace returns a copy of c that hands f the evidence of every
// decision of the report model: the group (0 protests, 1 violence), the
// score, the features (named by FeatureNames) and the words of the
// sentence and of its acts (t: and the lemma). The model's fitting tool
// (internal/event/cmd/fitreport) reads it.
func (c *Coder) WithTrace(f func(group int, score float64, x []float64, words []string)) *Coder {
	d := *c
	d.trace = f
	return &d
}

// FeatureNames returns the names of the features of the report model, in
// the order of the evidence WithTrace hands over.
func FeatureNames() []string { return append([]string(nil), featureNames[:]...) }

// reportModel is the linear model of report.go for one kind of act:
// weights of the features, of the words of the sentence (as they are, or
// by their stems: arabic Stem of the word without its clitics) and of the
// lemmas of its acts.
type reportModel struct {
	feature [nFeatures]float64
	word    map[string]float64
	stem    map[string]float64
	trigger map[string]float64
}

// featureNames name the features in data/report.tsv.
var featureNames = [nFeatures]string{
	fBias: "bias", fVerbPast: "verb_past", fPresent: "present", fNoun: "noun",
	fDefinite: "definite", fRelative: "relative", fActor: "actor", fPlace: "place",
	fStart: "start", fRecent: "recent", fCasualty: "casualty", fCount: "count",
	fNumber: "number", fYear: "year", fBackground: "background", fMany: "many",
	fQuestion: "question", fPrior: "prior", fProtest: "protest", fPassive: "passive",
	fReport: "report", fProtester: "protester", fMonth: "month", fUndergo: "undergo",
	fDatedDay: "dated_day", fDatedMonth: "dated_month", fDatedYear: "dated_year",
	fSince: "since", fStat: "stat", fPluperfect: "pluperfect", fGoverned: "governed",
	fIntent: "intent", fAgent: "agent", fAfter: "after", fLong: "long", fDateNear: "date_near", fDemand: "demand", fStreet: "street",
	fOccur: "occur", fCrowd: "crowd",
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (st *sentence) reportFeatures(t *trigger, trigs []trigger, x *[nFeatures]float64) {
	x[fBias] = 1
	x[fPrior] = t.f.p.prior
	x[fProtest] = b2f(t.f.p.code[:2] == "14")
	x[fPassive] = b2f(t.f.passive)
	if t.dated {
		switch len(t.date) {
		case 4:
			x[fDatedYear] = 1
		case 7:
			x[fDatedMonth] = 1
		default:
			x[fDatedDay] = 1
		}
		x[fDateNear] = b2f(len(t.date) > 4 && (t.dateGap <= 6 && t.f.p.kind == kindVerb || t.dateEntry))
	}
	for _, s := range t.sources {
		if s.protester {
			x[fProtester] = 1
		}
		if s.ent < 0 && s.role != "" && s.role != "CVL" {
			x[fAgent] = 1
		}
	}
	k := t.at
	if t.f.p.kind == kindVerb {
		if t.f.present && !t.f.passive {
			x[fPresent] = 1
		} else {
			x[fVerbPast] = 1
		}
		for j := k - 1; j >= st.a && j >= k-4; j-- {
			if st.info[j].cue == cueAux {
				x[fPluperfect] = 1
				break
			}
			if st.info[j].bound {
				break
			}
		}
	} else {
		x[fNoun] = 1
		x[fDefinite] = b2f(st.info[k].rest != st.toks[k].Norm && len(st.toks[k].Norm) > len(st.info[k].rest)+2 && hasArticle(st.toks[k].Norm))
		x[fGoverned] = b2f(st.info[k].prep != "" || k > st.a && st.info[k-1].isPrep)
	}
	for j := k - 1; j >= st.a && j >= k-2; j-- {
		if st.info[j].cue == cueAfter {
			x[fAfter] = 1
		}
	}
	for j := k - 1; j >= st.a && j >= k-4 && !st.info[j].bound; j-- {
		if st.info[j].cue == cueOccur {
			x[fOccur] = 1
			break
		}
	}
	x[fLong] = b2f(st.b-st.a > 40)
	l, _ := st.clause(k)
	x[fRelative] = b2f(l >= st.a && st.info[l].cue == cueBound && !isSubordinate(st.info[l].rest) && l >= k-3)
	x[fActor] = b2f(len(t.sources) > 0 || t.target != nil)
	x[fPlace] = b2f(t.where != "")
	x[fStart] = b2f(k-st.a < 3)
	background := 0
	for j := st.a; j < st.b; j++ {
		y := &st.info[j]
		if f, ok := cueFeature[y.cue]; ok {
			x[f] = 1
		}
		switch y.cue {
		case cueCasualty:
			if j > st.a && st.toks[j-1].Kind == news.Number {
				x[fCount] = 1
			}
		case cueBackground:
			background++
		}
		if y.future {
			x[fIntent] = 1
		}
		if y.crowd {
			x[fCrowd] = 1
		}
		if st.toks[j].Kind == news.Number {
			x[fNumber] = 1
			if n, err := strconv.Atoi(st.toks[j].Norm); err == nil && n >= 1900 && n <= 2100 {
				x[fYear] = 1
			}
			if j+1 < st.b && (st.info[j+1].agent != "" || st.info[j+1].cue == cueCasualty) {
				x[fCount] = 1
			}
		}
	}
	if background > 2 {
		background = 2
	}
	x[fBackground] = float64(background)
	n := 0
	for i := range trigs {
		if trigs[i].f.p.code >= "14" {
			n++
		}
	}
	x[fMany] = b2f(n >= 2)
}

func hasArticle(w string) bool {
	for _, c := range candidates(w, nil) {
		if c.hasArticle {
			return true
		}
	}
	return false
}

// defaultReport reads the embedded data/report.tsv: group ("protest" or
// "violence"), "f:" and a feature name, "w:" and a word, "s:" and a stem
// or "t:" and a lemma, weight.
func defaultReport() [2]reportModel {
	f, err := dataFS.Open("data/report.tsv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	m, err := readReport("report.tsv", f)
	if err != nil {
		panic(err) // embedded data; the tests read it
	}
	return m
}

func readReport(name string, r io.Reader) ([2]reportModel, error) {
	var m [2]reportModel
	for g := range m {
		m[g].word, m[g].stem, m[g].trigger = map[string]float64{}, map[string]float64{}, map[string]float64{}
	}
	index := map[string]int{}
	for i, n := range featureNames {
		index[n] = i
	}
	err := lexicon.ReadLines(r, name, func(_ int, t string) error {
		f := strings.Split(t, "\t")
		if len(f) != 3 {
			return fmt.Errorf("%d fields, want 3", len(f))
		}
		var g int
		switch f[0] {
		case "protest":
			g = 0
		case "violence":
			g = 1
		default:
			return fmt.Errorf("unknown group %q", f[0])
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return err
		}
		switch {
		case strings.HasPrefix(f[1], "f:"):
			i, ok := index[f[1][2:]]
			if !ok {
				return fmt.Errorf("unknown feature %q", f[1])
			}
			m[g].feature[i] = w
		case strings.HasPrefix(f[1], "w:"):
			m[g].word[f[1][2:]] = w
		case strings.HasPrefix(f[1], "s:"):
			m[g].stem[f[1][2:]] = w
		case strings.HasPrefix(f[1], "t:"):
			m[g].trigger[f[1][2:]] = w
		default:
			return errors.New("want a feature (f:), a word (w:), a stem (s:) or a lemma (t:)")
		}
		return nil
	})
	if err != nil {
		return m, fmt.Errorf("read report model %w", err)
	}
	return m, nil
}

// filtered reports whether acts of a PLOVER type pass the report filter:
// assaults and protests, the types the model was fitted on.
func filtered(plover string) bool { return plover == "ASSAULT" || plover == "PROTEST" }

// cueFeature is the feature a cue word anywhere in the sentence sets.
var cueFeature = map[cue]int{
	cueRecent: fRecent, cueCasualty: fCasualty, cueQuestion: fQuestion,
	cueReport: fReport, cueMonth: fMonth, cueUndergo: fUndergo,
	cueSince: fSince, cueStat: fStat, cueIntent: fIntent, cueCond: fIntent,
	cueFuture: fIntent, cueDemand: fDemand, cueStreet: fStreet,
}
