package event

import (
	"cmp"
	"rasad/internal/event/clause"
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/anaphor"
	"rasad/internal/event/blame"
	"rasad/internal/event/frame"
	"rasad/internal/event/frame/setting"
	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// The target of an act: the object, the owner of a site or of an object
// that is no actor (package frame), the phrase after the verb's preposition.

// Span, Token, Phrase and Phrases give package frame its view of the
// sentence (frame.Sentence).
func (st *sentence) Span() (int, int) { return st.a, st.b }

func (st *sentence) Token(j int) frame.Token {
	x, tk := &st.info[j], &st.toks[j]
	aside, suffix := j, morph.Suffixed(tk)
	if vocab.Comma(tk.Text) { // (TimeAside returns j for any other token: no clause view built per call)
		aside = clause.TimeAside(st, j)
	}
	t := frame.Token{Norm: tk.Norm, Word: x.rest, Cue: x.cue, Prep: x.prep, IsPrep: x.isPrep, Bound: x.bound, Quote: x.quote,
		Number: tk.Kind == news.Number, Event: len(x.forms) > 0, Fem: len(x.forms) > 0, Verb: st.isVerb(j), Noun: st.isNoun(j),
		Suffix: suffix, Phrase: st.ph[j-st.a], Aside: aside, OfAgent: st.describesAgent(j), Definite: lexicon.Definite(tk), Title: x.title,
		Actor: x.actor, NameStart: x.mstart, Plain: x.plain, And: x.and, Past: x.past, Site: suffix && st.c.word(frame.Stem(tk)).Cue == vocab.CueSite}
	if e := st.placeAt(j); e != nil {
		t.Place, t.Linked = e.Country, e.Actor != ""
	}
	t.Qualifies = st.qualifies(j)
	for _, f := range x.forms {
		t.Clash, t.Patient, t.Fem = t.Clash || f.P.Kind == vocab.Noun && f.P.Recip && f.P.Code == "190", t.Patient || f.P.Kind == vocab.Noun && f.P.Patient, t.Fem && f.Fem
	}
	return t
}

func (st *sentence) Phrase(pi int) frame.Phrase {
	p := &st.phrases[pi]
	f := frame.Phrase{Start: p.start, End: p.end, Prep: p.prep, Coord: p.coord, Protester: p.protester, Shared: p.shared, Named: len(p.ents) > 0, Role: p.role != "",
		Place: len(p.ents) > 0 && st.doc.Entities[p.ents[0]].Type == news.LOC, Person: len(p.ents) > 0 && st.doc.Entities[p.ents[0]].Type == news.PER,
		Outlet: len(p.ents) > 0 && strings.HasSuffix(st.doc.Entities[p.ents[0]].Actor, "MED")}
	if f.PersonIn = slices.ContainsFunc(p.ents, func(e int) bool { return st.doc.Entities[e].Type == news.PER }); len(p.ents) == 1 {
		f.Ent = p.ents[0] + 1
	}
	for q := pi; q < len(st.phrases) && (q == pi || st.phrases[q].coord) && !f.Actor; q++ {
		f.Actor = len(st.phrases[q].ents) > 0 || st.phrases[q].role != ""
	}
	return f
}

func (st *sentence) Phrases() int { return len(st.phrases) }

// groupOf returns the actors of phrase pi and its conjuncts (none for -1).
func (st *sentence) groupOf(pi int) []actorRef {
	if pi < 0 {
		return nil
	}
	return st.group(pi)
}

// pickTarget prefers an actor that is not the source and not of its country.
func (st *sentence) pickTarget(cands, sources []actorRef) *actorRef {
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
			return new(x) // a copy made only here: x itself stays on the stack
		}
	}
	for _, x := range cands {
		if !same(x, false) {
			return new(x)
		}
	}
	return nil
}

// counted gives the actors of a group counted (frame.Counted): its
// phrase's, or people counted (ستة أشخاص) as civilians of the scene.
func (st *sentence) counted(pi, people int) []actorRef {
	if people >= 0 {
		return []actorRef{{ent: -1, role: "CVL", name: st.text(people, people+2)}}
	}
	if pi < 0 {
		return nil
	}
	return st.subjectAt(pi)
}

