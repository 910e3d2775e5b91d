package frame

import "rasad/internal/event/vocab"

// TimeAdverb returns, for a preposition of time at j that governs a span
// of time (خلال الساعات القليلة الماضية, في الأيام الأخيرة, خلال
// اليومين الماضيين), where that adverb ends (before r): the span's noun
// and the adjectives that place it (القليلة, الماضية, الأخيرة) or a word
// of the day, one at least (في أيام ثقافية is no time). Such an adverb may stand between a verb and its object
// (اعتقلت القوات خلال الساعات الماضية عشرات الفلسطينيين; مشيدا في الوقت
// ذاته بجهود الشعب, the same time: نفسه, ذاته right after the span): it ends
// neither the object's search nor the clause. For any other token it
// returns j.
func TimeAdverb(s Sentence, j, r int) int {
	x := s.Token(j)
	if !x.IsPrep || !vocab.TimePrep(x.Word) || j+1 >= r || !vocab.TimeSpan(s.Token(j+1).Word) {
		return j
	}
	e := j + 2
	for e < r && e <= j+4 {
		y := s.Token(e)
		if !vocab.SpanAdjective(y.Word) && y.Cue != vocab.CueRecent && !(e == j+2 && same(y.Norm)) {
			break
		}
		e++
	}
	if e == j+2 {
		return j // في أيام ثقافية: a span with nothing that places it is no adverb of time
	}
	return e
}

// same reports whether the normalised word w is the emphatic pronoun that
// makes a span the same one (في الوقت نفسه, في الوقت ذاته).
func same(w string) bool { return w == "نفسه" || w == "ذاته" }
