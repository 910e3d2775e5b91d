package background

import "rasad/internal/news"

// toldDays is how long before publication every date of a recalled
// sentence must lie for the acts it goes on to tell to be of its past (a
// week: في 24 تموز, في يونيو الماضي; not قبل يومين, whose sequel may be
// the news).
const toldDays = 7

// Told reports whether the verb at k, with no date of its own, goes on
// with the recall of a sentence that opens with كان and recalls an act
// after قد before it (وكان البرلمان الإيراني قد سن قانوناً ... في يونيو
// الماضي، غير أن الحكومة عارضته): the sentence is set in a past it dates,
// and a past verb it goes on to tell is of that past too. The sentence
// must name a date, every one of its dates at least toldDays before
// published; a verb in the future is not told.
//
// dates are the document's (those of the sentence are read), published the
// day of publication.
func Told(s Sentence, k int, dates []news.Date, published string) bool {
	a, b := s.Span()
	t := s.Word(k)
	if !t.Verb || t.Future {
		return false
	}
	if !recalls(s, k-1) {
		return false
	}
	from, to, n := s.Word(a).Start, s.Word(b-1).Start, 0
	for _, d := range dates {
		if d.Start < from || d.Start > to {
			continue
		}
		if g, ok := ago(d.Value, published); !ok || g.Hours() < 24*toldDays {
			return false
		}
		n++
	}
	return n > 0
}
