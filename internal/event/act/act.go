// Package act merges the records of one act that an article reports in
// several sentences.
//
// A news article states its main act in the lede and returns to it: «وصل
// بحاح إلى عدن» in the first sentence, «وخلال زيارته التقى» in the third,
// «واستقبل بحاح في عدن» in the fifth. Coded sentence by sentence these are
// several records (a visit 042, a meeting 040, a consultation 043) where
// an analyst counts one. The rule an analyst states: within one article,
// records of the same CAMEO root, the same date, the same polarity and the
// same source, whose targets are equal or one of them is not named (or one is the state
// the other's official acts for: a visit to Moscow, the talks with Putin), and
// whose places are equal or one of them is not named, are one act. A
// source counts as the same when it is the same entity, or when one of
// the two is a description resolved to the same actor code (country and
// role) as the other. The merged record keeps the most specific code (a
// three-digit code over its root's general 0 code), the named actors and
// the place, and lists every sentence. A
// statement (root 01) is an utterance: one speaker's statements of
// different codes are one only where they are told within a few sentences
// of each other (see reach); a visit and its talks are one act anywhere
// in their report.
//
// A headline states the news of its lede without its day («بريطانيا تتهم
// رجلين بالتخطيط لمهاجمة جنود أميركيين» over «اتهم ممثلو ادعاء بريطانيون
// رجلا أمس»): a record of the headline (sentence 0) dated the day of
// publication, which is the date of a sentence that gives none, is the
// act its article dates to one of the three days before; the merged
// record keeps that day.
//
// A report names the day of its act once, where it first tells it, and
// comes back to it without («اقتحمت قوات الاحتلال أمس مخيم الدهيشة» ...
// «وقالت مصادر إن قوة من جيش الاحتلال اقتحمت المخيم»): a record of a later
// sentence dated the day of publication (the date of a sentence that names
// none) is the act an earlier sentence dates to one of the three days
// before, when the two are one act by the rule above; the merged record
// keeps that day.
//
// One sentence that reports an act of force may name its doer once and
// tell the act twice: «قصف التحالف على مدينة الصالح ... الغارة على
// المدينة», or name its toll beside it with neither doer nor victim
// («أطلق المسلحون صاروخا على سيارة فقتلوا ضابطا وأصابوا آخر»). Records of
// force (roots 18 to 20) of one sentence, one day and one polarity, one of
// them with no doer named, whose places agree, are one act when both name
// the same target, or when the one without a doer is a toll (182, 1823)
// that names no victim either, whatever day the toll was given beside an
// act (the date of the sentence stands by the act's verb). The record that names its doer (else the
// act rather than its toll) keeps its code, a more specific code of its
// own root aside (a strike 195 over the attack 190). Two acts of one
// sentence with different targets, or one of them none, stay two
// (استمرت الاشتباكات ... فيما قصفت طائرات حربية المتمردين).
//
// One sentence that tells of fire from one country with no doer named but
// that country (تعرض مركز المسيال لقذائف عسكرية من داخل الأراضي اليمنية
// ... مصادر إطلاق القذائف ... ونتج عن ذلك استشهاد العريف) tells one act
// where it comes back to it: records of one root whose doer is that
// country alone, whose targets agree or one is not named, are one act.
// The sentence names its day once: a record dated the day of publication
// (the date of a record whose words give none) beside one of an earlier day
// it names is of that day, and the merged record keeps it.
//
// A sentence that opens with «كما» (also) adds an act to those told before
// it: a record of force of such a sentence is never merged into a record
// of an earlier sentence (كما استهدف طيران التحالف ... كما شن طيران
// التحالف سلسلة غارات: two strikes).
//
// A state named at the country level (تركيا, العراق) acts through its
// bodies and officials: a record whose source is the state and one whose
// source is a body or a person of that state (السلطات التركية, نائب رئيس
// الوزراء العراقي بهاء الأعرجي), of one root and one day, whose targets
// are equal or one of them is not named, are one act told at two levels;
// the merged record stands on the fuller source's sentence. A sentence
// coded at the country level that names its own speaker or doer (a person
// or a body of the state: «قال مارك تونر»; an office over the state's name:
// «أعرب أمير قطر») is that one's act, merged only with a record of the
// same: the Pentagon's statement is not the State Department's spokesman's.
//
// A count of those acted on (590 شخصا) that two sentences give is one act
// whatever day each gives it (اعتقلت الشرطة منذ الجمعة ... 590 شخصا, the
// lede's arrests of the day of publication): records of one root whose
// doers are of one country, within a week, one target or one not named.
//
// Records of different days (but the headline's and a shared count), of sources of different
// countries or roles, of two different named persons, or an asserted
// record with a negated or alleged one are never merged.
package act

