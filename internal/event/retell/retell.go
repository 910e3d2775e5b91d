// Package retell folds into one record the records of one act that a
// sentence tells twice: once by the words that state it and once more by
// a word that names the same act again as the setting of what the sentence
// reports, or of the visit it tells once with its visitor and once by the
// host's name.
//
// Package act merges the records of one act told in several sentences of
// an article; what is left are two records of one sentence that its
// rules keep apart because their doers or their codes differ, and an
// analyst counting events would count the act twice:
//
//   - A noun of force after a preposition of setting (في, خلال, أثناء,
//     إثر, عقب, جراء: the lexicon's class act-setting) that names no doer
//     is the setting of the act of force its sentence tells (but after a
//     verb whose complement follows في, the lexicon's takes-fi: نجحت
//     الشرطة في اقتحام المركز is the police's own act; nor a noun joined
//     by و to another act, في اشتباكات وقصف للطائرات): «فجر مقاتلو
//     المقاومة دبابة للحوثيين في هجوم على الحي» is one attack, told by فجر
//     with its doer and named again by هجوم; «نقل الجريح إثر فتح النيران
//     عقب الهجوم الذي استهدف المركز» is one attack, told by استهدف with its
//     target and named again by فتح النيران. Its record is folded into the
//     record of the other act of force of the sentence when the sentence
//     holds exactly one other (tolls apart: the killed and the wounded are
//     the act's outcome), of the same day and polarity, of one root or the
//     noun's code the general one of its root (190: an attack is any use
//     of force), whose doers are of one country (or one has none), whose
//     targets are the same or one is not named and whose places agree. The
//     act's record stands, with the noun's target if it named none; an
//     unnamed doer keeps the act's country, not the scene's that the noun
//     was given (attackers in Türkiye are not Türkiye). Two acts of force
//     in a sentence beside the noun leave it unresolved, and the noun
//     stays a record of its own; so do two acts of force with different
//     targets (غارة على صعدة وغارة على حجة: two raids).
//   - A visit told with its visitor and the place visited (زيارة الأمير
//     للأردن) is named again in its sentence as «الزيارة» with the host
//     beside it; a record of a visit (042) of that sentence whose doer is
//     of the country visited, with no target and no other place, is the
//     host read as a visitor: one does not visit one's own country. It is
//     folded into the visitor's record when the visitor's record stands on
//     that sentence or both name the same place (a visit that package act
//     carried from another sentence may be another's).
//   - A record of force that names neither side (دارت معارك في سهل
//     الزبداني; ووقعت اشتباكات بينها وبين المدافعين, its sides read by no
//     rule) in a sentence that tells one act of force by a named doer
//     (حيث قصفت فصائل المعارضة تجمعا لهم; وهاجمت جبهة النصرة مقرا) is the
//     fighting that act was part of: it is folded into that act's record,
//     whatever day each was read with (the fighting began, then the act
//     came). Two acts with named doers leave it a record of its own; so
//     does fighting told as going on beside the act (فيما استمرت
//     الاشتباكات, مع استمرار المعارك: the war around it, lexicon class
//     ongoing), and a noun after a preposition of setting, which the rule
//     above reads (في اقتحام after نجحت الشرطة: the police's own act).
//
// And an article tells its act in its headline and again in its body
// (package act merges the records of one doer named alike):
//
//   - A headline's record and a record of the body are one act when they
//     are of one root (or one is the general code of force: هجوم), of one
//     polarity, of places that agree, of one day (or the headline dated
//     the day of publication and the body one of the three days before
//     it), and either one names no doer and both name the same target,
//     the body's record in its lede, its first two sentences («مقتل شرطي
//     في هجوم مسلح» over «لقي شرطي مصرعه إثر قيام مسلحين بإطلاق
//     النيران»; further down, an act against the same enemy is as often
//     another's), or both describe their doer with the same actor
//     code, the words of one opening the other's (الجيش البوروندي and
//     الجيش; مستوطنون اسرائيليون and مستوطنون: the noun with its adjective and
//     without), and their targets are the same or one names none.
//   - Two records of the body whose doers are described so, and who name
//     the same target, are one act too (رفضت إدارة المستشفى القرار ...
//     بسبب رفض الإدارة القرار), but for acts of force: an act of force is
//     told by its place, and the same aircraft raid the same enemy in
//     every town of a report (وفي الضالع شن طيران التحالف غارات على
//     الحوثيين ... وفي صعدة شن طيران التحالف الدولي غارات). Two records of
//     one doer with different targets stay two.
//
// The record that names its doer stands (between two descriptions, the
// longer), with the other's target if it named none, the more specific
// code of the root, the body's day where the headline has the day of
// publication, and both records' sentences.
package retell

