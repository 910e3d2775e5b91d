package background

import "rasad/internal/event/vocab"

// thenAdverbs are the adverbs of a time removed from the story's present,
// made with the demonstrative of distance ذاك (normalised): "at that
// time". (عندئذ and حينئذ, "thereupon", go on the story: no background.)
var thenAdverbs = normSet("آنذاك", "حينذاك", "وقتذاك", "يومذاك", "ساعتذاك")

// Then reports whether an adverb of that time qualifies the act at k in
// its clause (وأشاد نيكولا ساركوزي رئيس فرنسا حينذاك بالعقد, ووقعت
// الحكومة آنذاك اتفاقا): a time before the story's, recalled. The adverb
// must be reached from the act past no other verb and no relative pronoun:
// in انتقد أوباما بوش الذي كان رئيسا آنذاك it times the relative clause,
// not the criticism.
func Then(s Sentence, k int) bool {
	l, r := clause(s, k)
	for j := l; j < r; j++ {
		if !thenAdverbs[s.Word(j).Rest] {
			continue
		}
		lo, hi := j+1, k
		if j > k {
			lo, hi = k+1, j
		}
		free := true
		for q := lo; q < hi && free; q++ {
			x := s.Word(q)
			free = !x.Verb && x.Cue != vocab.CueAux && !vocab.Relative(x.Rest) && !vocab.Subordinate(x.Rest)
		}
		if free {
			return true
		}
	}
	return false
}

// without holds the words before أن that make its clause one of what did
// not happen (من دون أن, بدون أن), normalised.
var without = normSet("دون", "بدون")

// Without reports whether the act at k belongs to a clause after (من) دون
// أن whose أن is at j: the clause's verb right after أن, or an event noun
// that verb governs, with no other verb and no clause of time between
// (انتهت المحادثات من دون أن تؤدي إلى توقيع اتفاق: no agreement signed;
// قتل جندي من دون أن يكشف عن جنسيته في حين قتل ثمانية مدنيين: the second
// killing is done).
func Without(s Sentence, j, k int) bool {
	a, _ := s.Span()
	if j <= a || k <= j || s.Word(j).Rest != "ان" || !without[s.Word(j-1).Rest] {
		return false
	}
	if k == j+1 {
		return true
	}
	for q := j + 2; q <= k; q++ {
		if x := s.Word(q); x.Verb || x.Cue == vocab.CueAux || vocab.When(x.Rest) || x.Rest == "حين" || x.Rest == "بينما" {
			return false
		}
	}
	return true
}
