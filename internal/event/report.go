package event

import (
	"rasad/internal/event/clause"
	"slices"
	"strconv"
	"strings"

	"rasad/internal/event/background"
	"rasad/internal/event/force"
	"rasad/internal/event/morph"
	"rasad/internal/event/occur"
	"rasad/internal/event/report"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// isNews decides whether the sentence reports as news the acts of group g
// (0 protests, 1 violence) among trigs: the score of the model of the group
// (package report's, report/data/report.tsv) on the evidence of those acts
// (each feature at its largest over them), the words of the sentence and
// the words of the acts (t: and the lemma).
func (st *sentence) isNews(g int, trigs []trigger) bool {
	if st.c.mentions {
		return true
	}
	var ev report.Evidence
	for i := range trigs {
		t := &trigs[i]
		if !filtered(st.c.codes[t.f.P.Code].Plover) || t.polarity != news.Asserted || force.Group(t.f.P.Code) != g {
			continue
		}
		a := st.act(t, trigs)
		ev.Add(st.ws, &a, t.f.P.Lemma)
	}
	if ev.Acts == 0 {
		return false
	}
	score := st.c.report[g].Score(&ev.X, ev.Lemmas(), st.ws)
	if st.c.trace != nil {
		words := report.Words(st.ws)
		for _, l := range ev.Lemmas() {
			words = append(words, "t:"+l)
		}
		st.c.trace(g, score, append([]float64(nil), ev.X[:]...), words) // a copy: ev stays on the stack
	}
	return score >= 0
}

// asserts reports whether a verb of violence among trigs states the act as
// a fact of the news: a verb in the past (or the present of a headline:
// الاحتلال يقتل شابا فلسطينيا), active, whose doer and whose
// target the text names with their countries (a bombing's doer may be
// unknown: occur.Unknown) (قصفت الطائرات التركية مواقع
// حزب العمال الكردستاني), or a verb in the past that starts the act its
// noun names (بدأت أنقرة حملة ضربات جوية على ...), in a main clause that no كان or قد, no relative
// pronoun, no بعد or إثر, and a sentence that no word of intent,
// condition, question, background, span or statistic frames. The model
// above, fitted on sentences picked for their keywords, weighs such a
// sentence by its words alone.
func (st *sentence) asserts(trigs []trigger) bool {
	for i := range trigs {
		t := &trigs[i]
		if t.f.P.Kind != vocab.Verb && !t.launched && !st.occurred(t) || t.inferred || t.f.Present && !st.headline() || t.f.Passive || t.polarity != news.Asserted || force.Group(t.f.P.Code) != 1 ||
			!filtered(st.c.codes[t.f.P.Code].Plover) || t.target == nil || len(t.sources) == 0 && (t.f.P.Kind == vocab.Verb || !occur.Unknown(st, t.at, t.f.P.Code)) {
			continue
		}
		var x [report.NFeatures]float64
		a := st.act(t, trigs)
		report.Features(st.ws, &a, &x)
		if s := t.sources; len(s) == 1 && background.Pluperfect(st, t.at) && !t.dated && st.story != "" && s[0].ent < 0 && s[0].role != "" && s[0].country == "" {
			s[0].country, t.sequel = st.story, true // وكانت القوات البرية … ضربت, after the story's news: an earlier step of it, by its forces
		}
		ok := st.resolved(*t.target)
		for _, s := range t.sources {
			ok = ok && (st.resolved(s) || s.role != "" && force.Described(st, t.at)) // طائرات حربية عربية
		}
		if !ok {
			continue
		}
		if l, _ := clause.Around(st, t.at); l >= st.a && vocab.Relative(st.info[l].rest) {
			continue
		}
		if x[report.Pluperfect]*report.Flag(!t.sequel)+x[report.After]*report.Flag(!t.launched || len(t.date) < 10 || !t.dated)+x[report.Intent]+x[report.Question]+x[report.Background]+x[report.Since]*report.Flag(!t.dated || !report.StartPoint(st.ws, t.at-st.a))+x[report.Stat] == 0 {
			return true
		}
	}
	return false
}

// occurred reports whether a verb of occurrence in the past states the act
// of the noun t (package occur: اندلعت اشتباكات بين الجيش وحزب الله) and
// the clause names its parties, by a name or an agent noun (قوات النظام in
// Daraa: Syria's): not the speaker of the quote it is told in (قال إن
// المعارك دارت بين القوات الأمنية ضد داعش: the sides misread, no record).
func (st *sentence) occurred(t *trigger) bool {
	unnamed := func(s actorRef) bool { return s.said || s.ent < 0 && s.role == "" && s.actor == "" }
	return t.target != nil && !unnamed(*t.target) && !slices.ContainsFunc(t.sources, unnamed) && occur.Stated(st, t.at)
}

// headline reports whether the sentence is an article's headline: its first line, with the
// article's text after it. A text of one sentence (a snippet, a sentence of a data set) has none.
func (st *sentence) headline() bool {
	if st.idx != 0 || st.b >= len(st.toks) {
		return false
	}
	return strings.Contains(st.doc.Text[st.toks[st.b-1].End:st.toks[st.b].Start], "\n")
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

// FeatureNames returns the names of the report model's features, in the order WithTrace hands them.
func FeatureNames() []string { return append([]string(nil), report.Names[:]...) }

// act gives package report the act t among trigs (report.Act): what the
// coder found of it, its words in st.ws.
func (st *sentence) act(t *trigger, trigs []trigger) report.Act {
	k := t.at
	a := report.Act{At: k - st.a, Prior: t.f.P.Prior, Code: t.f.P.Code, Verb: t.f.P.Kind == vocab.Verb, Present: t.f.Present, Passive: t.f.Passive, Target: t.target != nil, Place: t.where != ""}
	if t.dated {
		a.Date, a.DateGap, a.DateEntry = len(t.date), t.dateGap, t.dateEntry
	}
	for _, s := range t.sources {
		if !t.inferred { // the doers the text names: not those inferred (clashedWith)
			a.Named, a.Protester, a.Agent = true, a.Protester || s.protester, a.Agent || s.ent < 0 && s.role != "" && s.role != "CVL"
		}
	}
	if !a.Verb {
		a.Definite = st.info[k].rest != st.toks[k].Norm && len(st.toks[k].Norm) > len(st.info[k].rest)+2 && lexicon.Definite(&st.toks[k])
		a.Governed = st.info[k].prep != "" || k > st.a && st.info[k-1].isPrep
	}
	l, _ := clause.Around(st, k)
	a.Relative = l >= st.a && st.info[l].cue == vocab.CueBound && !vocab.Subordinate(st.info[l].rest) && l >= k-3
	for i := range trigs {
		if trigs[i].f.P.Code >= "14" {
			a.Many++
		}
	}
	return a
}

// filtered reports whether acts of a PLOVER type pass the report filter:
// assaults and protests, the types the model was fitted on.
func filtered(plover string) bool { return plover == "ASSAULT" || plover == "PROTEST" }

// moods reads the words of the sentence for package report (st.ws), and
// what the sentence says of each act (report.MoodOf): an act wished,
// advised or required is alleged at most; a habit, a standing state, a
// possibility or a noun that names no act is no event; an act that a verb
// of cessation governs is negated.
func (st *sentence) moods(trigs []trigger) {
	if st.ws = st.ws[:0]; len(trigs) == 0 {
		return
	}
	st.ws = slices.Grow(st.ws[:0], st.b-st.a)[:st.b-st.a] // (the buffer of the document)
	for k := st.a; k < st.b; k++ {
		x, tk := &st.info[k], &st.toks[k]
		num := tk.Kind == news.Number
		n, err := 0, error(nil)
		if num {
			n, err = strconv.Atoi(tk.Norm)
		}
		year := num && err == nil && n >= 1900 && n <= 2100
		st.ws[k-st.a] = report.Word{Rest: x.rest, Norm: tk.Norm, Text: tk.Kind == news.Word, Cue: x.cue, Mood: x.mood, Bound: x.bound, Conj: x.conj, Prep: x.prep,
			Actor: x.actor > 0 || x.title || x.agent != "", Count: num && !year || x.cue == vocab.CueNumber || x.crowd,
			Number: num, Year: year, Future: x.future, Crowd: x.crowd, Agent: x.agent != "", Article: tk.Kind == news.Word && lexicon.Definite(tk)}
	}
	for _, t := range trigs {
		w, tk := &st.ws[t.at-st.a], &st.toks[t.at]
		w.Verb, w.Present, w.Code = t.f.P.Kind == vocab.Verb, t.f.Present, t.f.P.Code
		w.Article, w.Pron = tk.Kind == news.Word && lexicon.Definite(tk), tk.Kind == news.Word && morph.Suffixed(tk)
	}
	for i := range trigs {
		t := &trigs[i]
		t.hypothetical = report.Conditional(st.ws, t.at-st.a) || t.f.P.Code >= "15" && force.Feared(st, t.at) || t.f.P.Code[:2] == "04" && background.Press(st, t.at) || background.Occasion(st, t.at, t.f.P.Code[:2] == "02") || background.Planned(st, t.at) || t.compl >= 0 && t.f.P.Code[:2] == "04" && report.Media(st.ws, t.compl-st.a) || !t.dated && report.Standing(st.ws, t.at-st.a) || background.Lapse(st, t.at) || background.Ago(st, t.at) || background.Past(st, t.at) || background.Tally(st, t.at, st.doc.Dates, st.doc.Published) || background.Any(st, t.at) || background.Habit(st, t.at) || !t.dated && background.Before(st, t.at, st.doc.Dates, st.doc.Published) || background.Landmark(st, t.at) || !t.dated && background.Told(st, t.at, st.doc.Dates, st.doc.Published) || background.Hearsay(st, t.at) || background.Charge(st, t.at) // في حال رفع العقوبات, إذا هاجمت, خشية وقوع هجمات, بدعوة من, عقد مؤتمرا صحفيا, تقيم علاقات منذ, بعد سنوات من المفاوضات, ويقال إن (dated or not: an act of years): no event at all
		switch m := report.MoodOf(st.ws, t.at-st.a); {
		case m == report.Irrealis || m == report.Fact && t.f.P.Code[:2] != "14" && (background.Called(st, t.at) || background.Attending(st, t.at)): // (دعا الطرفين إلى وقف القتال وبدء مفاوضات, للمشاركة في محادثات: asked for, the conjunct too; the aim of a journey; a protest called for is left to Announced, as the event gold set counts it)
			// an assault or a protest not done is not news (isNews), nor
			// alleged: nobody is accused of it
			t.hypothetical = t.hypothetical || filtered(st.c.codes[t.f.P.Code].Plover)
			if t.polarity == news.Asserted {
				t.polarity = news.Alleged
			}
		case m == report.NoAct:
			t.hypothetical = true
		case m == report.Halted:
			t.polarity = news.Negated
		}
		if t.polarity == news.Asserted && (t.dated && t.f.P.Code[:2] != "03" && background.Future(t.date, st.doc.Published) || background.Coming(st, t.at, t.dated) || !t.dated && !st.isVerb(t.at) && background.Ahead(st, t.at, st.doc.Dates, st.doc.Published) || !t.dated && !filtered(st.c.codes[t.f.P.Code].Plover) && background.Under(st, t.at) || !t.dated && report.Soon(st.ws, t.at-st.a) || report.Unconfirmed(st.ws, t.at-st.a)) {
			t.polarity = news.Alleged // dated after publication, or before its time (قبل زيارة, زيارة مرتقبة): to come, not done (an intent stays one); so is an undated noun of a clause dated after it (تعقد غداً اجتماعاً ... ومشاركة الرئيس)
		}
		if t.polarity == news.Asserted && !t.dated && (t.f.Present && background.Joined(st, t.at) || background.Awaited(st, t.at)) {
			// سوف يطرد ... ويشيد, في زيارتها ... سوف تجري: in the scope of a future, to come; an assault or a protest to come is no record (as a mood not done)
			t.polarity, t.hypothetical = news.Alleged, t.hypothetical || filtered(st.c.codes[t.f.P.Code].Plover)
		}
		if l, _ := clause.Around(st, t.at); t.polarity == news.Asserted && t.dated && !report.StartPoint(st.ws, t.at-st.a) && (!report.SinceYear(st.ws, t.at-st.a) && background.History(t.date, st.doc.Published) || l >= st.a && vocab.Relative(st.info[l].rest) && background.Described(t.date, st.doc.Published)) {
			t.hypothetical = true // dated over a month back (انسحاب العراق عام 1982): history, no record; منذ أن شن هجومه في فبراير 2022 starts a state that lasts, a record of its date; التفجير الذي استهدف سوروج يوم 20 يوليو الماضي: a relative clause's act of a week before the news, its background
		}
	}
}