import (
	"slices"
	"sort"
	"strings"
	"time"

	"rasad/internal/event/force"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Merge returns evs, the records of one article published on the day
// published (YYYY-MM-DD, "" if unknown) after package act's merge, with
// each record that retells an act folded into that act's record (see the
// package comment), in their order. toks are the article's tokens, which
// the triggers of the records index. It may reorder and modify evs.
func Merge(evs []news.Event, toks []news.Token, published string) []news.Event {
	var folded []bool
	for i := range evs {
		if j := retold(evs, folded, i, published); j >= 0 {
			if folded == nil {
				folded = make([]bool, len(evs))
			}
			if stands(&evs[i], &evs[j]) {
				evs[i], evs[j] = evs[j], evs[i]
			}
			if headline(&evs[j], &evs[i], published) {
				evs[j].Date = evs[i].Date // the body's day
			}
			fold(&evs[j], &evs[i])
			folded[i] = true
			continue
		}
		var j int
		switch c := &evs[i]; {
		case setting(c, toks):
			j = told(evs, folded, i, toks)
		case c.Code == visit && c.Target == nil && c.Source.Country != "":
			j = visited(evs, folded, i)
		case bare(c, toks):
			j = sided(evs, folded, i)
		default:
			continue
		}
		if j < 0 {
			continue
		}
		if folded == nil {
			folded = make([]bool, len(evs))
		}
		fold(&evs[j], &evs[i])
		folded[i] = true
	}
	if folded == nil {
		return evs
	}
	out := evs[:0:0]
	for i := range evs {
		if !folded[i] {
			out = append(out, evs[i])
		}
	}
	return out
}

// visit is CAMEO's code of a visit.
const visit = "042"

// setting reports whether ev is a record of force, no toll, that names no
// doer, whose trigger follows a preposition of setting (في هجوم, إثر فتح
// النيران) with no verb that takes it as its complement in the eight
// words before it, back to another such preposition (نجحت قوات الأمن،
// اليوم الاثنين، في) and no other act joined to it by و
// (خلال المعارك وقصف المليشيا: two acts).
func setting(ev *news.Event, toks []news.Token) bool {
	if !force.Violent(ev.Code) || force.Toll(ev.Code) || !unnamed(&ev.Source) || ev.Trigger == nil {
		return false
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= ev.Trigger.Start })
	if k == 0 || k == len(toks) || toks[k].Start != ev.Trigger.Start {
		return false
	}
	if prev := &toks[k-1]; prev.Kind != news.Word || !is(prev, "act-setting") {
		return false
	}
	if k+1 < len(toks) && lexicon.And(&toks[k+1]) {
		return false // في اشتباكات وقصف للطائرات: the setting of two acts, no retelling of one
	}
	for j := k - 2; j >= 0 && j >= k-9 && !is(&toks[j], "act-setting"); j-- {
		if is(&toks[j], "takes-fi") {
			return false // (نجحت الشرطة الفرنسية، اليوم الاثنين، في اقتحام: the police's own act; its subject and day may stand between)
		}
	}
	return true
}

// is reports whether the token, without the conjunction و before it
// (split off or not: ونجحت), is a word of the lexicon's class c.
func is(tok *news.Token, c string) bool {
	lx, w := lexicon.Default(), lexicon.Plain(tok)
	return lx.Has(w, c) || strings.HasPrefix(w, waw) && lx.Has(w[len(waw):], c)
}

// waw is the conjunction و.
const waw = "و"

