package background

import (
	"strings"

	"rasad/internal/event/vocab"
)

// Landmark reports whether the event noun at k of s is the landmark that
// sets the time of a recalled act: it follows قبل or قبيل, directly or as
// the genitive of a beginning (قبيل بدء المفاوضات), in a sentence that
// opens with كان and recalls an act after قد before it (وكان البرلمان قد
// سن قانونا ... قبيل بدء المفاوضات النهائية في فيينا في يونيو). The act
// is recalled before the landmark, and the landmark is named for its time,
// not reported: no record, whatever date the sentence gives it. So is the
// act an anniversary recalls (Anniversary).
func Landmark(s Sentence, k int) bool {
	a, _ := s.Span()
	t := s.Word(k)
	if !t.Event || t.Verb {
		return false
	}
	if Anniversary(s, k) {
		return true
	}
	if k < a+3 {
		return false
	}
	j := k - 1
	if has(s.Word(j), "tally-start") {
		j-- // قبيل بدء المفاوضات
	}
	if !has(s.Word(j), "landmark-before") {
		return false
	}
	return recalls(s, j)
}

// Anniversary reports whether the event noun at k of s is the act an
// anniversary recalls: the genitive of ذكرى (class anniversary), right
// after it or after its adjectives and ل, within three words and with no
// verb, bound or preposition written as a word between (في ذكرى اغتيال
// الرئيس, الذكرى السنوية الأولى لاجتياح القرى, الذكرى العاشرة للغزو).
// What the news reports is the commemoration; the act is of the year it
// recalls, no record of the day.
func Anniversary(s Sentence, k int) bool {
	a, _ := s.Span()
	for j := k - 1; j >= a && j >= k-3; j-- {
		x := s.Word(j)
		if has(x, "anniversary") {
			return true
		}
		if x.Verb || x.Bound || x.IsPrep || x.Event {
			return false
		}
	}
	return false
}

// recalls reports whether the sentence opens with a form of كان (its first
// or second word) and recalls an act after قد before token j (وكان البرلمان
// قد سن).
func recalls(s Sentence, j int) bool {
	a, _ := s.Span()
	opens := false
	for q := a; q < a+2 && q < j; q++ {
		x := s.Word(q)
		opens = opens || x.Cue == vocab.CueAux && strings.HasPrefix(x.Rest, "كان")
	}
	for q := a + 1; opens && q < j; q++ {
		if s.Word(q).Norm == "قد" {
			return true
		}
	}
	return false
}
