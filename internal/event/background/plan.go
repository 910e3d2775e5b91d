package background

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Plans drops the records of a visit or a meeting (root 04) that the
// article tells only as one to come. A headline's verb in the present
// (فابيوس يزور طهران, الجبير يلتقي لافروف) and a verbal noun (زيارة
// فابيوس, في أول زيارة يقوم بها) carry no tense of their own: the body's
// verbs give them their time. When the body states the act as a plan, an
// intent to meet (036: وسيزور فابيوس إيران الأسبوع المقبل, من المقرر أن
// يلتقي), and no verb of the article tells it as done or under way
// (التقى, زار; يلتقي اليوم in the body), the headline and the nouns tell
// that plan: the intent (036) is the event, and a visit at any polarity
// would count one that has not happened. A visit is one journey, which
// every noun of a visit by the plan's country names; a noun of talks or of
// a meeting in the body (قال في اجتماع, أعلن انطلاق المباحثات) is an act of
// its own that the verb it depends on tells. The act is the same when its
// source is of the plan's country and the targets agree or one is not
// named; a noun the article dates before publication (زيارته الأسبوع
// الماضي) is another visit, and stays.
//
// tensed reports whether a record's trigger tells its time: any verb of
// the body, the headline's verb in the past, a noun that a verb in the
// past tells as done (Done). published is
// the day of publication (YYYY-MM-DD). Plans returns evs without the
// dropped records, in place.
func Plans(evs []news.Event, published string, tensed func(*news.Span) bool) []news.Event {
	var plans, done []*news.Event
	for i := range evs {
		e := &evs[i]
		switch {
		case e.Source.Country == "":
		case e.Code == "036":
			plans = append(plans, e)
		case strings.HasPrefix(e.Code, "04") && e.Polarity == news.Asserted && tensed(e.Trigger):
			done = append(done, e)
		}
	}
	if len(plans) == 0 {
		return evs
	}
	out := evs[:0]
	for _, e := range evs {
		if !planned(&e, plans, done, published, tensed) {
			out = append(out, e)
		}
	}
	return out
}

// planned reports whether e is a headline's or a noun's record of a visit
// or meeting that one of plans announces and none of done tells as done.
func planned(e *news.Event, plans, done []*news.Event, published string, tensed func(*news.Span) bool) bool {
	if !strings.HasPrefix(e.Code, "04") || tensed(e.Trigger) || e.Date != "" && e.Date < published {
		return false
	}
	for _, d := range done {
		if d.Code == e.Code && oneAct(e, d) {
			return false
		}
	}
	for _, p := range plans {
		if oneAct(e, p) {
			return true
		}
	}
	return false
}

// oneAct reports whether a and b are acts of one country's actors toward
// one target, or toward one not named.
func oneAct(a, b *news.Event) bool {
	return a.Source.Country == b.Source.Country && (a.Target == nil || b.Target == nil || a.Target.Country == b.Target.Country)
}

// Done reports whether the event noun at k of s is told as done: a verb
// of its clause in the past stands before it (وقال الرئيس لدى وصوله
// القاهرة: the arrival took place), an event verb or a verb of saying. A
// noun has no tense of its own; without such a verb it has the time of
// the plan it names (وتأتي زيارة فابيوس; وسيزور فابيوس إيران في أول
// زيارة; أشارت المصادر إلى أن زيارة الوزير تأتي: the clause of the noun
// opens at أن).
func Done(s Sentence, k int) bool {
	a, _ := s.Span()
	for j := k - 1; j >= a; j-- {
		w := s.Word(j)
		if w.Norm == ")" { // an aside: قال محمود عباس (أبو مازن) في اجتماع
			for j > a && s.Word(j).Norm != "(" {
				j--
			}
			continue
		}
		switch {
		case w.Bound || w.Future || w.Verb && !w.Past:
			return false
		case w.Past || lexicon.Default().Has(w.Plain, "speech-verb") && !presentShape(w.Plain):
			return true
		}
	}
	return false
}

// presentShape reports whether w opens with the prefix of the present of
// the third person (يقول, تقول).
func presentShape(w string) bool {
	for _, r := range w {
		return r == arabic.Yeh || r == arabic.Teh
	}
	return false
}