// told returns the record of the act of force that the setting record i
// names again (see the package comment), -1 if none or more than one may
// be.
func told(evs []news.Event, folded []bool, i int, toks []news.Token) int {
	c := &evs[i]
	// two acts of force beside the noun: which it names is not said
	j := one(evs, folded, i, func(e *news.Event) bool {
		return force.Violent(e.Code) && !force.Toll(e.Code) && slices.Contains(e.Sentences, c.Sentence) && !setting(e, toks)
	})
	if j < 0 {
		return -1
	}
	e := &evs[j]
	if e.Date != c.Date || e.Polarity != c.Polarity || !agree(e.Location, c.Location) || !agree(e.Source.Country, c.Source.Country) {
		return -1
	}
	if root(e.Code) != root(c.Code) && !general(c.Code) && !general(e.Code) || e.Target != nil && c.Target != nil && !sameParty(e.Target, c.Target) {
		return -1
	}
	if e.Target == nil && c.Target != nil && sameParty(c.Target, &e.Source) || e.Trigger != nil && e.Trigger.Start == c.Trigger.Start {
		return -1 // (اشتباكات مع قوات الأمن: the other side of one word's act, no target of its own)
	}
	return j
}

// visited returns the record of the visit to the country of record i's
// doer told in i's sentence, i naming no target: i is the host read as a
// visitor (see the package comment); -1 if there is none, or more than one.
func visited(evs []news.Event, folded []bool, i int) int {
	c := &evs[i]
	return one(evs, folded, i, func(e *news.Event) bool {
		if e.Code != visit || e.Target == nil || e.Target.Country != c.Source.Country || e.Source.Country == c.Source.Country {
			return false
		}
		return !(e.Sentence != c.Sentence && (c.Location == "" || c.Location != e.Location) || e.Date != c.Date || e.Polarity != c.Polarity || !agree(e.Location, c.Location))
	})
}

// one returns the one record of evs, other than record i and not folded,
// for which ok holds; -1 if there is none, or more than one (which of
// them is meant is not said).
func one(evs []news.Event, folded []bool, i int, ok func(e *news.Event) bool) int {
	j := -1
	for k := range evs {
		if k == i || folded != nil && folded[k] || !ok(&evs[k]) {
			continue
		}
		if j >= 0 {
			return -1
		}
		j = k
	}
	return j
}

// bare reports whether ev is a record of force, no toll, that names
// neither side (no doer, a country of the scene at most, and no target),
// not after a preposition of setting (في اقتحام, في اشتباكات وقصف: see
// setting) nor beside a word of an act going on, right before it or in
// the three words after it (فيما استمرت الاشتباكات, مع استمرار المعارك,
// القصف على المدينة استمر ساعات: lexicon class ongoing), which tells the
// fighting around the act or for how long, no retelling of it.
func bare(ev *news.Event, toks []news.Token) bool {
	if !force.Violent(ev.Code) || force.Toll(ev.Code) || !unnamed(&ev.Source) || ev.Target != nil || ev.Trigger == nil {
		return false
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= ev.Trigger.Start })
	if k == 0 || k == len(toks) || toks[k].Start != ev.Trigger.Start || is(&toks[k-1], "act-setting") || is(&toks[k-1], "ongoing") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if is(&toks[j], "ongoing") {
			return false // (القصف على المدينة استمر ساعات)
		}
	}
	return true
}

// sided returns the record of the one act of force, no toll, told first
// in record i's sentence whose doer is named, of one polarity and of places that
// agree: the act whose fighting the bare record i tells again (see the
// package comment); -1 if there is none or more than one.
func sided(evs []news.Event, folded []bool, i int) int {
	c := &evs[i]
	// two sides' acts: which fighting it tells is not said; an act that
	// package act carried from another sentence is told there
	j := one(evs, folded, i, func(e *news.Event) bool {
		return force.Violent(e.Code) && !force.Toll(e.Code) && !unnamed(&e.Source) && e.Sentence == c.Sentence
	})
	if j < 0 || evs[j].Polarity != c.Polarity || !agree(evs[j].Location, c.Location) {
		return -1
	}
	return j
}

// fold merges the record r, which retells the act of a, into a: a keeps
// its doer and place, takes r's target if it named none (and r's place
// likewise) and r's code where a's is its root's general code and r's is
// not (هاجم المسلحون الحاجز في تفجير: the bombing), and lists r's
// sentences too.
func fold(a, r *news.Event) {
	if general(a.Code) && !general(r.Code) && force.Violent(r.Code) || root(a.Code) == root(r.Code) && len(r.Code) > len(a.Code) {
		a.Code, a.Label, a.Goldstein, a.QuadClass, a.Plover, a.Mode = r.Code, r.Label, r.Goldstein, r.QuadClass, r.Plover, r.Mode
	}
	if a.Target == nil {
		a.Target = r.Target
	}
	if a.Location == "" {
		a.Location = r.Location
	}
	ss := slices.Clone(a.Sentences)
	for _, s := range r.Sentences {
		if !slices.Contains(ss, s) {
			ss = append(ss, s)
		}
	}
	slices.Sort(ss)
	a.Sentences = ss
}

