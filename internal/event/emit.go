package event

import (
	"rasad/internal/event/clause"
	"slices"
	"sort"
	"strings"

	"rasad/internal/event/act"
	"rasad/internal/event/background"
	"rasad/internal/event/cameo"
	"rasad/internal/event/doer"
	"rasad/internal/event/epithet"
	"rasad/internal/event/force"
	"rasad/internal/event/locale"
	"rasad/internal/event/morph"
	"rasad/internal/event/report"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/when"
)

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
		if k > st.a && st.info[k-1].cue == vocab.CueUntil || when.Corrected(st.doc.Text, d, st.doc.Dates) {
			continue // (صباح اليوم (أمس): the day in parentheses)
		}
		bi, bd := -1, 1<<30
		for i, t := range trigs {
			dd := k - t.at
			if dd < 0 {
				dd = -dd + 1 // a date after the word governs it a little more
			}
			if dd < bd && !background.Earlier(st, k, t.at) && !background.Aside(st, k, t.at) { // نشرته أمس، ...، كانت القوات قد اعتقلتهم: the report's day; بن همام، الذي وضع مؤخرا …، … في العام 2010م: the main clause's
				bi, bd = i, dd
			}
		}
		if v := bi - 1; bi > 0 && trigs[bi].at > k && trigs[v].f.P.Kind == vocab.Verb && trigs[v].at < k && best[v] < 0 {
			// دان البرزاني السبت قصف تركيا: a date between a verb and an
			// event word after it in its clause dates the verb too (the
			// word is its object)
			if l, r := clause.Around(st, trigs[v].at); trigs[bi].at < r && l < trigs[v].at {
				best[v], dist[v] = di, k-trigs[v].at
			}
		}
		if bi >= 0 && (best[bi] < 0 || bd < dist[bi]) {
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
		} else if di := background.Era(st, trigs[i].at, st.doc.Dates, st.doc.Published); di >= 0 {
			trigs[i].date, trigs[i].dated, trigs[i].dateGap = st.doc.Dates[di].Value, true, trigs[i].at-st.a // في عام 1974، ... فرضت واشنطن حظرا: the time the sentence opens with, history
		} else if g := slices.IndexFunc(trigs[:i], func(g trigger) bool {
			return g.f.P.Code[:2] == "14" && background.Purpose(st, g.at, trigs[i].at)
		}); g >= 0 {
			trigs[i].date, trigs[i].dated = trigs[g].date, trigs[g].dated // تظاهرات للمطالبة: the aim of a gathering, of its day (recalled with it)
		} else if !background.Recalled(st, trigs[i].at) && !when.Since(st.toks[:st.b], trigs[i].at) { // منذ أن بدأت الحملة: begun before the news, not of its day
			trigs[i].date = st.doc.Published
		}
	}
}

// Word gives package background its view of a token (background.Sentence).
func (st *sentence) Word(j int) background.Word {
	x, tk := &st.info[j], &st.toks[j]
	noun := len(x.forms) > 0 && !st.isVerb(j) && tk.Kind == news.Word // (an event noun: what Stated reads of it)
	return background.Word{Norm: tk.Norm, Rest: x.rest, Plain: x.plain, And: x.and, Cue: x.cue, Prep: x.prep, IsPrep: x.isPrep, Bound: x.bound, Event: len(x.forms) > 0, Verb: st.isVerb(j), Past: st.isVerb(j) && vocab.PastVerb(x.forms), Start: tk.Start,
		Future: x.future || report.Future(*tk), Article: noun && lexicon.Definite(tk), Owned: noun && morph.Suffixed(tk)}
}

// party turns an actor into an event party.
func (st *sentence) party(a actorRef, date string) news.Party {
	if a.ent >= 0 {
		e, code := st.doc.Entities[a.ent], ""
		if st.c.roles != nil && e.ActorID != "" {
			code = st.c.roles.ActorCode(e.ActorID, date)
		}
		return act.Party(e, code) // a UN or EU official acts for the body, not his country
	}
	p := news.Party{Name: a.name, Country: a.country, Actor: a.actor}
	if p.Actor == "" && (a.role != "" || a.name != "") {
		p.Actor = a.country + a.role
	}
	return p
}

