package event

import (
	"rasad/internal/arabic"
	"rasad/internal/event/anaphor"
	"rasad/internal/event/doer"
	"rasad/internal/event/force"
	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
	"rasad/internal/event/thing"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// chunk groups the tokens of the sentence into actor phrases.
func (st *sentence) chunk() {
	st.phrases = make([]phrase, 0, 8) // up to 8 phrases in one allocation, not four; st.ph is the sentence's range of Code's phs, zero
	var cur *phrase
	lastEnt := -1
	for k := st.a; k < st.b; k++ {
		t := &st.info[k]
		if cur != nil && cur.air && force.Unmanned(st.info[k].rest, st.info[min(k+1, st.b-1)].rest, st.info[k-1].rest) {
			cur.end, st.ph[k-st.a] = k+1, len(st.phrases) // طائرة (من) بدون طيار: a drone
			continue
		}
		if cur != nil && t.quote && cur.end == k && len(cur.ents) == 0 && (st.info[k-1].construct || lexicon.Default().Has(st.info[k-1].rest, "group-head")) && k+1 < st.b && st.info[k+1].mstart && st.info[k+1].prep == "" {
			cur.end, st.ph[k-st.a] = k+1, len(st.phrases) // مقاتلو «داعش», عناصر تنظيم «داعش»: a noun in construct or a group's head takes the name in quotation marks as its genitive
			continue
		}
		// (حمّل الحكومة المسؤولية: the responsibility is the charge, never part of the one held responsible)
		np := (t.actor > 0 || t.agent != "" && !frame.NisbaAdjective(st, k, t.agent, k > st.a && st.info[k-1].agent != "") && !st.thing(k) && !frame.Quarter(st, k) || t.title) && len(t.forms) == 0 && !t.isPrep && (t.cue == vocab.CueNone || t.cue == vocab.CueBackground && t.agent != "") && !lexicon.Default().Has(t.rest, "responsibility")
		if !np && !(cur != nil && frame.Genitive(st, k)) { // (وقوات المخلوع صالح: the genitive's, up to the name)
			cur = nil
			continue
		}
		// two names in a row are two actors (اتهمت واشنطن بكين), except a
		// place before a person or organisation: a nisba that describes it
		// (الرئيس الروسي فلاديمير بوتين), which carries no pronoun (في بيانه
		// حزب العمال: a noun with its possessor is no nisba), unless a noun
		// of the actor heads it and an organisation follows (اتهمت الحكومة
		// العراقية تنظيم داعش)
		// طائرات حربية المتمردين: a definite word is not the genitive of an indefinite force that an adjective describes
		newPhrase := cur == nil || t.conj || t.agent != "" && morph.PluralAfterNisba(st.info[k-1].rest, lexicon.Definite(&st.toks[k-1]), t.rest, lexicon.Definite(&st.toks[k])) || st.info[cur.start].agent != "" && k-1 > cur.start && st.info[k-1].title && morph.NisbaShape(st.info[k-1].rest) && !lexicon.Definite(&st.toks[k-1]) && !lexicon.Definite(&st.toks[cur.start]) && lexicon.Definite(&st.toks[k]) || t.prep != "" && !(cur != nil && cur.end == k && (vocab.Affiliation(st.info[k-1].rest) || st.agentOf(cur, k))) ||
			(t.mstart && lastEnt >= 0 && lastEnt != t.actor-1 &&
				!(st.doc.Entities[lastEnt].Type == news.LOC && st.doc.Entities[t.actor-1].Type != news.LOC && !morph.Suffixed(&st.toks[k-1]) && (cur.role == "" || st.doc.Entities[t.actor-1].Type != news.ORG) && !doer.NamedPlace(st.doc.Entities[lastEnt], st.toks[k-1].Start, st.info[k-1].rest, st.info[cur.start].actor == lastEnt+1 && cur.prep == "" && cur.start > st.a && st.isVerb(cur.start-1)))) ||
			// هددت الولايات المتحدة نظام الأسد, اعتقلت قوات الاحتلال شابا, هبطت بمطار عدن الدولي طائرة:
			// a noun without the article after a definite one (a name, a place's or an organisation's, not a
			// person's, whom a title after it describes; or a noun with the article) heads a phrase of its own
			(t.actor == 0 && t.prep == "" && !arabic.Definite(st.toks[k].Norm) &&
				(lastEnt >= 0 && st.info[k-1].actor == lastEnt+1 && st.doc.Entities[lastEnt].Type != news.PER ||
					t.agent != "" && !t.title && st.info[k-1].actor == 0 && arabic.Definite(st.toks[k-1].Norm))) ||
			// قتل مسلحون عناصر النظام: a plural that keeps its ن is in no construct, so a noun in construct after it is the object; قتل مسلحون جنديين: nor one in another case (morph.CaseBreak)
			(t.actor == 0 && t.prep == "" && (t.agent != "" || t.title) && k > cur.start && st.info[k-1].agent != "" && (morph.SoundPlural(st.info[k-1].rest) && !lexicon.Definite(&st.toks[k]) && k+1 < st.b && lexicon.Definite(&st.toks[k+1]) || morph.CaseBreak(st.info[k-1].rest, t.rest, lexicon.Definite(&st.toks[k])))) ||
			// حث كاميرون الصحفيين: a plural of persons after the name of one person is neither its apposition nor its genitive, but the object
			(t.agent != "" && !t.title && t.actor == 0 && lexicon.Definite(&st.toks[k]) && morph.SoundPlural(t.rest) && lastEnt >= 0 && st.info[k-1].actor == lastEnt+1 && st.doc.Entities[lastEnt].Type == news.PER) ||
			// التقى أوباما أعضاء الكونغرس: nor is a broken plural of persons in construct
			(t.actor == 0 && t.prep == "" && !t.conj && !lexicon.Definite(&st.toks[k]) && lexicon.Default().Has(t.rest, "plural-persons") && lastEnt >= 0 && st.info[k-1].actor == lastEnt+1 && st.doc.Entities[lastEnt].Type == news.PER) ||
			// تطالب الرئاسة حزب العمال: an organisation named in construct after a definite noun is no apposition of it but the object, and so is a person after a body and its nisba (lexicon class body: وتتهم المعارضة إردوغان, اتهمت الحكومة التركية غولن)
			(t.mstart && t.actor > 0 && t.prep == "" && st.doc.Entities[t.actor-1].Type == news.ORG && !arabic.Definite(st.toks[k].Norm) && st.info[k-1].actor == 0 && lexicon.Definite(&st.toks[k-1])) || (t.mstart && t.actor > 0 && t.prep == "" && st.doc.Entities[t.actor-1].Type == news.PER && !arabic.Definite(st.toks[k].Norm) && k-cur.start <= 2 && lexicon.Definite(&st.toks[cur.start]) && lexicon.Default().Has(st.info[cur.start].plain, "body")) || cur.prep == "في" && cur.role == "" && len(cur.ents) == 1 && st.doc.Entities[cur.ents[0]].Type == news.LOC && (t.actor == 0 && t.agent != "" && lexicon.Definite(&st.toks[k]) || t.mstart && t.actor > 0 && st.doc.Entities[t.actor-1].Type != news.LOC && st.placesActor(cur.start)) // طالب الأهالي في الموصل الحكومة المركزية, اتهمت النيابة العامة في بوليفيا تشافيز: a noun of an actor with the article, or a name, after the place of the scene is no part of it, but the object (not after a title's place: السفير الإسرائيلي في واشنطن رون ديرمر)
		// وطالب المتظاهرون الحكومة العراقية, وحمل الفلسطينيون الحكومة: a plural that keeps its ن (an agent noun, or a nisba that opens the phrase: a people) takes no genitive, so a body or a name after it with the article is the object (morph.Apart)
		newPhrase = newPhrase || t.prep == "" && !t.conj && k > cur.start && (st.info[k-1].agent != "" && st.info[k-1].actor == 0 || st.info[k-1].actor > 0 && st.info[k-1].actor != t.actor && k-1 == cur.start) && lexicon.Definite(&st.toks[k-1]) && lexicon.Definite(&st.toks[k]) && morph.Apart(st.info[k-1].rest, t.rest) &&
			(t.agent != "" && t.agent != "CVL" && !t.title && t.actor == 0 || t.mstart && t.actor > 0 && st.doc.Entities[t.actor-1].Type == news.ORG)
		if newPhrase {
			p := phrase{start: k, end: k, prep: t.prep}
			if p.prep == "" && k > st.a+1 && st.info[k-2].isPrep && (vocab.Demonstrative(st.toks[k-1].Norm) || frame.PlaceAfterSite(st, k) || frame.Represented(st, k)) {
				p.prep = st.info[k-2].prep // إلى هذه البلاد, في مدينة الرمادي
			}
			if w := doer.Governor(st, k); p.prep == "" && w >= 0 {
				p.prep = st.info[w].prep
				// على يد, من قبل: the agent of a passive
				if k > st.a+1 && st.info[k-1].cue == vocab.CueAgentBy {
					p.prep = "by"
				}
			}
			if k > st.a && st.info[k-1].cue == vocab.CueAgentBy {
				p.prep = "by"
			}
			if t.conj && len(st.phrases) > 0 && st.phrases[len(st.phrases)-1].end == k {
				p.coord = true
				if p.prep == "" {
					p.prep = st.phrases[len(st.phrases)-1].prep
				}
			} else if t.conj && p.prep == "" {
				p.prep = doer.SharedPrep(st, k) // من المملكة والإمارات: الإمارات is after من too
				p.shared = p.prep != ""
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
		if t.agent != "" && (cur.role == "" || st.info[k-1].construct && cur.role == st.info[k-1].agent || t.agent == "COP" && cur.role == "MIL" && k-1 == cur.start) { // (قوات الأمن: police)
			// مسؤولي الأمن: the genitive of a noun in construct names the
			// force it belongs to
			cur.role = t.agent
			cur.pron = t.agentPron
		}
		if t.air && cur.role == t.agent {
			cur.air = true
		}
		if t.agentCC != "" && cur.cc == "" {
			cur.cc = t.agentCC
		}
		if t.protester {
			cur.protester = true
		}
	}
}

// thing reports whether the agent noun at k names a thing or a manner, no
// actor (package thing: نظام دفاع جوي, حرس الشرف العسكري, اقتصاديا وعسكريا).
func (st *sentence) thing(k int) bool {
	w := func(j int, dst *thing.Word) *thing.Word { // dst: the caller's, on its stack
		if j < st.a || j >= st.b {
			return nil
		}
		x, tk, v := &st.info[j], &st.toks[j], st.c.word(st.info[j].rest)
		*dst = thing.Word{Rest: x.rest, Definite: lexicon.Definite(tk), Named: x.actor > 0, Agent: x.agent != "", Title: x.title, Prep: x.isPrep || x.prep != "", And: x.conj, Bound: x.bound || x.quote, Word: tk.Kind == news.Word, Verb: st.isVerb(j), Common: v.Common, Ceremony: v.Ceremony, Counted: j > st.a && st.toks[j-1].Kind == news.Number}
		return dst
	}
	return thing.NoActor(w(k-1, new(thing.Word)), *w(k, new(thing.Word)), w(k+1, new(thing.Word)))
}

// agentOf reports whether the place named at k after ل is the country of
// the agent noun that heads phrase cur, which names nobody yet: الحكومة
// الشرعية لليمن is Yemen's government.
func (st *sentence) agentOf(cur *phrase, k int) bool {
	t := &st.info[k]
	return t.prep == "ل" && t.mstart && cur.role != "" && len(cur.ents) == 0 && st.doc.Entities[t.actor-1].Type == news.LOC
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
	if best >= 0 && rank(ents[best]) >= 3 && !(ents[best].Type == news.PER && (p.role != "" && doer.LoyalTo(st, p.start, p.end, best) || doer.Deputy(st, p.start, p.end, best))) { // (القوات الموالية للرئيس هادي: the forces, Yemen's; نائب داود أوغلو: the deputy, doer.Deputy)
		return actorRef{ent: best, air: p.air && ents[best].Type == news.ORG}, true // (لطيران التحالف الدولي: a body's aircraft)
	}
	if e, role, ok := doer.TitledPlace(st, p.start, ents, best, p.role); ok { // أمير منطقة عسير: the governor, not the region
		return actorRef{ent: e, role: role, country: ents[best].Country, name: st.text(p.start, p.end)}, true
	}
	if e := st.owner(p); best < 0 && e >= 0 {
		return actorRef{ent: e}, true // أعلن حزب الله أن مقاتليه قتلوا: the party's
	}
	if role := doer.Role(st, p.start, p.end, ents, best, p.role); role != "" {
		// the one country an agent noun stands for (مستوطني براخة), else
		// the place or nisba named in the phrase
		r := actorRef{ent: -1, role: role, name: st.text(p.start, p.end), protester: p.protester, air: p.air, country: p.cc}
		if best >= 0 && r.country == "" {
			r.country = ents[best].Country
		}
		if r.country == "" {
			r.country = doer.LedBy(st, p.end, st.doc.Entities)
		}
		if r.country == "" {
			r.country = st.phraseCountry(p)
		}
		if q := force.Believed(st, p.end); r.country == "" && q >= 0 && len(st.phrases[q].ents) > 0 {
			r.country = st.doc.Entities[st.phrases[q].ents[0]].Country // طائرة، يعتقد أنها أميركية
		}
		if !r.protester && p.end < st.b && st.info[p.end].isPrep && st.info[p.end].rest == "من" {
			// العشرات من المتظاهرين
			if q := st.phraseAt(p.end + 1); q >= 0 && st.phrases[q].protester {
				r.protester = true
			}
		}
		return r, true
	}
	if best >= 0 && !(ents[best].Type == news.PER && doer.Deputy(st, p.start, p.end, best)) { // نائب البشير with no role to give: the deputy, unnamed, not the person
		return actorRef{ent: best}, true
	}
	return actorRef{}, false
}

func (st *sentence) text(i, j int) string {
	return st.doc.Text[st.toks[i].Start:st.toks[j-1].End]
}

// phraseCountry finds the country of an agent phrase that names none: the
// phrase after it joined by من (عشرات من أعضاء الحزب المصري), the actor it
// belongs to (طائرة بدون طيار تابعة للقوات الأميركية, the word of
// affiliation ending the phrase or after it; قوات موالية للحكومة: the
// scene's, anaphor.LoyalTo), or, for a possessive pronoun (جنوده), the
// nearest actor before it.
func (st *sentence) phraseCountry(p *phrase) string {
	for j := p.end - 1; j+1 < st.b && j <= p.end+3 && !st.info[j].bound && len(st.info[j].forms) == 0 && !doer.Beyond(st, p.end, j); j++ { // (طائرات التحالف معسكر اللواء 55 التابع للحوثيين: the brigade's, not the aircraft's)
		if q := st.phraseAt(j + 1); q >= 0 && vocab.Affiliation(st.info[j].rest) && st.phrases[q].prep == "ل" {
			for _, e := range st.phrases[q].ents {
				if c := st.doc.Entities[e].Country; c != "" {
					return c
				}
			}
			if c := anaphor.LoyalTo(st.doc, st.text(st.phrases[q].start, st.phrases[q].end)); len(st.phrases[q].ents) == 0 && c != "" {
				return c
			}
		}
	}
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

// owner returns the organisation an agent phrase naming nobody is of: its
// pronoun's (doer.Owner), that من names after it (doer.BodyOf), or, for
// leaders, its genitive (doer.LeadersOf); or -1.
func (st *sentence) owner(p *phrase) int {
	if !p.pron || p.role == "" {
		if e := doer.BodyOf(st, p.start, p.end, st.doc.Entities); e >= 0 {
			return e
		}
		return doer.LeadersOf(st, p.start, p.end, st.doc.Entities)
	}
	if pi := doer.Owner(st, p.start, func(q int) (bool, bool) {
		return len(st.phrases[q].ents) > 0, len(st.phrases[q].ents) > 0 && st.doc.Entities[st.phrases[q].ents[0]].Type == news.ORG
	}); pi >= 0 {
		return st.phrases[pi].ents[0]
	}
	return -1
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
			if j == i+1 && r.ent >= 0 && doer.CoGenitive(st, i, j, r.ent) { // ميليشيات الحوثي وصالح: Saleh's militias, not he
				r = actorRef{ent: -1, role: st.phrases[i].role, country: st.doc.Entities[r.ent].Country, name: st.text(st.phrases[i].start, st.phrases[j].end)}
			}
			out = append(out, r)
		}
	}
	return out
}

// groupEnd returns the end (a token index, exclusive) of the phrase i and
// of the phrases coordinated with it after it.
func (st *sentence) groupEnd(i int) int {
	for i+1 < len(st.phrases) && st.phrases[i+1].coord {
		i++
	}
	return st.phrases[i].end
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

// phraseAt returns the phrase index that starts at token k, or -1;
// phraseEndingAt the one that ends just before token k.
func (st *sentence) phraseAt(k int) int       { return st.phraseEdge(k, false) }
func (st *sentence) phraseEndingAt(k int) int { return st.phraseEdge(k-1, true) }

func (st *sentence) phraseEdge(j int, end bool) int {
	if j < st.a || j >= st.b {
		return -1
	}
	if p := st.ph[j-st.a] - 1; p >= 0 && (!end && st.phrases[p].start == j || end && st.phrases[p].end == j+1) {
		return p
	}
	return -1
}

// speaker returns the speaker of a quote that covers token k (anaphor.Quoted).
func (st *sentence) speaker(k int) (actorRef, bool) {
	if sp, ei := anaphor.Quoted(st.doc, st.toks[k].Start); sp != nil {
		return actorRef{ent: ei, name: sp.Name, country: sp.Country, actor: sp.Actor}, true
	}
	return actorRef{}, false
}

// svoSubject returns the actor phrase that opens the clause just before the
// verb at k (واشنطن اتهمت, وكان الجيش قد قصف), or -1.
func (st *sentence) svoSubject(k, l int) int {
	end := k
	if end-1 > st.a && st.info[end-1].cue == vocab.CueAux {
		end--
	}
	end = doer.Quoted(st, frame.SetApart(st, end)) // («داعش» أعدم: the name set apart)
	for n := 0; n < 2 && end-2 >= st.a && st.phraseEndingAt(end) < 0 && st.genitive(end-1) &&
		(st.info[end-2].construct || lexicon.Definite(&st.toks[end-1]) == lexicon.Definite(&st.toks[end-2])); n++ {
		end-- // مستوطني براخة, وفدا أميركيا رفيعا: a genitive or an adjective of the subject
	}
	pi := st.phraseEndingAt(end)
	head := pi // العشرات من مستوطني براخة هاجموا: the members counted, then their group
	if pi > 0 && st.phrases[pi].prep == "من" && st.phrases[pi-1].end+1 == st.phrases[pi].start && len(st.phrases[pi-1].ents) == 0 && !st.phrases[pi-1].coord {
		head = pi - 1
	}
	if pi < 0 || st.phrases[head].prep != "" {
		return -1
	}
	start := st.phrases[head].start
	for q := head; q > 0 && st.phrases[q].coord; q-- {
		start = st.phrases[q-1].start
	}
	// a number before the subject counts it (ثمانية جنود أميركيين نفذوا)
	for start-1 > l && (st.toks[start-1].Kind == news.Number || st.info[start-1].cue == vocab.CueNumber) {
		start--
	}
	if start == l+1 || st.info[start].conj || (start > st.a && (st.info[start-1].cue == vocab.CueBound || st.info[start-1].cue == vocab.CueAux || st.info[start-1].quote)) {
		return pi
	}
	return -1
}

// genitive reports whether token j may be the genitive of the noun before
// it: a word that no bound, preposition, event word or cue claims (a
// preposition the segmenter split off it aside: براخة is no ب + راخة).
func (st *sentence) genitive(j int) bool {
	x := &st.info[j]
	return st.toks[j].Kind == news.Word && !x.bound && !x.isPrep && len(x.forms) == 0 && x.cue == vocab.CueNone
}

// subjectBefore returns the nearest actor phrase before token k in the
// sentence that no preposition governs: the subject a pronoun or an
// unmarked noun refers to.
func (st *sentence) subjectBefore(k int) []actorRef {
	for p := len(st.phrases) - 1; p >= 0; p-- {
		ph := &st.phrases[p]
		if ph.end > k || ph.prep != "" || doer.Venue(st, p) || doer.Stops(st, p) || st.Phrase(p).Outlet && st.genitiveOfPrep(ph.start) { // (في جولة تشمل قطر والعراق: the stops; بصحيفة الوئام: the paper it is in)
			continue
		}
		if g := st.groupBack(p); len(g) > 0 {
			return g
		}
	}
	return nil
}

// placesActor reports whether the place at k, after في, places the actor
// phrase before it, past its adjectives (النيابة العامة في بوليفيا), so
// that a name after the place is another actor: not when the place opens
// the clause (وفي نيروبي سيرأس أوباما) or follows a title or descriptor
// (السفير الإسرائيلي في واشنطن رون ديرمر: the name is the title's).
func (st *sentence) placesActor(k int) bool {
	if k-1 > st.a && st.info[k-1].isPrep {
		k--
	}
	if k <= st.a || st.info[k-1].title {
		return false
	}
	n := len(st.phrases)
	for j := k - 1; j >= st.a && j >= k-3 && n >= 2; j-- {
		if st.phrases[n-2].end == j+1 {
			return true
		}
		if x := &st.info[j]; x.isPrep || x.bound || x.quote || len(x.forms) > 0 || st.isVerb(j) || !lexicon.Definite(&st.toks[j]) {
			return false // (only adjectives, with the article, between)
		}
	}
	return false
}

// genitiveOfPrep reports whether the phrase starting at token j is the
// genitive of an indefinite noun a preposition governs (رابط الخبر بصحيفة
// الوئام, لوكالة رويترز): the preposition governs it too. An outlet there
// is where the news is read, no doer of its acts (subjectBefore).
func (st *sentence) genitiveOfPrep(j int) bool {
	return j > st.a && st.toks[j-1].Kind == news.Word && st.info[j-1].prep != "" && !lexicon.Definite(&st.toks[j-1])
}