// agree reports whether two values of a field (a place, a country) do not
// contradict: equal, or one of them not given.
func agree(a, b string) bool { return a == "" || b == "" || a == b }

// unnamed reports whether p names nobody: no entity, no actor code.
func unnamed(p *news.Party) bool { return p.Entity == "" && p.Actor == "" }

// sameParty reports whether p and q are one actor: one entity, or, where
// either is a description, the same actor code and words.
func sameParty(p, q *news.Party) bool {
	if p.Entity != "" || q.Entity != "" {
		return p.Entity == q.Entity
	}
	return p.Actor == q.Actor && p.Name == q.Name
}

// root is the CAMEO root of a code, its first two digits.
func root(code string) string { return code[:min(2, len(code))] }

// general reports whether code is a root's general code of three digits
// (180, 190, 200): the act of its root whatever its kind, and any act of
// force for the other's words (an attack, هجوم, is a bombing or a raid).
func general(code string) bool { return len(code) == 3 && code[2] == '0' }

// retold returns the earlier record, not folded, that record i tells
// again in the headline or the body (see the package comment), -1 if none.
func retold(evs []news.Event, folded []bool, i int, published string) int {
	c := &evs[i]
	for j := range i {
		e := &evs[j]
		if folded != nil && folded[j] || e.Polarity != c.Polarity || !agree(e.Location, c.Location) || slices.Contains(e.Sentences, c.Sentence) {
			continue
		}
		if root(e.Code) != root(c.Code) && !(force.Violent(e.Code) && force.Violent(c.Code) && (general(e.Code) || general(c.Code))) {
			continue
		}
		top := e.Sentence == 0 || c.Sentence == 0
		lede := top && max(e.Sentence, c.Sentence) <= lastLede
		if !(e.Date == c.Date || headline(e, c, published) || headline(c, e, published)) {
			continue
		}
		both := e.Target != nil && c.Target != nil && sameParty(e.Target, c.Target) && !sameParty(e.Target, &e.Source) && !sameParty(c.Target, &c.Source)
		switch {
		case lede && (unnamed(&e.Source) != unnamed(&c.Source)) && both:
			return j
		case described(&e.Source, &c.Source) && (both && !force.Violent(e.Code) || top && (e.Target == nil || c.Target == nil || both)):
			return j
		}
	}
	return -1
}

// lastLede is the last sentence of an article's lede, the opening of its
// body that tells the headline's act again (a dateline may take the first).
const lastLede = 2

// described reports whether p and q are descriptions (no entity) of one
// actor code, the words of one opening the other's: the noun with its
// adjective and without (الجيش البوروندي, الجيش). Two descriptions in the
// same words are package act's: what it keeps apart (كما قصف طيران
// التحالف: one more raid) stays apart.
func described(p, q *news.Party) bool {
	if p.Entity != "" || q.Entity != "" || p.Actor == "" || p.Actor != q.Actor {
		return false
	}
	a, b := strings.Fields(p.Name), strings.Fields(q.Name)
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) > 0 && len(a) < len(b) && slices.Equal(a, b[:len(a)]) // (the same words: package act's to merge, or to keep apart)
}

// stands reports whether b rather than a is the record of one act that
// stands: b names its doer and a does not, or b's description of the doer
// is the longer.
func stands(b, a *news.Event) bool {
	if unnamed(&a.Source) != unnamed(&b.Source) {
		return unnamed(&a.Source)
	}
	return len(strings.Fields(b.Source.Name)) > len(strings.Fields(a.Source.Name))
}

// headline reports whether h is a record of the headline dated the day of
// publication and d one dated to one of the three days before it: the
// headline states in the present what its body dates.
func headline(h, d *news.Event, published string) bool {
	if published == "" || h.Date != published || h.Sentence != 0 || len(d.Date) != len(published) {
		return false
	}
	p, err1 := time.Parse(time.DateOnly, published)
	t, err2 := time.Parse(time.DateOnly, d.Date)
	return err1 == nil && err2 == nil && t.Before(p) && !t.Before(p.AddDate(0, 0, -3))
}