// purpose reports whether the event noun at k is a masdar of purpose (ل)
// after the clause naming its doer (توجه الجبير إلى موسكو للقاء بوتين), its
// genitive its object; not after an event word (ذكرى لاغتيال, مستعد للقاء).
func (st *sentence) purpose(k int) bool {
	if st.info[k].prep != string(arabic.Lam) || k-1 < st.a || len(st.info[k-1].forms) > 0 {
		return false
	}
	_, ok := st.speaker(k)
	return ok || len(st.subjectBefore(k)) > 0
}

// aid recodes an arrival (وصل) of aid or a shipment as aid given (07) by the
// actor after من, else the vehicle's (frame.Aid), to the place reached; it returns the sources.
func (st *sentence) aid(t *trigger, sources []actorRef, r int) []actorRef {
	code, giver, carrier := frame.Aid(st, t.at, r)
	if code == "" {
		return sources
	}
	q := *t.f.P
	q.Code, q.NeedTarget = code, false // aid from X arrived: X gave it
	t.f.P = &q
	if giver >= 0 && (!carrier || len(sources) == 0) { // (the vehicle's phrase: only where the subject search found none)
		return st.group(giver)
	}
	return sources
}

// reached returns where aid arrived or a person took part when the
// sentence names no destination: a place of the one country the other
// places of the sentence belong to (فريقا من الإمارات وصل لإصلاح مطار
// المدينة, after لعدن), else the scene of the article (anaphor.Scene);
// never a place of the doers' own countries.
func (st *sentence) reached(doers []actorRef) *actorRef {
	own := func(cc string) bool {
		return slices.ContainsFunc(doers, func(g actorRef) bool { return st.country(g) == cc })
	}
	for j, cc := st.a, setting.Sole(st, st.of(doers)); j < st.b && cc != "" && !own(cc); j++ {
		if e := st.placeAt(j); e != nil && e.Country == cc && !st.among(j, doers) {
			return &actorRef{ent: st.info[j].actor - 1}
		}
	}
	if ei := anaphor.Scene(st.doc, own); ei >= 0 {
		return &actorRef{ent: ei}
	}
	return nil
}

// venue reports whether phrase pi, the genitive of a meeting noun of
// pattern p, names where the meeting is held: a city or a region, not a
// country (اجتماع الدوحة, قمة الرياض, مؤتمر جنيف: no one's act; زيارة
// عدن: the place visited).
func (st *sentence) venue(pi int, p *pattern) bool {
	ents := st.phrases[pi].ents
	if len(ents) == 0 || p.Code[:2] != "04" {
		return false
	}
	e := &st.doc.Entities[ents[0]]
	return e.Type == news.LOC && e.ActorID != "" && e.ActorID != strings.ToLower(e.Country) // (an unlinked place: unknown)
}

// persons reports whether every actor of xs is a person named with a role
// (FRAGOV, not a player or a force): one whose presence abroad is a visit.
func (st *sentence) persons(xs []actorRef) bool {
	return len(xs) > 0 && !slices.ContainsFunc(xs, func(x actorRef) bool {
		return x.ent < 0 || st.doc.Entities[x.ent].Type != news.PER || len(st.doc.Entities[x.ent].Actor) <= 3
	})
}

