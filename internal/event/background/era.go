package background

import (
	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// eraReach is how many words a clause of time may run from its conjunction
// to its date (حين اندلعت تظاهرات العراقيين عام 2011).
const eraReach = 8

// Era returns the index in dates of the date that sets the time of the
// act at token k of s, which has no date of its own, or -1: a date more
// than a month before publication (History) that stands before the act
// and frames the sentence, either as its opening adverb, alone or after
// a preposition of time (في عام 1974، عندما دخلت القوات التركية قبرص ...،
// فرضت واشنطن حظرا على إرسال الأسلحة), or inside a clause of time
// (حين اندلعت تظاهرات العراقيين عام 2011 ... قتلوا الإعلامي هادي عبدالمهدي
// واعتقلوا العشرات): what the sentence tells after it happened then, history
// behind the news, not an act of the day of publication. A date after منذ
// or حتى starts or ends a span (منذ عام 2011) and frames nothing; so does a
// date in the middle of a clause that no conjunction of time opens (a
// relative clause's act, the object's own date), and an act in the
// future (سيزور).
//
// dates are the document's dates, published the day of publication.
func Era(s Sentence, k int, dates []news.Date, published string) int {
	a, _ := s.Span()
	if s.Word(k).Future {
		return -1
	}
	for i, d := range dates {
		if d.Start < s.Word(a).Start || d.Start >= s.Word(k).Start || !History(d.Value, published) {
			continue
		}
		j := a
		for j+1 < k && s.Word(j+1).Start <= d.Start {
			j++ // the token the date starts in
		}
		if opens(s, a, j) || timeClause(s, a, j) {
			return i
		}
	}
	return -1
}

// opens reports whether the date at token j opens the sentence that
// starts at a: it is the first word, or follows a preposition of time
// (vocab.TimePrep: في عام 1974, خلال عام 2011).
func opens(s Sentence, a, j int) bool {
	if j == a {
		return true
	}
	x := s.Word(a)
	return j == a+1 && x.IsPrep && (vocab.TimePrep(x.Plain) || vocab.TimePrep(x.Rest))
}

// timeClause reports whether a conjunction of time (vocab.When: حين,
// عندما) opens the clause of the date at token j, within eraReach words
// and past no other bound; the date is not one after منذ or حتى.
func timeClause(s Sentence, a, j int) bool {
	if j > a {
		if c := s.Word(j - 1).Cue; c == vocab.CueSince || c == vocab.CueUntil {
			return false
		}
	}
	for w := j - 1; w >= a && w >= j-eraReach; w-- {
		x := s.Word(w)
		if vocab.When(x.Plain) || vocab.When(x.Rest) {
			return true
		}
		if x.Bound {
			return false
		}
	}
	return false
}
