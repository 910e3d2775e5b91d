package background

import (
	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
)

// calledReach is how many words after the preposition of the call the
// acts it asks for may reach: the first act, its genitive and one or two
// more joined by و (إلى وقف القتال وبدء مفاوضات).
const calledReach = 4

// callPreps are the prepositions a verb of calling governs its act by
// (دعا إلى, حث على), normalised.
var callPreps = normSet("إلى", "على")

// Called reports whether the act noun at k of s is what a verb or noun of
// calling (class plan-call: دعا, حث, ناشد, طالب, دعوة) asks for: in its
// clause, after that word and a preposition it governs (إلى, على, or ب on
// an act noun: طالب ... بإدانة), at most calledReach words after the
// preposition, past no other verb or comma, no other preposition after
// it and no other act word between the call and it (دعا أول من أمس
// الحكومة إلى: the day and the one called on). An act called for is
// asked of others, not done: package event reads it in the mood of a
// wish, alleged at most. The rule reaches the act nouns joined by و after
// the first (دعا الوسيط الطرفين إلى وقف القتال وبدء مفاوضات مباشرة: no
// talks held; حثت الجامعة الأطراف على استئناف الحوار); the call itself,
// the verb, keeps its record. The word at k may be the first act after
// the preposition (the preposition then is its own).
func Called(s Sentence, k int) bool {
	x := s.Word(k)
	if x.Verb || !x.Event {
		return false
	}
	l, _ := clause(s, k)
	prep := x.Prep == string(arabic.Beh) // (طالب السكان بالإبلاغ)
	for j := k - 1; j >= l; j-- {
		w := s.Word(j)
		switch {
		case has(w, "plan-call"):
			return prep && (w.Verb || j+1 < k && s.Word(j+1).IsPrep) // a noun of calling governs right after it (الدعوة إلى); not استجابة للدعوة قام المحتجون بالتظاهر
		case w.Cue == vocab.CueLight:
			return false // (قام المحتجون بالتظاهر: the light verb's own act)
		case w.Verb || vocab.Comma(w.Rest):
			return false // (طالب الأوروبيين بزيارة تونس، لم يغفر له ساسة الجزائر انتقاداته: another clause)
		case prep && w.Event:
			return false // (الدعوة إلى التظاهر بحملة: the campaign's own act, not called for)
		case w.IsPrep && (callPreps[w.Rest] || callPreps[w.Norm]) || w.Prep == string(arabic.Beh) && w.Event:
			if k-j > calledReach {
				return false // (تدعو إلى التكفير والإرهاب والتفجير كمذهبك أنت دعوة: past the phrase called for)
			}
			prep = true
		case w.IsPrep && !prep:
			return false // (الدعوة إلى التظاهر ... ضد الأمم المتحدة واتهامات لها: another phrase)
		}
	}
	return false
}

// Attending reports whether the act noun at k of s is what one goes to take
// part in: the complement of a noun of taking part with ل (class
// plan-join), right before it or before في (وصل الوفد إلى جنيف للمشاركة في
// مفاوضات ترعاها الأمم المتحدة, توجه الوزير إلى باريس لحضور اجتماع). The
// purpose tells an act to come, not one held: package event reads it in the
// mood of a wish, as Called.
func Attending(s Sentence, k int) bool {
	a, _ := s.Span()
	if x := s.Word(k); x.Verb || !x.Event || x.Prep != "" {
		return false
	}
	j := k - 1
	if j > a && s.Word(j).IsPrep && s.Word(j).Rest == prepIn {
		j--
	}
	return j >= a && s.Word(j).Prep == string(arabic.Lam) && has(s.Word(j), "plan-join")
}