import (
	"slices"
	"sort"
	"strings"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/event/force"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Merge returns the records of one article published on the day published
// (YYYY-MM-DD, or "" if unknown) with the records of one act merged (see
// the package comment), in the order of their first record. It does not
// modify evs' elements' slices.
//
// places holds the places and people of the article (States, nil for
// none): the records of a state and those of its bodies and officials may
// be one act.
func Merge(evs []news.Event, published string, places *Places) []news.Event {
	out := make([]news.Event, 0, len(evs))
	for _, ev := range Towns(evs, places) { // في البصرة والناصرية: one act in several towns
		i, violent := 0, false
		for ; i < len(out); i++ {
			if (sameDay(&out[i], &ev, published) && same(&out[i], &ev, places) || counted(&out[i], &ev)) && !further(&out[i], &ev) {
				break
			}
			if violent = oneForce(&out[i], &ev, published); violent {
				break
			}
		}
		if i == len(out) {
			ev.Sentences = append([]int(nil), ev.Sentences...)
			out = append(out, ev)
			continue
		}
		if violent && leads(&ev, &out[i]) || !violent && fuller(&ev.Source, &out[i].Source, places) {
			ev.Sentences = append([]int(nil), ev.Sentences...)
			out[i], ev = ev, out[i] // the record that names the doer stands
		}
		if out[i].Date != ev.Date && (headline(&out[i], &ev, published) || (violent || sameDay(&out[i], &ev, published)) && undated(&out[i], &ev, published)) {
			out[i].Date = ev.Date // the lede's day, the day the sentence names
		}
		join(&out[i], ev, places)
	}
	return out
}

// sameDay reports whether a and b are of one day: the same date, the
// headline's day of publication and one of the three days before it, or
// two records of one sentence, one dated by it to an earlier day and one
// of the day of publication, the date of a record whose words give none:
// the sentence names its day once («خلال زيارته إلى الكويت أمس ...،
// واصفا زيارته بأنها»: yesterday's visit, told twice).
func sameDay(a, b *news.Event, published string) bool {
	return a.Date == b.Date || headline(a, b, published) || headline(b, a, published) ||
		a.Sentence == b.Sentence && (undated(a, b, published) || undated(b, a, published)) ||
		retold(a, b, published) || retold(b, a, published)
}

// retold reports whether u, a record of a later sentence than d's dated
// the day of publication (its sentence names no day), tells again the act
// d dates to one of the three days before publication: the report names
// the act's day once, where it first tells it, and comes back to it
// without («اقتحمت قوات الاحتلال أمس مخيم الدهيشة» ... «وقالت مصادر إن
// قوة من جيش الاحتلال اقتحمت المخيم»); same still asks for one root, one
// source and one target.
func retold(u, d *news.Event, published string) bool {
	return u.Sentence > d.Sentence && undated(u, d, published) && lately(d.Date, published)
}

// headline reports whether h is a record of the headline dated the day of
// publication and d one dated to one of the three days before it.
func headline(h, d *news.Event, published string) bool {
	return published != "" && h.Date == published && h.Sentence == 0 && len(h.Sentences) == 1 && lately(d.Date, published)
}

// lately reports whether date is one of the three days before the day of
// publication published (both YYYY-MM-DD).
func lately(date, published string) bool {
	if len(date) != len(published) {
		return false
	}
	p, err1 := time.Parse(time.DateOnly, published)
	t, err2 := time.Parse(time.DateOnly, date)
	return err1 == nil && err2 == nil && t.Before(p) && !t.Before(p.AddDate(0, 0, -3))
}

// same reports whether a and b, of one day, record one act.
func same(a, b *news.Event, places *Places) bool {
	if a.Polarity != b.Polarity || root(a.Code) != root(b.Code) || root(a.Code) == "" || a.Code != b.Code && root(a.Code) == "01" && !near(a.Sentences, b.Sentences) {
		return false
	}
	if a.Location != "" && b.Location != "" && a.Location != b.Location {
		return false
	}
	switch {
	case unnamed(&a.Source) || unnamed(&b.Source):
		// an unnamed doer is nobody to compare: two attacks of unnamed
		// gunmen in one report are two attacks unless every field agrees
		// (which emit already merges)
		return false
	case !sameParty(&a.Source, &b.Source):
		// the state and one who acts for it (تركيا تعتقل, اعتقلت السلطات
		// التركية; العراق ينفي, نفى نائب رئيس الوزراء العراقي)
		return nation(a, b, places) && (a.Target == nil || b.Target == nil || sameParty(a.Target, b.Target))
	case (a.Source.Entity == "") != (b.Source.Entity == ""):
		// a name in one, a description in the other (الوفد, الوزير): the
		// act is the same only if both name the same target
		return a.Target != nil && b.Target != nil && sameParty(a.Target, b.Target)
	}
	return a.Target == nil || b.Target == nil || sameParty(a.Target, b.Target) || stateOf(a.Target, b.Target) || stateOf(b.Target, a.Target)
}

// oneForce reports whether a and b are records of force told in one
// sentence that one act accounts for (see the package comment).
func oneForce(a, b *news.Event, published string) bool {
	if a.Polarity != b.Polarity || !force.Violent(a.Code) || !force.Violent(b.Code) || !slices.Contains(a.Sentences, b.Sentence) {
		return false
	}
	if a.Location != "" && b.Location != "" && a.Location != b.Location || !unnamed(&a.Source) && !unnamed(&b.Source) {
		return false
	}
	if oneCountry(&a.Source, &b.Source) && root(a.Code) == root(b.Code) && (a.Target == nil || b.Target == nil || sameParty(a.Target, b.Target)) {
		// one country's fire told twice in one sentence (تعرض المركز
		// لقذائف من الأراضي اليمنية ... مصادر إطلاق القذائف ... ونتج عن
		// ذلك استشهاد العريف): one act, dated once in the sentence
		return a.Date == b.Date || undated(a, b, published) || undated(b, a, published)
	}
	if a.Target != nil && b.Target != nil {
		return a.Date == b.Date && sameParty(a.Target, b.Target)
	}
	if a.Date != b.Date {
		// the toll of the act's day: مساء أول من أمس dates the verb, not
		// the toll after it; two tolls of two days are two deaths
		return bareToll(a) && !force.Toll(b.Code) || bareToll(b) && !force.Toll(a.Code)
	}
	return bareToll(a) || bareToll(b)
}

// further reports whether ev, a record of force, tells an act beyond out's:
// its sentence, another than out's, opens with «كما» (also), which adds
// one more act to those told before it («كما شن طيران التحالف سلسلة
// غارات» after «استهدف طيران التحالف المجمع الحكومي»), where a return to
// the act told names it again (الغارة, القصف) without it. Only acts of
// force: «كما بحث الجانبان» after «التقى الوزير نظيره» is the same meeting;
// and not when «كما» opens a statement (كما أعلن المرصد).
func further(out, ev *news.Event) bool {
	if !force.Violent(ev.Code) || slices.Contains(out.Sentences, ev.Sentence) {
		return false
	}
	f := strings.Fields(strings.TrimLeft(ev.Text, "\"«-"))
	if len(f) < 2 || f[0] != "كما" && f[0] != "وكما" {
		return false
	}
	// «كما قال», «كما أعلن»: the also is the statement's, and the act it
	// reports may be the one told before
	return !lexicon.Default().Has(arabic.Normalize(f[1]), "speech-verb")
}

// oneCountry reports whether p and q name no doer but the same country
// (قذائف من داخل الأراضي اليمنية: Yemen at the country level).
func oneCountry(p, q *news.Party) bool {
	return unnamed(p) && unnamed(q) && p.Country != "" && p.Country == q.Country
}

// undated reports whether u, dated the day of publication (the date of a
// sentence's record that gives none), stands beside d, dated by its sentence
// to an earlier day: «صباح أمس الجمعة» dates the sentence's act once.
func undated(u, d *news.Event, published string) bool {
	return published != "" && u.Date == published && d.Date != "" && d.Date < published
}

// bareToll reports whether ev is a toll (182, 1823) that names neither
// doer nor victim: the wounded and the dead of the act told beside it.
func bareToll(ev *news.Event) bool {
	return force.Toll(ev.Code) && unnamed(&ev.Source) && ev.Target == nil
}

// leads reports whether b rather than a is the record of one act of force
// that stands: b names its doer and a does not, or a is a toll and b is not.
func leads(b, a *news.Event) bool {
	if unnamed(&a.Source) != unnamed(&b.Source) {
		return unnamed(&a.Source)
	}
	return force.Toll(a.Code) && !force.Toll(b.Code)
}

// unnamed reports whether p names nobody: no entity, no actor code.
func unnamed(p *news.Party) bool { return p.Entity == "" && p.Actor == "" }

// stateOf reports whether p is the state q acts for: Russia and Putin.
func stateOf(p, q *news.Party) bool {
	return len(p.Actor) == 3 && p.Actor == p.Country && p.Actor == q.Country && len(q.Actor) > 3
}

// sameParty reports whether p and q name one actor: one entity, or the
// the same actor code where one of them is a description (no entity).
func sameParty(p, q *news.Party) bool {
	switch {
	case p.Entity != "" && q.Entity != "":
		return p.Entity == q.Entity
	case p.Entity == "" && q.Entity == "":
		// two descriptions: the same words for the same actor
		return p.Actor == q.Actor && p.Name == q.Name
	}
	return p.Actor != "" && p.Actor == q.Actor
}

// join merges b into a: the more specific code of its root with the
// sentence that gives it (the act's, never its toll's: a bombing 183 does
// not become the killing 1823 it caused), the named parties, the place, every sentence.
func join(a *news.Event, b news.Event, places *Places) {
	if root(b.Code) == root(a.Code) && specificity(b.Code) > specificity(a.Code) && !(force.Toll(b.Code) && !force.Toll(a.Code)) {
		a.Code, a.Label, a.Goldstein, a.QuadClass, a.Plover, a.Mode = b.Code, b.Label, b.Goldstein, b.QuadClass, b.Plover, b.Mode
		a.Sentence, a.Text, a.Trigger = b.Sentence, b.Text, b.Trigger
	}
	if a.Source.Entity == "" && b.Source.Entity != "" && !fuller(&a.Source, &b.Source, places) {
		a.Source = b.Source
	}
	if a.Target == nil || a.Target.Entity == "" && b.Target != nil && b.Target.Entity != "" {
		a.Target = b.Target
	}
	if a.Location == "" {
		a.Location = b.Location
	}
	for _, s := range b.Sentences {
		k := sort.SearchInts(a.Sentences, s)
		if k < len(a.Sentences) && a.Sentences[k] == s {
			continue
		}
		a.Sentences = append(a.Sentences, 0)
		copy(a.Sentences[k+1:], a.Sentences[k:])
		a.Sentences[k] = s
	}
}

// reach is how many sentences apart two statements (root 01) of one
// speaker but of different codes may be told and be one statement: a
// statement is an utterance, told in the sentences that report it and
// those that go on with it (وأضاف); a statement ten sentences before a
// warning of the same speaker («وصرح قبيل الزيارة», then «وحذر») is
// another. Acts that last (a visit, its talks, a siege) are told again
// anywhere in their report, and stay one act at any distance.
const reach = 6

// near reports whether some sentence of a and some of b are at most
// reach apart.
func near(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x-y <= reach && y-x <= reach {
				return true
			}
		}
	}
	return false
}

