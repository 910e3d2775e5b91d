package event

import (
	"rasad/internal/arabic"
	"rasad/internal/event/clause"
	"slices"

	"rasad/internal/event/doer"
	"rasad/internal/event/force"
	"rasad/internal/event/frame"
	"rasad/internal/event/frame/object"
	"rasad/internal/event/morph"
	"rasad/internal/event/polarity"
	"rasad/internal/event/sense"
	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// triggers finds the event words of the sentence and picks one pattern for
// each.
func (st *sentence) triggers() []trigger {
	var out []trigger
	for k := st.a; k < st.b; k++ {
		t := &st.info[k]
		if len(t.forms) == 0 || t.used || t.actor > 0 {
			continue
		}
		if t.cue == vocab.CueRecent && (k+1 < st.b && st.info[k+1].cue == vocab.CueRecent || k > st.a && st.info[k-1].isPrep) {
			continue // فجر أمس is dawn, not a blast
		}
		// a pattern whose complement follows wins, the most specific code
		// first (نفذ هجوما انتحاريا is 1831, not 190)
		chosen, compl := -1, -1
		withFound := false
		for fi, f := range t.forms {
			if f.P.Kind == vocab.Verb && (k > st.a && st.info[k-1].isPrep && st.info[k-1].cue != vocab.CueSince || doer.Supported(st, k) || doer.SecondObject(st, k) || doer.Launched(st, k, st.a) >= 0) && st.isNoun(k) || f.Jussive && !doer.AfterJussive(st, k) {
				continue // عن خطف: after a preposition a word is a noun, not a verb (but منذ قصفت); so after a support verb (أبدى نتنياهو رفضه), before a verbal noun that would be a second object (رفضها استخدام الجيش) and as the object of a verb of starting (بدأ الحوثيون قصف); a jussive only after لم or لا (يصف is no يصفي)
			}
			if f.P.With == nil {
				if chosen < 0 {
					chosen = fi
				}
				continue
			}
			if w := st.complement(k, f.P.With); w >= 0 && (!f.P.Adjacent || st.next(k, w)) {
				if !withFound || len(f.P.Code) > len(t.forms[chosen].P.Code) {
					chosen, compl = fi, w
				}
				withFound = true
			}
		}
		if chosen < 0 {
			continue
		}
		for j := k + 1; compl >= 0 && j <= compl; j++ { // the complement, and a word of the same act before it, are the verb's phrase (شنت الشرطة حملة اعتقالات)
			st.info[j].used = st.info[j].used || j == compl || slices.ContainsFunc(st.info[j].forms, func(f form) bool { return f.P.Code == t.forms[chosen].P.Code })
		}
		out = append(out, trigger{at: k, f: t.forms[chosen], compl: compl})
	}
	// انفجار سيارة مفخخة: of two adjacent nouns of the same act, the more
	// specific code stands
	keep := out[:0]
	for i, t := range out {
		if i+1 < len(out) && out[i+1].at == t.at+1 && st.sameAct(t, out[i+1]) && len(out[i+1].f.P.Code) > len(t.f.P.Code) {
			continue
		}
		if len(keep) > 0 && keep[len(keep)-1].at == t.at-1 && st.sameAct(keep[len(keep)-1], t) && len(keep[len(keep)-1].f.P.Code) >= len(t.f.P.Code) {
			continue
		}
		keep = append(keep, t)
	}
	return keep
}

// prune drops the readings of a word as an event word when it follows a
// verb and an actor phrase follows it, as its genitive, and every pattern
// it matches needs a
// complement that does not follow in its clause: فرق disperses (فرق
// المتظاهرين) only with demonstrators after it; in ألقت فرق الأمن القبض it
// is a noun, teams, that heads the verb's subject.
func (st *sentence) prune() {
	var drop []int
	for k := st.a; k < st.b; k++ {
		fs := st.info[k].forms
		if len(fs) == 0 || st.info[k].conj || k+1 >= st.b || k == st.a || !st.isVerb(k-1) {
			continue // (a noun heading a subject follows its verb)
		}
		if n := &st.info[k+1]; n.actor == 0 && n.agent == "" && !n.title {
			continue // a verb whose subject is no actor phrase keeps its reading (قتل واصيب اربعة)
		}
		found := false
		for _, f := range fs {
			if f.P.With == nil || st.complementAhead(k, f.P.With) {
				found = true
				break
			}
		}
		if !found {
			drop = append(drop, k) // after all are read: a word may be another's complement
		}
	}
	for _, k := range drop {
		st.info[k].forms = nil
	}
}

// complementAhead reports whether a word of set follows k in its clause
// within twelve words, before the actor phrases are known.
func (st *sentence) complementAhead(k int, set map[string]bool) bool {
	for j := k + 1; j < st.b && j <= k+12; j++ {
		t := &st.info[j]
		if t.bound {
			return false
		}
		if morph.HasStem(t.rest, set) || morph.HasStem(st.toks[j].Norm, set) {
			return true
		}
		for _, f := range t.forms {
			if set[f.P.Lemma] {
				return true
			}
		}
	}
	return false
}

// coordinated gives an event noun joined by و to the event noun just
// before it the arguments it lacks: حملات الدهم والاختطاف بحق أبناء إب
// are both the militia's, against the same people.
func (st *sentence) coordinated(t, prev *trigger) {
	if t.f.P.Kind != vocab.Noun || prev.f.P.Kind != vocab.Noun || !st.info[t.at].conj || t.at-prev.at > 2 {
		return
	}
	if len(t.sources) == 0 {
		t.sources = prev.sources
	}
	if t.target == nil {
		t.target = prev.target
	}
}

// next reports whether w is the first word after k that no actor phrase
// holds but a word of the day (حققت الشرطة التركية في الهجوم: في is next to
// حققت; تقدمت القوات أمس نحو المدينة).
func (st *sentence) next(k, w int) bool {
	for j := k + 1; j < w; j++ {
		if st.ph[j-st.a] == 0 && st.info[j].cue != vocab.CueRecent {
			return false
		}
	}
	return true
}

func (st *sentence) sameAct(a, b trigger) bool {
	return a.f.P.Kind == vocab.Noun && b.f.P.Kind == vocab.Noun && a.f.P.Code[:2] == b.f.P.Code[:2]
}

// complement finds, within four words after k in the same clause, a word
// of the set (the noun of شن هجوما, وقع اتفاقية); the words of an actor
// phrase, numbers and words of the day do not count (نفذ طيران النظام
// السوري أمس 16 غارة).
func (st *sentence) complement(k int, set map[string]bool) int {
	n := 0
	for j := k + 1; j < st.b && j <= k+12 && n < 4; j++ {
		t := &st.info[j]
		if t.bound && !clause.TimeClosed(st, k, j) && !object.Judged(st, k, j) { // (وصفه بأنه مخيب: the description is the complement)
			return -1
		}
		if morph.HasStem(t.rest, set) || morph.HasStem(st.toks[j].Norm, set) {
			return j
		}
		for _, f := range t.forms {
			if set[f.P.Lemma] {
				return j
			}
		}
		if st.ph[j-st.a] == 0 && st.toks[j].Kind != news.Number && t.cue != vocab.CueRecent && !t.quote { // (quotation marks are no words)
			n++
		}
	}
	return -1
}

func (st *sentence) isVerb(k int) bool { return st.spells(k, vocab.Verb) }
func (st *sentence) isNoun(k int) bool { return st.spells(k, vocab.Noun) }

// spells reports whether one of token k's forms is of that kind.
func (st *sentence) spells(k int, kind vocab.Kind) bool {
	return slices.ContainsFunc(st.info[k].forms, func(f form) bool { return f.P.Kind == kind })
}

// passiveTwin returns the passive form of pattern p that token k also
// spells, if any.
func (st *sentence) passiveTwin(k int, p *pattern) (form, bool) {
	if i := slices.IndexFunc(st.info[k].forms, func(f form) bool { return f.Passive && f.P.Code == p.Code }); i >= 0 {
		return st.info[k].forms[i], true
	}
	return form{}, false
}

// objectFollows reports whether an object follows the verb at k: a phrase
// or a number before any preposition.
func (st *sentence) objectFollows(k, r int) bool {
	for j := k + 1; j < r && j <= k+4; j++ {
		x := &st.info[j]
		if x.cue == vocab.CueRecent {
			continue
		}
		return st.phraseAt(j) >= 0 && st.phrases[st.phraseAt(j)].prep == "" || st.toks[j].Kind == news.Number || x.cue == vocab.CueNumber || x.cue == vocab.CueCasualty
	}
	return false
}

// protests codes what demonstrators do as a protest: an act of violence
// by protesters is a riot (145), any other act of theirs a demonstration
// (141). A sentence that names protesters as actors but holds no protest
// word reports a demonstration all the same (تجمع مئات المتظاهرين).
func (st *sentence) protests(trigs []trigger) []trigger {
	has := false
	for i := range trigs {
		t := &trigs[i]
		prot := false
		for _, s := range t.sources {
			prot = prot || s.protester
		}
		code := t.f.P.Code
		if prot && code[:2] != "14" {
			switch {
			case code >= "17":
				t.f.P = st.c.builtin["145"]
			default:
				t.f.P = st.c.builtin["141"]
			}
		}
		if t.f.P.Code[:2] == "14" {
			has = true
		}
	}
	if has {
		return trigs
	}
	for pi := range st.phrases {
		ph := &st.phrases[pi]
		if !ph.protester || (ph.prep != "" && ph.prep != "من") {
			continue
		}
		src := pi
		if ph.prep == "من" && pi > 0 && st.phrases[pi-1].end == ph.start-1 && st.phrases[pi-1].prep == "" {
			src = pi - 1 // العشرات من المتظاهرين
		} else if ph.prep != "" {
			continue
		}
		r, _ := st.ref(&st.phrases[src])
		r.protester = true
		l, rb := clause.Around(st, ph.start)
		t := trigger{at: ph.start, f: form{P: st.c.builtin["141"]}, compl: -1, sources: []actorRef{r}}
		t.polarity = polarity.Of(st, ph.start, l)
		st.place(&t, l, rb)
		trigs = append(trigs, t)
		break
	}
	return trigs
}

// bombings codes a verb of striking whose subject is a bomb or its blast
// as that bombing (التفجير الذي استهدف مسجدا: 183; package sense,
// Bombing), with the code of the noun the lexicon reads there.
func (st *sentence) bombings(trigs []trigger) {
	device := func(j int) string {
		for _, t := range trigs {
			if t.at == j && t.f.P.Kind == vocab.Noun {
				return t.f.P.Code
			}
		}
		return ""
	}
	for i := range trigs {
		t := &trigs[i]
		if t.f.P.Code == "190" && sense.Striking(t.f.P.Lemma) && st.aerial(t.at) {
			q := *t.f.P
			q.Code, t.f.P = "195", &q
		}
		if code := sense.Bombing(st.toks, t.at, t.f.P.Lemma, t.f.P.Code, device); code != "" && t.f.P.Kind == vocab.Verb {
			q := *t.f.P
			q.Code, t.f.P = code, &q
		}
	}
}

// aerial reports whether the clause of the act of striking at k names
// aircraft as its doer, whoever the sources found are: the subject right
// after it (قصف سلاح الجو أهدافا), a subject before it (قامت ثلاث مقاتلات
// من سلاح الجو بقصف), or the phrase after من or ل within six words after
// it (قصف ببرميلين متفجرين من الطيران المروحي): a shelling by aircraft is
// aerial (195).
func (st *sentence) aerial(k int) bool {
	l, r := clause.Around(st, k)
	for _, ph := range st.phrases {
		if !ph.air || ph.start <= l || ph.start >= r {
			continue
		}
		if ph.prep == "" && (ph.start < k || ph.start == k+1) || (ph.prep == "من" || ph.prep == string(arabic.Lam)) && ph.start > k && ph.start <= k+6 {
			return true
		}
	}
	return false
}

// merge makes one record of the acts of violence that one clause reports
// together: شنت المقاومة هجمات استهدفت الحوثيين is one attack by the
// resistance on the Houthis, قتل خمسة في انفجار سيارة مفخخة one bombing;
// and of an act and its toll in the verbs joined to it (وقتل, وأصاب), each
// within twelve words of the act or six of the toll before it (أطلقوا صاروخا
// … على سيارة مصفحة في بلدة الجزيرة فقتلوا ضابطا وأصابوا آخر).
// The act that names its doer stands; if both or neither do, the act
// rather than its toll (killing, wounding: force.Toll), else the first. It
// takes the doer, the target or the date that the other names.
func (st *sentence) merge(trigs []trigger) []trigger {
	out := trigs[:0]
	last := map[int]int{} // an act of out → the last word merged into it (فقتلوا ضابطا وأصابوا آخر: a toll joined to its toll)
	for _, t := range trigs {
		if at, code := sense.Cause(st.toks, t.at, t.f.P.Lemma); code != "" && force.Outcome(t.f.P.Code) && at < st.b {
			q := *t.f.P // بمقتل مدني … في قصف: a death in fighting is of the root of the fighting
			q.Code, t.f.P, t.cause = code, &q, at
		}
		if len(out) > 0 {
			i := len(out) - 1
			for j, x := range out {
				out[j].sources = force.Doers(x.sources, t.sources, force.Toll(x.f.P.Code) && sense.CausedBy(st.toks, x.at, t.at)) // استشهد رضيع من جراء إحراق مستوطنين منزله: the doer of the act the toll was caused by
				if x.fell(t) || t.cause > 0 && t.cause == last[j] || force.Blast(t.f.P.Code, t.at, x.f.P.Code, x.at) || force.Blast(x.f.P.Code, x.at, t.f.P.Code, t.at) {
					i = j // the toll that fell in t (قتل خمسة في انفجار سيارة مفخخة; مقتل ثمانية وتدمير عجلتين في غارة), or the act t is the result of (فجر … ما أدى إلى مقتل; نفذت ثلاث ضربات جوية … ما تسبب بمقتل), or a record that took in the act t is the result of (شنت غارات استهدفت مواقع، أسفرت عن مقتل 16: last), or the blast of device t (انفجرت عبوة ناسفة: force.Blast)
				}
			}
			a := out[i]
			l, r := clause.Around(st, a.at)
			fell := a.fell(t)
			// (or its toll in a verb joined to it: فجر انتحاري حزامه في مسجد وقتل 26 وأصاب 227; or the act it fell in)
			toll := (force.Outcome(t.f.P.Code) || t.cause != 0) && st.info[t.at].conj && st.isVerb(t.at) && (t.at-a.at <= 12 || t.at-last[i] <= 6) && (a.target == nil || t.target == nil || a.target.key() == t.target.key())
			if (t.at > l && t.at < r || toll || fell || t.cause > 0 && t.cause == last[i] || force.Bare(t.f.P.Code, t.cause, len(t.sources)) || t.cause < 0 && len(a.sources) > 0 && !force.Outcome(a.f.P.Code) && (len(t.sources) == 0 || t.sources[0].said) && frame.Continues(st, t.at)) && force.Joins(a.f.P.Code, t.f.P.Code) && a.polarity == t.polarity {
				p, o := a, t
				if len(a.sources) == 0 && len(t.sources) > 0 || fell && a.cause > 0 ||
					(len(a.sources) == 0) == (len(t.sources) == 0) && (force.Outcome(a.f.P.Code) || a.cause < 0) && !force.Outcome(t.f.P.Code) && t.cause >= 0 {
					p, o = t, a
				}
				if force.Blast(p.f.P.Code, p.at, o.f.P.Code, o.at) {
					p, o = o, p // a bomb that went off: the verb keeps its place (a toll after it fell in it)
				}
				if force.Blast(o.f.P.Code, o.at, p.f.P.Code, p.at) || sense.Weapon(st.toks, o.at, o.f.P.Code, p.at, p.f.P.Code) {
					q := *p.f.P
					q.Code, p.f.P = o.f.P.Code, &q // and the device's code (سيارة مفخخة: 1832), or the instrument's (هجوم بسيارة مفخخة: sense.Weapon)
				}
				if len(p.sources) == 0 {
					p.sources = o.sources
				}
				if (p.target == nil || fell && !p.mutual) && o.target != nil && (len(p.sources) == 0 || o.target.key() != p.sources[0].key()) { // (the toll's victims)
					p.target = o.target
				}
				if p.where == "" {
					p.where, p.whereCC = o.where, o.whereCC
				}
				if !p.dated && o.dated {
					p.date, p.dated, p.dateGap = o.date, true, o.dateGap // (غارة استهدفت الفضلي في سبتمبر)
				}
				out[i] = p
				last[i] = max(last[i], t.at)
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// fell reports whether x's toll fell in t, or t's in x: its trigger, its verb's complement or launched noun.
func (x trigger) fell(t trigger) bool {
	return x.cause > 0 && t.at >= x.cause && t.at <= x.cause+2 || t.cause > 0 && t.cause < t.at && (force.Launches(x.at, t.cause, x.f.P.Code, t.f.P.Code) || x.compl == t.cause)
}