// emit appends the events of one trigger, merging repeats.
func (st *sentence) emit(out []news.Event, seen map[string]int, t trigger) []news.Event {
	info := st.c.codes[t.f.P.Code]
	sources := t.sources
	if info.Plover != "ASSAULT" && !locale.Reaches(t.f.P.Code) { // (اجتمعا بأربيل, القوى العاملة في مدينة داريا: the scene, no party to the act)
		scene := func(x actorRef, governs func(string) bool) bool {
			return x.ent >= 0 && locale.Scene(st, &st.doc.Entities[x.ent], x.ent+1, governs)
		}
		sources = slices.DeleteFunc(slices.Clone(sources), func(x actorRef) bool { return scene(x, func(string) bool { return false }) })
		if x := t.target; x != nil && scene(*x, locale.Governed(t.f.P.Code, t.f.P.Tgt)) {
			t.target = nil
		}
	}
	if x := t.target; x != nil && force.Own(t.home, st.party(*x, t.date)) {
		t.home = "" // (انفجار قنبلة قتل شرطيين: a state does not bomb its own police)
	}
	if info.Plover != "ASSAULT" && info.Plover != "PROTEST" && len(sources) == 0 && t.target == nil {
		// a word of cooperation, dispute or coercion with nobody to it;
		// violence and protest are news even when nobody is named
		return out
	}
	if !cameo.Verbal(t.f.P.Code) && !st.firstPerson(t) && len(sources) == 1 && sources[0].said {
		sources = nil // the speaker of the quote it is reported in (actorRef.said)
	}
	if t.f.Participle && t.target == nil && st.info[t.at].cue == vocab.CueDemand {
		return out // (اعتصم العشرات، مطالبين بالإصلاح: what a protest is for, no demand of its own)
	}
	if t.f.P.NeedTarget && t.target == nil && info.Plover == "ASSAULT" {
		return out // (حرر الشرطي مخالفة: ground freed from no one; تقدم الفريق نحو الصدارة)
	}
	if info.Plover != "ASSAULT" && info.Plover != "PROTEST" {
		// an act is an event of a named actor: a name, a country, an agent
		// with its country
		sources = st.resolvedOnly(sources)
		if len(sources) == 0 || t.f.P.NeedTarget && t.target == nil || t.f.P.Visitor && t.f.P.Code[:2] != "07" && !st.visits(t, sources) {
			return out // (وصلت الطائرة, وصلت التعزيزات إلى عدن: no one visits)
		}
	}
	if len(sources) == 0 {
		sources = []actorRef{{ent: -1}}
		if info.Plover == "ASSAULT" || info.Plover == "PROTEST" {
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
		if src.air && t.f.P.Visitor && t.f.P.Code[:2] == "07" { // الطائرة الإغاثية السعودية: the state sent it; a plane given the place it reached sent nothing
			if src.country == "" || src.placed && t.target != nil && st.country(*t.target) == src.country {
				continue
			}
			src = actorRef{ent: -1, country: src.country, actor: src.country}
		}
		tgt := t.target
		if tgt != nil && st.epithet(*tgt, src) {
			if tgt = nil; t.f.P.NeedTarget {
				continue // (وحذر رئيس الوزراء البريطاني من أن: the doer's own nisba, no one warned)
			}
		}
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
		if source.Country == "" && (info.Plover == "ASSAULT" || info.Plover == "PROTEST") {
			source.Country = t.home
		}
		ev := news.Event{
			Code:      t.f.P.Code,
			Label:     info.Label,
			Source:    source,
			Date:      t.date,
			Location:  t.where,
			Polarity:  t.polarity,
			Sentence:  st.idx,
			Sentences: []int{st.idx},
			Text:      stext,
			Goldstein: info.Goldstein,
			QuadClass: info.Quad,
			Plover:    info.Plover,
			Mode:      info.Mode,
			Trigger:   &news.Span{Start: st.toks[t.at].Start, End: st.toks[t.at].End},
		}
		if tgt != nil {
			p := st.party(*tgt, t.date)
			ev.Target = force.Sides(&ev.Source, p, t.f.P.Code, force.Scene(t.home, t.whereCC, st)) // (دعا قائد الجيش اللبناني العسكريين: his own; فصائل المعارضة against قوات النظام: its rebels; الفرقة 30, جنديين: of the scene)
			// (أمير الرياض يستقبل مسؤولين: his own officials; not a state's, named by its place)
			force.Domestic(ev.Source, src.ent >= 0 && st.doc.Entities[src.ent].Type == news.LOC, ev.Target, t.f.P.Code, st)
		}
		out = act.Fold(out, seen, ev)
	}
	return out
}

// firstPerson reports whether the act at t is the speaker's own: a verb in
// the first person (نتبادل المعلومات), a noun with a pronoun of the first
// person (زيارتي, زيارتنا) or followed by لي or لنا (أول زيارة لي).
func (st *sentence) firstPerson(t trigger) bool {
	next := ""
	if k := t.at + 1; k < st.b {
		next = st.toks[k].Norm
	}
	return t.f.Person == first || t.f.P.Kind == vocab.Noun && morph.FirstPerson(st.toks[t.at].Norm, next)
}

// resolvedOnly keeps the actors with a country (see resolved).
func (st *sentence) resolvedOnly(xs []actorRef) []actorRef {
	return slices.DeleteFunc(slices.Clone(xs), func(x actorRef) bool { return !st.resolved(x) })
}

// visits reports whether the arrival t of sources is a visit: each a person
// named with a role, a title before its nisba (وزير الخارجية الإماراتي), a
// government body (الوفد المصري) or a body's delegation (وفد من حماس), the one his (ه) refers to (لدى وصوله), or a
// state going to a world body (التوجه إلى مجلس الأمن), the place or body
// reached of another country than any of theirs (vocab.Pattern.Visitor).
func (st *sentence) visits(t trigger, sources []actorRef) bool {
	cc := ""
	if t.target != nil {
		if cc = st.country(*t.target); cc == "" && strings.HasPrefix(st.party(*t.target, "").Actor, "IGO") {
			cc = st.party(*t.target, "").Actor // (الأمم المتحدة: no country; البلاد: no one's)
		}
	}
	_, clitics := lexicon.StemOf(&st.toks[t.at])
	return cc != "" && len(sources) > 0 && !slices.ContainsFunc(sources, func(x actorRef) bool {
		titled := x.ent >= 0 && slices.ContainsFunc(st.phrases, func(ph phrase) bool {
			return slices.Contains(ph.ents, x.ent) && st.info[ph.start].title && st.info[ph.start].actor == 0 || len(ph.ents) == 0 && doer.BodyOf(st, ph.start, ph.end, st.doc.Entities) == x.ent // (وصل وفد من حركة حماس: the body's delegation goes in person)
		})
		return st.country(x) == cc || !(x.ent < 0 && x.role == "GOV" || st.persons([]actorRef{x}) || titled || t.f.P.Kind == vocab.Noun && clitics.Pronoun == "ه" || strings.HasPrefix(cc, "IGO"))
	})
}

// epithet reports whether the target, a named place, is the doer src's
// own country named only as an epithet of the doer (package epithet: وحذرت
// السفارة الأميركية, its nisba chunked as a phrase of its own).
func (st *sentence) epithet(tgt, src actorRef) bool {
	if tgt.ent < 0 || tgt.role != "" || tgt.key() == src.key() {
		return false // (a reciprocal act names its other member below)
	}
	named := func(j int) bool { return st.info[j].actor == tgt.ent+1 }
	return epithet.Own(st, st.country(src), named, func(j int) bool { return st.among(j, []actorRef{src}) })
}
