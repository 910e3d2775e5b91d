package event

import (
	"sort"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// RoleFinder gives the CAMEO actor code that the actor of an entity
// (Entity.ActorID, the gazetteer's key) held on a date (YYYY-MM-DD, YYYY-MM
// or YYYY): the actor gazetteer's dated roles. It returns "" when it does
// not know, and the coder then uses Entity.Actor.
type RoleFinder interface {
	ActorCode(actorID, date string) string
}

// phrase is a run of tokens that names one actor or describes one: titles,
// nisba adjectives, agent nouns and names (وزير الدفاع الصيني لي شانغفو).
type phrase struct {
	start, end int    // token range [start, end)
	prep       string // the preposition that governs it, "" if none
	coord      bool   // joined to the previous phrase by و
	ents       []int  // entity indices named inside it
	role       string // an agent noun's role (MIL, COP ...)
	protester  bool   // its agent noun names demonstrators
	pron       bool   // its agent noun carries a possessive pronoun
}

// actorRef is an actor that a phrase, a pronoun or a quote's speaker stands
// for.
type actorRef struct {
	ent     int // entity index, -1 if none
	role    string
	country string
	name    string
	actor   string // a CAMEO code given directly (a quote's speaker)
	// protester marks demonstrators: what they do is a protest.
	protester bool
}

func (a actorRef) key() string {
	if a.ent >= 0 {
		return "e" + itoa(a.ent)
	}
	return a.country + a.role + "|" + a.name
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

// sentence holds the state of coding one sentence.
type sentence struct {
	c       *Coder
	doc     *news.Document
	toks    []news.Token
	info    []tok
	a, b    int // token range of the sentence
	phrases []phrase
	ph      []int     // token → 1 + phrase index, 0 if none
	idx     int       // sentence index
	done    []trigger // the triggers whose arguments are found, in order
}

// trigger is one event word found in a sentence, with its arguments.
type trigger struct {
	at       int
	f        form
	compl    int // token of the complement, -1 if none
	sources  []actorRef
	target   *actorRef
	polarity news.Polarity
	date     string
	dated    bool // the date comes from a date expression of the sentence
	dateGap  int  // how many tokens lie between the word and that expression
	// dateEntry: the word follows its date expression and a colon, as an
	// entry of a chronology does (21 مايو 2005: اغتيال ...)
	dateEntry bool
	where     string
	whereCC   string // the country of the place
	home      string // the country of an unnamed doer (see placeAgents)
}

// Code returns the events that doc reports, one record per event: the same
// (date, source, target, code, polarity) in several sentences is one Event
// listing them all. doc.Tokens and doc.Sentences are computed from doc.Text
// when empty. Entities, Quotes and Dates are read when present: entities give
// the actors (a place with a country stands for its government), a quote's
// speaker is the source of what the quote announces, and a date expression
// in the sentence gives the date of the act it is nearest to (else the
// publication date).
func (c *Coder) Code(doc *news.Document) []news.Event {
	toks := doc.Tokens
	if len(toks) == 0 {
		toks = arabic.Tokenize(doc.Text)
	}
	sents := doc.Sentences
	if len(sents) == 0 {
		sents = arabic.Sentences(doc.Text, toks)
	}
	info := c.analyse(doc, toks)
	var out []news.Event
	seen := map[string]int{}
	var pair []actorRef // the last coordinated pair of actors, for ـهما and dual verbs
	lastSubj := []actorRef(nil)
	ti := 0
	for si, s := range sents {
		for ti < len(toks) && toks[ti].Start < s.Start {
			ti++
		}
		a := ti
		b := a
		for b < len(toks) && toks[b].End <= s.End {
			b++
		}
		if b == a {
			continue
		}
		st := &sentence{c: c, doc: doc, toks: toks, info: info, a: a, b: b, idx: si}
		st.chunk()
		trigs := st.triggers()
		for i := range trigs {
			st.arguments(&trigs[i], &pair, &lastSubj)
			st.done = append(st.done, trigs[i])
		}
		trigs = st.protests(trigs)
		for i := range trigs {
			st.placeAgents(&trigs[i])
		}
		st.dates(trigs)
		// the sentence reports its acts of material conflict as news, or
		// mentions them as background, all together: they describe one
		// incident (protests and violence apart; see report.go)
		var isNews [2]bool
		for g := range isNews {
			isNews[g] = st.isNews(g, trigs)
		}
		for _, t := range trigs {
			if filtered(c.codes[t.f.p.code].plover) && !c.mentions {
				if t.polarity == news.Asserted && !isNews[violent(t)] {
					continue
				}
				// kept, and never counted as the act itself; but an act
				// that nobody denies doing to anybody says nothing
				if t.polarity != news.Asserted && len(t.sources) == 0 && t.target == nil {
					continue
				}
			}
			out = st.emit(out, seen, t)
		}
	}
	return out
}

// chunk groups the tokens of the sentence into actor phrases.
func (st *sentence) chunk() {
	st.ph = make([]int, st.b-st.a)
	var cur *phrase
	lastEnt := -1
	for k := st.a; k < st.b; k++ {
		t := &st.info[k]
		np := (t.actor > 0 || t.agent != "" || t.title) && len(t.forms) == 0 && !t.isPrep && t.cue == cueNone
		if !np {
			cur = nil
			continue
		}
		// two names in a row are two actors (اتهمت واشنطن بكين), except a
		// place before a person or organisation: a nisba that describes it
		// (الرئيس الروسي فلاديمير بوتين)
		newPhrase := cur == nil || t.conj || t.prep != "" ||
			(t.mstart && lastEnt >= 0 && lastEnt != t.actor-1 &&
				!(st.doc.Entities[lastEnt].Type == news.LOC && st.doc.Entities[t.actor-1].Type != news.LOC))
		if newPhrase {
			p := phrase{start: k, end: k, prep: t.prep}
			if p.prep == "" && k > st.a && st.info[k-1].isPrep {
				p.prep = st.info[k-1].prep
				// على يد, من قبل: the agent of a passive
				if k > st.a+1 && st.info[k-1].cue == cueAgentBy {
					p.prep = "by"
				}
			}
			if k > st.a && st.info[k-1].cue == cueAgentBy {
				p.prep = "by"
			}
			if t.conj && len(st.phrases) > 0 && st.phrases[len(st.phrases)-1].end == k {
				p.coord = true
				if p.prep == "" {
					p.prep = st.phrases[len(st.phrases)-1].prep
				}
			}
			st.phrases = append(st.phrases, p)
			cur = &st.phrases[len(st.phrases)-1]
			lastEnt = -1
		}
		cur.end = k + 1
		st.ph[k-st.a] = len(st.phrases)
		if t.actor > 0 && (len(cur.ents) == 0 || cur.ents[len(cur.ents)-1] != t.actor-1) {
			cur.ents = append(cur.ents, t.actor-1)
			lastEnt = t.actor - 1
		}
		if t.agent != "" && cur.role == "" {
			cur.role = t.agent
			cur.pron = t.agentPron
		}
		if t.protester {
			cur.protester = true
		}
	}
}

// ref returns the actor a phrase stands for: a person named in it, else an
// organisation, else an agent noun with the country of a place or nisba
// named in it, else the place.
func (st *sentence) ref(p *phrase) (actorRef, bool) {
	ents := st.doc.Entities
	best := -1
	rank := func(e news.Entity) int {
		switch e.Type {
		case news.PER:
			return 4
		case news.ORG:
			return 3
		case news.LOC:
			return 1
		}
		return 0
	}
	for _, e := range p.ents {
		if best < 0 || rank(ents[e]) > rank(ents[best]) {
			best = e
		}
	}
	if best >= 0 && rank(ents[best]) >= 3 {
		return actorRef{ent: best}, true
	}
	if p.role != "" {
		r := actorRef{ent: -1, role: p.role, name: st.text(p.start, p.end), protester: p.protester}
		if best >= 0 {
			r.country = ents[best].Country
		}
		if r.country == "" {
			r.country = st.phraseCountry(p)
		}
		if !r.protester && p.end < st.b && st.info[p.end].isPrep && st.info[p.end].rest == "من" {
			// العشرات من المتظاهرين
			if q := st.phraseAt(p.end + 1); q >= 0 && st.phrases[q].protester {
				r.protester = true
			}
		}
		return r, true
	}
	if best >= 0 {
		return actorRef{ent: best}, true
	}
	return actorRef{}, false
}

func (st *sentence) text(i, j int) string {
	return st.doc.Text[st.toks[i].Start:st.toks[j-1].End]
}

// phraseCountry finds the country of an agent phrase that names none: the
// phrase after it joined by من (عشرات من أعضاء الحزب المصري), or, for a
// possessive pronoun (جنوده), the nearest actor before it.
func (st *sentence) phraseCountry(p *phrase) string {
	if e := p.end; e < st.b && (st.info[e].prep == "من" || st.info[e].isPrep && st.info[e].rest == "من") {
		for j := e; j < st.b && j <= e+5; j++ {
			x := &st.info[j]
			if j > e && (x.bound || x.isPrep || len(x.forms) > 0) {
				break
			}
			if x.actor > 0 {
				if c := st.doc.Entities[x.actor-1].Country; c != "" {
					return c
				}
			}
		}
	}
	if p.pron {
		for i := len(st.phrases) - 1; i >= 0; i-- {
			q := &st.phrases[i]
			if q.end > p.start {
				continue
			}
			for _, e := range q.ents {
				if c := st.doc.Entities[e].Country; c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// group returns the actors of the phrase i and of the phrases coordinated
// with it after it (روسيا والصين).
func (st *sentence) group(i int) []actorRef {
	var out []actorRef
	for j := i; j < len(st.phrases); j++ {
		if j > i && !st.phrases[j].coord {
			break
		}
		if r, ok := st.ref(&st.phrases[j]); ok {
			out = append(out, r)
		}
	}
	return out
}

// groupBack returns the actors of the phrase i and of those coordinated
// before it.
func (st *sentence) groupBack(i int) []actorRef {
	j := i
	for j > 0 && st.phrases[j].coord {
		j--
	}
	return st.group(j)
}

// triggers finds the event words of the sentence and picks one pattern for
// each.
func (st *sentence) triggers() []trigger {
	var out []trigger
	for k := st.a; k < st.b; k++ {
		t := &st.info[k]
		if len(t.forms) == 0 || t.used || t.actor > 0 {
			continue
		}
		if t.cue == cueRecent && (k+1 < st.b && st.info[k+1].cue == cueRecent || k > st.a && st.info[k-1].isPrep) {
			continue // فجر أمس is dawn, not a blast
		}
		// a pattern whose complement follows wins, the most specific code
		// first (نفذ هجوما انتحاريا is 1831, not 190)
		chosen, compl := -1, -1
		withFound := false
		for fi, f := range t.forms {
			if f.p.with == nil {
				if chosen < 0 {
					chosen = fi
				}
				continue
			}
			if w := st.complement(k, f.p.with); w >= 0 {
				if !withFound || len(f.p.code) > len(t.forms[chosen].p.code) {
					chosen, compl = fi, w
				}
				withFound = true
			}
		}
		if chosen < 0 {
			continue
		}
		if compl >= 0 {
			st.info[compl].used = true
		}
		out = append(out, trigger{at: k, f: t.forms[chosen], compl: compl})
	}
	// انفجار سيارة مفخخة: of two adjacent nouns of the same act, the more
	// specific code stands
	keep := out[:0]
	for i, t := range out {
		if i+1 < len(out) && out[i+1].at == t.at+1 && st.sameAct(t, out[i+1]) && len(out[i+1].f.p.code) > len(t.f.p.code) {
			continue
		}
		if len(keep) > 0 && keep[len(keep)-1].at == t.at-1 && st.sameAct(keep[len(keep)-1], t) && len(keep[len(keep)-1].f.p.code) >= len(t.f.p.code) {
			continue
		}
		keep = append(keep, t)
	}
	return keep
}

func (st *sentence) sameAct(a, b trigger) bool {
	return a.f.p.kind == kindNoun && b.f.p.kind == kindNoun && a.f.p.code[:2] == b.f.p.code[:2]
}

// complement finds, within four tokens after k in the same clause, a word
// of the set (the noun of شن هجوما, وقع اتفاقية).
func (st *sentence) complement(k int, set map[string]bool) int {
	for j := k + 1; j < st.b && j <= k+4; j++ {
		t := &st.info[j]
		if t.bound {
			return -1
		}
		if hasStem(t.rest, set) || hasStem(st.toks[j].Norm, set) {
			return j
		}
		for _, f := range t.forms {
			if set[f.p.lemma] {
				return j
			}
		}
	}
	return -1
}

// hasStem reports whether w, or w without the article, a case ending or a
// possessive pronoun, is in set.
func hasStem(w string, set map[string]bool) bool {
	if set[w] {
		return true
	}
	w = strings.TrimPrefix(w, article)
	if set[w] {
		return true
	}
	for _, suf := range []string{"هما", "هم", "ها", "ه", alef} {
		if s, ok := strings.CutSuffix(w, suf); ok && runeLen(s) >= 2 {
			if set[s] {
				return true
			}
			if s2, ok := strings.CutSuffix(s, teh); ok && set[s2+tehM] {
				return true
			}
		}
	}
	return false
}

// clause returns the bounds (exclusive) of the clause around token k.
func (st *sentence) clause(k int) (int, int) {
	l := k - 1
	for l >= st.a && !st.info[l].bound {
		l--
	}
	r := k + 1
	for r < st.b && !st.info[r].bound && !(st.info[r].conj && st.isVerb(r)) {
		r++
	}
	return l, r
}

func (st *sentence) isVerb(k int) bool {
	for _, f := range st.info[k].forms {
		if f.p.kind == kindVerb {
			return true
		}
	}
	return false
}

// phraseAt returns the phrase index that starts at token k, or -1.
func (st *sentence) phraseAt(k int) int {
	if k < st.a || k >= st.b {
		return -1
	}
	p := st.ph[k-st.a] - 1
	if p >= 0 && st.phrases[p].start == k {
		return p
	}
	return -1
}

// phraseEndingAt returns the phrase index that ends just before token k.
func (st *sentence) phraseEndingAt(k int) int {
	if k-1 < st.a || k-1 >= st.b {
		return -1
	}
	p := st.ph[k-1-st.a] - 1
	if p >= 0 && st.phrases[p].end == k {
		return p
	}
	return -1
}

// speaker returns the speaker of a quote that covers token k.
func (st *sentence) speaker(k int) (actorRef, bool) {
	pos := st.toks[k].Start
	for _, q := range st.doc.Quotes {
		if q.Speaker == nil || pos < q.Start || pos >= q.End {
			continue
		}
		sp := q.Speaker
		r := actorRef{ent: -1, name: sp.Name, country: sp.Country, actor: sp.Actor}
		for ei, e := range st.doc.Entities {
			if e.Name == sp.Name && sp.Name != "" {
				r.ent = ei
				break
			}
		}
		if r.ent < 0 && r.country == "" && r.name == "" {
			continue
		}
		return r, true
	}
	return actorRef{}, false
}

// svoSubject returns the actor phrase that opens the clause just before the
// verb at k (واشنطن اتهمت, وكان الجيش قد قصف), or -1.
func (st *sentence) svoSubject(k, l int) int {
	end := k
	if end-1 > st.a && st.info[end-1].cue == cueAux {
		end--
	}
	pi := st.phraseEndingAt(end)
	if pi < 0 || st.phrases[pi].prep != "" {
		return -1
	}
	start := st.phrases[pi].start
	for q := pi; q > 0 && st.phrases[q].coord; q-- {
		start = st.phrases[q-1].start
	}
	// a number before the subject counts it (ثمانية جنود أميركيين نفذوا)
	for start-1 > l && (st.toks[start-1].Kind == news.Number || st.info[start-1].cue == cueNumber) {
		start--
	}
	if start == l+1 || st.info[start].conj || (start > st.a && (st.info[start-1].cue == cueBound || st.info[start-1].cue == cueAux || st.info[start-1].quote)) {
		return pi
	}
	return -1
}

// passiveTwin returns the passive form of pattern p that token k also
// spells, if any.
func (st *sentence) passiveTwin(k int, p *pattern) (form, bool) {
	for _, f := range st.info[k].forms {
		if f.passive && f.p.code == p.code {
			return f, true
		}
	}
	return form{}, false
}

// objectFollows reports whether an object follows the verb at k: a phrase
// or a number before any preposition.
func (st *sentence) objectFollows(k, r int) bool {
	for j := k + 1; j < r && j <= k+4; j++ {
		x := &st.info[j]
		if x.cue == cueRecent {
			continue
		}
		return st.phraseAt(j) >= 0 && st.phrases[st.phraseAt(j)].prep == "" || st.toks[j].Kind == news.Number || x.cue == cueNumber || x.cue == cueCasualty
	}
	return false
}

// subjectBefore returns the nearest actor phrase before token k in the
// sentence that no preposition governs: the subject a pronoun or an
// unmarked noun refers to.
func (st *sentence) subjectBefore(k int) []actorRef {
	for p := len(st.phrases) - 1; p >= 0; p-- {
		ph := &st.phrases[p]
		if ph.end > k || ph.prep != "" {
			continue
		}
		if g := st.groupBack(p); len(g) > 0 {
			return g
		}
	}
	return nil
}

// arguments finds the source, the target, the polarity and the place of the
// act at t.
func (st *sentence) arguments(t *trigger, pair *[]actorRef, last *[]actorRef) {
	k := t.at
	p := t.f.p
	l, r := st.clause(k)
	after := k + 1 // where the target search starts
	var sources []actorRef
	var objPhrase = -1 // a phrase that is the grammatical subject of a passive
	if p.kind == kindVerb && !t.f.passive {
		if pf, ok := st.passiveTwin(k, p); ok {
			// قتل is both قَتل and قُتل: active when a subject opens the
			// clause and an object follows the verb, else passive
			svo := st.svoSubject(k, l)
			obj := t.compl > k || st.objectFollows(k, r)
			vso := false
			if svo < 0 {
				// قتلت قوات الأمن ستة مسلحين: a subject and an object after
				for j := k + 1; j <= k+2 && j < r; j++ {
					if pi := st.phraseAt(j); pi >= 0 && st.phrases[pi].prep == "" && len(st.group(pi)) > 0 {
						e := pi
						for e+1 < len(st.phrases) && st.phrases[e+1].coord {
							e++
						}
						vso = st.objectFollows(st.phrases[e].end-1, r) || st.plainWord(st.phrases[e].end, r)
						break
					}
				}
			}
			if !vso && (svo < 0 || !obj) {
				t.f = pf
				if svo >= 0 {
					objPhrase = svo
				}
			}
		}
	}
	if p.kind == kindVerb {
		if t.f.passive {
			if objPhrase >= 0 {
				// the subject before the verb is its patient
			} else {
				for j := k + 1; j <= k+3 && j < r; j++ {
					if pi := st.phraseAt(j); pi >= 0 && st.phrases[pi].prep == "" {
						objPhrase = pi
						break
					}
					if st.info[j].isPrep || st.info[j].bound {
						break
					}
				}
			}
			for pi := range st.phrases {
				if st.phrases[pi].start > k && st.phrases[pi].start < r && st.phrases[pi].prep == "by" {
					sources = st.group(pi)
					break
				}
			}
		} else {
			// subject-verb: an actor phrase that opens the clause just
			// before the verb
			if pi := st.svoSubject(k, l); pi >= 0 {
				sources = st.groupBack(pi)
				if len(sources) == 0 {
					sources = []actorRef{} // a subject we cannot name
				}
			}
			// verb-subject: the verb agrees in the singular; a dual or
			// plural verb carries its subject
			if sources == nil && t.f.person == third {
				for j := k + 1; j <= k+3 && j < r; j++ {
					if pi := st.phraseAt(j); pi >= 0 {
						if st.phrases[pi].prep == "" {
							sources = st.group(pi)
							if len(sources) == 0 {
								sources = []actorRef{}
							}
							e := pi
							for e+1 < len(st.phrases) && st.phrases[e+1].coord {
								e++
							}
							if st.phrases[e].end > after {
								after = st.phrases[e].end
							}
						}
						break
					}
					if st.info[j].bound || st.isVerb(j) || st.info[j].isPrep {
						break
					}
				}
			}
		}
		if sources == nil && (t.f.person == dual || t.f.person == plural) && len(*pair) >= 2 {
			sources = *pair
		}
	} else {
		// an event noun: its possessor is its agent
		if t.f.pron {
			if t.f.pronDu && len(*pair) >= 2 {
				sources = *pair
			} else {
				sources = st.subjectBefore(k)
			}
		} else {
			for j := k + 1; j <= k+3 && j < r; j++ {
				pi := st.phraseAt(j)
				if pi < 0 {
					if st.info[j].bound || st.info[j].isPrep || len(st.info[j].forms) > 0 && j != t.compl {
						break
					}
					continue
				}
				ph := st.phrases[pi]
				if p.patient {
					if ph.prep == "" {
						objPhrase = pi
					}
					break
				}
				if ph.prep == "" || (ph.prep == string(arabic.Lam) && st.laterTarget(pi, r, p)) {
					sources = st.group(pi)
					e := pi
					for e+1 < len(st.phrases) && st.phrases[e+1].coord {
						e++
					}
					if st.phrases[e].end > after {
						after = st.phrases[e].end
					}
				}
				break
			}
		}
	}
	if p.kind == kindNoun && objPhrase < 0 && st.info[k].prep == string(arabic.Lam) && k-1 >= st.a && st.info[k-1].cue == cueUndergo {
		// تعرضت القوات لهجوم: the subject of تعرض is the target
		if pi := st.svoSubject(k-1, l); pi >= 0 {
			objPhrase = pi
		} else if pi := st.phraseAt(k); pi < 0 {
			for j := k - 1; j >= st.a && j >= k-3; j-- {
				if q := st.phraseEndingAt(j); q >= 0 && st.phrases[q].prep == "" {
					objPhrase = q
					break
				}
			}
		}
	}
	if len(sources) == 0 && p.kind == kindNoun && st.info[k].prep == string(arabic.Beh) {
		// قامت الشرطة بمداهمة: the subject of the light verb
		for j := k - 1; j >= st.a && j >= k-6; j-- {
			if st.info[j].bound {
				break
			}
			if st.info[j].cue != cueLight {
				continue
			}
			if pi := st.phraseAt(j + 1); pi >= 0 && st.phrases[pi].prep == "" {
				sources = st.group(pi)
			} else if pi := st.svoSubject(j, l); pi >= 0 {
				sources = st.groupBack(pi)
			}
			break
		}
	}
	if len(sources) == 0 && p.kind == kindNoun {
		// غارة جوية شنتها طائرة أميركية: the subject of a doer verb
		for j := k + 1; j < st.b && j <= k+4; j++ {
			if st.info[j].cue != cueDoer {
				continue
			}
			for q := j + 1; q < st.b && q <= j+2; q++ {
				if pi := st.phraseAt(q); pi >= 0 && st.phrases[pi].prep == "" {
					sources = st.group(pi)
					break
				}
			}
			break
		}
	}
	if len(sources) == 0 {
		if sp, ok := st.speaker(k); ok && (p.kind == kindNoun || t.f.person != third || sources == nil) {
			sources = []actorRef{sp}
		}
	}
	if sources == nil && p.kind == kindNoun && !t.f.pron && !p.patient && objPhrase < 0 && p.code < "15" {
		sources = st.subjectBefore(k)
	}
	if sources == nil && (p.kind == kindVerb && !t.f.passive || p.kind == kindNoun && !p.patient) {
		// نفت إيران أن تكون أرسلت: the subject of a complement clause is
		// the one who denies, or the one accused (اتهمت X Y بأنها ...)
		sources = st.governor(k)
	}
	if sources == nil && p.kind == kindVerb && !t.f.passive && len(*last) > 0 && (st.info[k].conj || k > st.a && isPronounThat(st.info[k-1].rest)) {
		sources = *last
	}
	if len(sources) >= 2 {
		*pair = append([]actorRef(nil), sources...)
	}
	if len(sources) > 0 && p.kind == kindVerb {
		*last = sources
	}
	t.sources = sources

	// target
	var cands []actorRef
	if objPhrase >= 0 {
		cands = st.group(objPhrase)
	} else if len(p.tgt) > 0 {
		// a direct object comes before any preposition
		// (a place after في may come between: استقبل مبارك في القاهرة أولمرت)
		objEnd := r
		for j := after; j < r; j++ {
			if st.info[j].isPrep && st.info[j].rest == "في" && j+1 < r {
				if pi := st.phraseAt(j + 1); pi >= 0 && len(st.phrases[pi].ents) > 0 && st.doc.Entities[st.phrases[pi].ents[0]].Type == news.LOC {
					j = st.phrases[pi].end - 1
					continue
				}
			}
			if st.info[j].isPrep || st.info[j].prep != "" && st.info[j].actor == 0 {
				objEnd = j
				break
			}
		}
		for pi := range st.phrases {
			ph := &st.phrases[pi]
			if ph.start < after || ph.start >= r || ph.coord {
				continue
			}
			if t.compl >= ph.start && t.compl < ph.end {
				continue // the complement is not the target
			}
			ok := contains(p.tgt, ph.prep) || (ph.prep == "" && contains(p.tgt, "_") && ph.start < objEnd)
			if !ok {
				continue
			}
			if g := st.group(pi); len(g) > 0 {
				cands = g
				break
			}
		}
	}
	t.target = st.pickTarget(cands, sources)
	if t.target == nil && p.recip && len(sources) >= 2 {
		t.target = &sources[1]
	}

	t.polarity = st.polarity(k, l)
	st.place(t, l, r)
}

// place finds the place of the act at t: a place named after في in its
// clause (l, r), the nearest after the word first.
func (st *sentence) place(t *trigger, l, r int) {
	for pi := range st.phrases {
		ph := &st.phrases[pi]
		if ph.start <= l || ph.start >= r || ph.prep != "في" {
			continue
		}
		for _, e := range ph.ents {
			if st.doc.Entities[e].Type == news.LOC {
				t.where = st.doc.Entities[e].Name
				t.whereCC = st.doc.Entities[e].Country
				break
			}
		}
		if t.where != "" && ph.start > t.at {
			break
		}
	}
}

// laterTarget reports whether a phrase after phrase pi in the clause is
// introduced by a target preposition other than ل.
func (st *sentence) laterTarget(pi, r int, p *pattern) bool {
	for q := pi + 1; q < len(st.phrases) && st.phrases[q].start < r; q++ {
		pr := st.phrases[q].prep
		if pr != "" && pr != string(arabic.Lam) && contains(p.tgt, pr) {
			return true
		}
	}
	return false
}

// pickTarget prefers an actor that is not the source and not of its country.
func (st *sentence) pickTarget(cands, sources []actorRef) *actorRef {
	if len(cands) == 0 {
		return nil
	}
	same := func(x actorRef, country bool) bool {
		for _, s := range sources {
			if x.key() == s.key() {
				return true
			}
			if country && st.country(x) != "" && st.country(x) == st.country(s) {
				return true
			}
		}
		return false
	}
	for _, x := range cands {
		if !same(x, true) {
			return &x
		}
	}
	for _, x := range cands {
		if !same(x, false) {
			return &x
		}
	}
	return nil
}

func (st *sentence) country(x actorRef) string {
	if x.ent >= 0 {
		return st.doc.Entities[x.ent].Country
	}
	return x.country
}

// polarity reads the cues before token k in its sentence.
func (st *sentence) polarity(k, l int) news.Polarity {
	t := &st.info[k]
	for j := k - 1; j > l && j >= k-4; j-- {
		if st.info[j].cue == cueNeg {
			return news.Negated
		}
		if st.info[j].cue == cueFuture {
			return news.Alleged
		}
		// لم يقتل أو يجرح: the negation reaches the coordinated verb
		if j < k-1 && !(st.isVerb(j) || st.info[j].rest == "او") {
			break
		}
	}
	if t.future {
		return news.Alleged
	}
	for j := k - 1; j >= st.a && j >= k-12; j-- {
		x := &st.info[j]
		if x.bound && !isSubordinate(x.rest) {
			break
		}
		speech := t.forms != nil && (st.codeOf(k) == "016" || st.codeOf(k)[:2] == "11")
		switch x.cue {
		case cueDeny:
			if !speech {
				return news.Negated
			}
		case cueAccuse:
			if !speech {
				return news.Alleged
			}
		case cueIntent, cueCond:
			return news.Alleged
		}
		for _, f := range x.forms {
			if len(f.p.with) > 0 && st.complement(j, f.p.with) < 0 {
				// حمل without المسؤولية carries, it does not blame
				continue
			}
			switch f.p.code[:2] {
			case "13": // threats: هدد ب
				return news.Alleged
			}
			if f.p.code == "112" || f.p.code == "016" {
				if f.p.code == "016" {
					return news.Negated
				}
				return news.Alleged
			}
		}
	}
	return news.Asserted
}

// codeOf returns the code of the first pattern of token k.
func (st *sentence) codeOf(k int) string {
	if fs := st.info[k].forms; len(fs) > 0 {
		return fs[0].p.code
	}
	return "000"
}

// isSubordinate reports whether a clause-ending word opens a complement of
// what precedes it (أن, إن, بأن), so that a cue before it still governs.
func isSubordinate(w string) bool {
	switch w {
	case "ان", "انه", "انها", "انهم":
		return true
	}
	return false
}

// dates gives each trigger the date expression of the sentence nearest to
// it, else the publication date.
func (st *sentence) dates(trigs []trigger) {
	if len(trigs) == 0 {
		return
	}
	best := make([]int, len(trigs))
	dist := make([]int, len(trigs))
	entry := make([]bool, len(trigs))
	for i := range best {
		best[i] = -1
	}
	s0, s1 := st.toks[st.a].Start, st.toks[st.b-1].End
	for di, d := range st.doc.Dates {
		if d.Start < s0 || d.End > s1 {
			continue
		}
		k := sort.Search(st.b-st.a, func(i int) bool { return st.toks[st.a+i].End > d.Start }) + st.a
		if k > st.a && st.info[k-1].cue == cueUntil {
			continue
		}
		bi, bd := -1, 1<<30
		for i, t := range trigs {
			dd := k - t.at
			if dd < 0 {
				dd = -dd + 1 // a date after the word governs it a little more
			}
			if dd < bd {
				bi, bd = i, dd
			}
		}
		if best[bi] < 0 || bd < dist[bi] {
			best[bi], dist[bi] = di, bd
			// the first token after the expression is a colon, and then the word
			e := sort.Search(st.b-st.a, func(i int) bool { return st.toks[st.a+i].Start >= d.End }) + st.a
			entry[bi] = e+1 == trigs[bi].at && st.toks[e].Text == ":"
		}
	}
	for i := range trigs {
		if best[i] >= 0 {
			trigs[i].date = st.doc.Dates[best[i]].Value
			trigs[i].dated = true
			trigs[i].dateGap = dist[i]
			trigs[i].dateEntry = entry[i]
		} else {
			trigs[i].date = st.doc.Published
		}
	}
}

// party turns an actor into an event party.
func (st *sentence) party(a actorRef, date string) news.Party {
	if a.ent >= 0 {
		e := st.doc.Entities[a.ent]
		p := news.Party{Name: e.Name, Country: e.Country, Actor: e.Actor, Entity: e.ID}
		if st.c.roles != nil && e.ActorID != "" {
			if code := st.c.roles.ActorCode(e.ActorID, date); code != "" {
				p.Actor = code
			}
		}
		if p.Actor == "" {
			p.Actor = e.Country
		}
		if p.Name == "" {
			p.Name = e.NameAr
		}
		return p
	}
	p := news.Party{Name: a.name, Country: a.country, Actor: a.actor}
	if p.Actor == "" && (a.role != "" || a.name != "") {
		p.Actor = a.country + a.role
	}
	return p
}

// emit appends the events of one trigger, merging repeats.
func (st *sentence) emit(out []news.Event, seen map[string]int, t trigger) []news.Event {
	info := st.c.codes[t.f.p.code]
	sources := t.sources
	if info.plover != "ASSAULT" && info.plover != "PROTEST" && len(sources) == 0 && t.target == nil {
		// a word of cooperation, dispute or coercion with nobody to it;
		// violence and protest are news even when nobody is named
		return out
	}
	if len(sources) == 0 {
		sources = []actorRef{{ent: -1}}
		if info.plover == "ASSAULT" || info.plover == "PROTEST" {
			sources[0].country = t.home
		}
	}
	s := st.doc.Sentences
	var stext string
	if st.idx < len(s) {
		stext = st.doc.Text[s[st.idx].Start:s[st.idx].End]
	} else {
		stext = st.text(st.a, st.b)
	}
	for _, src := range sources {
		tgt := t.target
		if tgt != nil && tgt.key() == src.key() {
			// a reciprocal act: the other member of the pair
			tgt = nil
			for i := range t.sources {
				if t.sources[i].key() != src.key() {
					tgt = &t.sources[i]
					break
				}
			}
			if tgt == nil {
				continue
			}
		}
		source := st.party(src, t.date)
		if source.Country == "" && (info.plover == "ASSAULT" || info.plover == "PROTEST") {
			source.Country = t.home
		}
		ev := news.Event{
			Code:      t.f.p.code,
			Label:     info.label,
			Source:    source,
			Date:      t.date,
			Location:  t.where,
			Polarity:  t.polarity,
			Sentence:  st.idx,
			Sentences: []int{st.idx},
			Text:      stext,
			Goldstein: info.goldstein,
			QuadClass: info.quad,
			Plover:    info.plover,
			Mode:      info.mode,
			Trigger:   &news.Span{Start: st.toks[t.at].Start, End: st.toks[t.at].End},
		}
		if tgt != nil {
			p := st.party(*tgt, t.date)
			ev.Target = &p
		}
		key := ev.Date + "|" + partyKey(ev.Source) + "|" + partyKeyP(ev.Target) + "|" + ev.Code + "|" + string(ev.Polarity)
		if i, ok := seen[key]; ok {
			e := &out[i]
			if e.Sentences[len(e.Sentences)-1] != st.idx {
				e.Sentences = append(e.Sentences, st.idx)
			}
			if e.Location == "" {
				e.Location = ev.Location
			}
			continue
		}
		seen[key] = len(out)
		out = append(out, ev)
	}
	return out
}

func partyKey(p news.Party) string {
	if p.Entity != "" {
		return p.Entity
	}
	return p.Actor + "/" + p.Name
}

func partyKeyP(p *news.Party) string {
	if p == nil {
		return "-"
	}
	return partyKey(*p)
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
		code := t.f.p.code
		if prot && code[:2] != "14" {
			switch {
			case code >= "17":
				t.f.p = st.c.builtin["145"]
			default:
				t.f.p = st.c.builtin["141"]
			}
		}
		if t.f.p.code[:2] == "14" {
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
		l, rb := st.clause(ph.start)
		t := trigger{at: ph.start, f: form{p: st.c.builtin["141"]}, compl: -1, sources: []actorRef{r}}
		t.polarity = st.polarity(ph.start, l)
		st.place(&t, l, rb)
		trigs = append(trigs, t)
		break
	}
	return trigs
}

// placeAgents gives an unnamed actor without a country (المتظاهرون,
// مسلحون) the country of the place of the act (المتظاهرون في أثينا), else
// the one country the places of the sentence belong to, else that of the
// place named nearest to the act. An act of material
// conflict whose doer is not named keeps that country for its source
// (t.home): an unknown attacker in Baghdad is most likely from Iraq.
func (st *sentence) placeAgents(t *trigger) {
	cc := t.whereCC
	if cc == "" {
		cc = st.soleCountry()
	}
	if cc == "" {
		cc = st.nearCountry(t.at)
	}
	if cc == "" {
		return
	}
	t.home = cc
	for i := range t.sources {
		s := &t.sources[i]
		if s.ent < 0 && s.country == "" {
			s.country = cc
		}
	}
}

// describesAgent reports whether the place at token j is the nisba or
// the place of an actor phrase with an agent noun (الجيش الأميركي): the
// country of that actor, not of the scene.
func (st *sentence) describesAgent(j int) bool {
	pi := st.ph[j-st.a]
	return pi > 0 && st.phrases[pi-1].role != ""
}

// placeAt returns the place with a country that token j mentions (a
// place or its nisba), nil if none.
func (st *sentence) placeAt(j int) *news.Entity {
	a := st.info[j].actor
	if a == 0 {
		return nil
	}
	if e := &st.doc.Entities[a-1]; e.Type == news.LOC && e.Country != "" {
		return e
	}
	return nil
}

// nearCountry returns the country of the place named nearest to token k
// in the sentence, leaving out the nisbas of armed and official actors
// (الجيش الأميركي), "" if none.
func (st *sentence) nearCountry(k int) string {
	best, bd := "", 1<<30
	for j := st.a; j < st.b; j++ {
		e := st.placeAt(j)
		if e == nil || st.describesAgent(j) {
			continue
		}
		d := j - k
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = e.Country, d
		}
	}
	return best
}

// soleCountry returns the country of the places named in the sentence
// (places and their nisba adjectives: في البصرة, الشرطة العراقية) when they
// all belong to one, else "".
func (st *sentence) soleCountry() string {
	cc := ""
	for k := st.a; k < st.b; k++ {
		e := st.placeAt(k)
		if e == nil {
			continue
		}
		if cc != "" && e.Country != cc {
			return ""
		}
		cc = e.Country
	}
	return cc
}

// violent is 1 for acts of violence (roots 15 to 20), 0 for protests.
func violent(t trigger) int {
	if t.f.p.code[:2] == "14" {
		return 0
	}
	return 1
}

// plainWord reports whether token j, before r, is a word that no
// preposition, clause bound or cue marks: after a verb and its subject, the
// start of an object (استهدف انتحاري مركزا).
func (st *sentence) plainWord(j, r int) bool {
	if j >= r || st.toks[j].Kind != news.Word {
		return false
	}
	x := &st.info[j]
	return !x.bound && !x.isPrep && x.prep == "" && x.cue == cueNone && len(x.forms) == 0
}

// isPronounThat reports whether w is أن or إن with a pronoun (أنه, أنهم):
// the subject of the verb after it is the actor last named.
func isPronounThat(w string) bool {
	switch w {
	case "انه", "انها", "انهم", "انهما":
		return true
	}
	return false
}

// governor returns the actor of a complement clause after a verb of
// denial, accusation or threat earlier in the sentence: the denier or
// threatener, or the one accused.
func (st *sentence) governor(k int) []actorRef {
	subordinate := false
	for j := k - 1; j >= st.a && j >= k-4; j-- {
		if isSubordinate(st.info[j].rest) || st.info[j].rest == "تكون" || st.info[j].rest == "يكون" {
			subordinate = true
		}
		if x := st.info[j]; len(x.forms) > 0 && (x.forms[0].p.code[:2] == "13" || x.used) {
			subordinate = true // هدد بشن هجوم
		}
	}
	if !subordinate {
		return nil
	}
	for _, t := range st.done {
		if t.at >= k {
			continue
		}
		switch code := t.f.p.code; {
		case code == "112" && t.target != nil:
			return []actorRef{*t.target}
		case code == "016" || code[:2] == "13":
			if len(t.sources) > 0 {
				return t.sources
			}
		}
	}
	return nil
}
