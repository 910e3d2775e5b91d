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