// placeParties places the unnamed parties of t (placeAgents), then gives
// an unnamed group of the scene targeted (armed men, civilians, police)
// still without a country the one the sentence's places name (not an
// actor's nisba: الشرطة العراقية), else its doers' when they act at home
// (frame.OneCountry), else, when no armed force acts (it may act abroad:
// قتل الجيش الأمريكي مسلحين), the article's scene (anaphor.Scene).
func (st *sentence) placeParties(t *trigger) {
	t.target = cmp.Or(st.pickTarget(st.counted(blame.Target(st, t.at, t.compl, t.f.P.Code, t.f.P.Tgt)), t.sources), t.target) // دان الجريمة التي ارتكبها مستوطنون: the doer of the act blamed; اتهامات لتسعة أشخاص: the people charged
	st.placeAgents(t)
	if j := frame.Bereaved(st, t.at+1, st.b, t.f.P.Tgt); t.target == nil && t.f.P.Code == "018" && j >= 0 && st.reached(t.sources) != nil { // لأسر الشهداء: civilians of the dead's country (anaphor.Dead), else of the scene, not of the condoler's country (frame.Bereaved)
		t.target = &actorRef{ent: -1, role: "CVL", country: cmp.Or(anaphor.Dead(st.doc, st.toks, t.at), st.country(*st.reached(t.sources))), name: st.text(j, j+2), placed: true}
	}
	if o := anaphor.Other(st.doc, st.toks[t.at].Start, len(t.sources), func(i int) int { return t.sources[i].ent }); t.target == nil && o >= 0 && t.f.P.Kind == vocab.Noun && lexicon.Definite(&st.toks[t.at]) && t.f.P.Code == "041" {
		t.target = &actorRef{ent: o} // وقال أوباما خلال المكالمة الهاتفية: the call's other party, just named (anaphor.Other); a call has two ends, a meeting may have more
	}
	for i := range t.sources {
		st.placeGovernment(&t.sources[i], t.at)
	}
	if t.target != nil {
		y := *t.target
		st.placeGovernment(&y, t.at)
		t.target = &y
	}
	if t.target == nil && strings.HasPrefix(t.f.P.Code, "14") && len(t.sources) <= 1 && !slices.ContainsFunc(t.sources, func(x actorRef) bool { return x.ent >= 0 && !x.said }) {
		cc := t.home // the country of the unnamed protesters (placeAgents)
		for _, x := range t.sources {
			cc = cmp.Or(st.country(x), cc)
		}
		if e := anaphor.Addressed(st.doc, st.toks[st.a].Start, st.toks[st.b-1].End, cc); e >= 0 {
			t.target = &actorRef{ent: e}                                                                                    // احتجاجا على سوء الخدمات, with السخط على حكومة العبادي: its government (anaphor.Addressed)
			if t.sources = slices.DeleteFunc(t.sources, func(x actorRef) bool { return x.ent == e }); len(t.sources) == 0 { // (the government addressed does not protest: people of its country do)
				t.sources = []actorRef{{ent: -1, role: "CVL", country: cc, protester: true, placed: true}}
			}
		}
	}
	x := t.target
	if x == nil || x.ent >= 0 || x.country != "" || x.role != "REB" && x.role != "CVL" && x.role != "COP" {
		return
	}
	cc := cmp.Or(setting.Sole(st, func(j int) bool { return st.describesAgent(j) || st.among(j, t.sources) }),
		frame.OneCountry(len(t.sources), func(i int) (string, string) { return st.country(t.sources[i]), st.party(t.sources[i], "").Actor }))
	force := slices.ContainsFunc(t.sources, func(s actorRef) bool { return s.role == "MIL" || s.air })
	if cc == "" && !force {
		if ei := anaphor.Scene(st.doc, nil); ei >= 0 {
			cc = st.doc.Entities[ei].Country
		}
	}
	if cc != "" {
		y := *x
		y.country, y.placed = cc, true
		t.target = &y
	}
}

// placeGovernment gives an unnamed actor without a country whom the
// article identifies (anaphor.Unnamed: قوات النظام, طيران التحالف, خمسة
// جنود آخرين before token k) the entity or the country it stands for.
func (st *sentence) placeGovernment(x *actorRef, k int) {
	if x.ent >= 0 || x.country != "" {
		return
	}
	if ei, cc := anaphor.Unnamed(st.doc, st.toks, k, x.name, x.role); ei >= 0 {
		x.ent = ei
	} else if cc != "" {
		x.country, x.placed = cc, true
	}
}

// countryOf returns the country phrase pi names, "" if it names none or a
// place within one (a city).
func (st *sentence) countryOf(pi int) string {
	if ents := st.phrases[pi].ents; len(ents) > 0 && st.doc.Entities[ents[0]].Type == news.LOC && st.doc.Entities[ents[0]].ActorID == strings.ToLower(st.doc.Entities[ents[0]].Country) {
		return st.doc.Entities[ents[0]].Country
	}
	return ""
}

// qualifies reports whether the word at j is the adjective of the act noun
// right before it that its pattern takes as complement (frame.Token's
// Qualifies): written alone, without conjunction or preposition, with the
// article where the noun has it (تفجير انتحاري, التفجير الانتحاري).
func (st *sentence) qualifies(j int) bool {
	if j <= st.a || st.info[j].conj || st.info[j].prep != "" || st.info[j].isPrep || lexicon.Definite(&st.toks[j]) != lexicon.Definite(&st.toks[j-1]) {
		return false
	}
	for _, f := range st.info[j-1].forms {
		if f.P.Kind == vocab.Noun && (f.P.With[st.info[j].rest] || f.P.With[st.toks[j].Norm]) {
			return true
		}
	}
	return false
}