// root is the CAMEO root of a code, its first two digits.
func root(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// specificity ranks codes: a longer code is more specific, and a root's
// general code (040, 1120) less than its siblings of the same length.
func specificity(code string) int {
	n := 2 * len(code)
	if len(code) >= 3 && code[len(code)-1] == '0' {
		n--
	}
	return n
}

// Fold appends ev, a record of one sentence, to out, or folds it into the
// record of out that has its Key (seen maps each key to its record's
// index): that record lists ev's sentence too, and takes its place if it
// named none.
func Fold(out []news.Event, seen map[string]int, ev news.Event) []news.Event {
	key := Key(&ev)
	i, ok := seen[key]
	if !ok {
		seen[key] = len(out)
		return append(out, ev)
	}
	e := &out[i]
	if e.Sentences[len(e.Sentences)-1] != ev.Sentence {
		e.Sentences = append(e.Sentences, ev.Sentence)
	}
	if e.Location == "" {
		e.Location = ev.Location
	}
	return out
}

// Key is what two records of an article share when emit folds them into
// one: the date, the source, the target, the code and the polarity.
func Key(ev *news.Event) string {
	return ev.Date + "|" + partyKey(&ev.Source) + "|" + partyKey(ev.Target) + "|" + ev.Code + "|" + string(ev.Polarity)
}

func partyKey(p *news.Party) string {
	switch {
	case p == nil:
		return "-"
	case p.Entity != "":
		return p.Entity
	}
	return p.Actor + "/" + p.Name
}
