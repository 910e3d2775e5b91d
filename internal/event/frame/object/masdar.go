package object

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// AfterAgent returns the phrase in the accusative that an event noun (a
// masdar) governs as its object after its agent in the genitive, whose
// phrase ends at from: the next actor phrase, with no preposition, past
// words of the day (أمس, اليوم, a month) and a time adverb only (اتهام
// الحكومة البريطانية أمس أسبانيا بانتهاك سيادتها: Spain is accused; زيارة
// الرئيس الفرنسي الرياض). A bound, a preposition, a verb or any other word
// between ends the search; r bounds it. -1 if none.
func AfterAgent(s frame.Sentence, from, r int) int {
	for j := from; j < r; j++ {
		if e := frame.TimeAdverb(s, j, r); e > j {
			j = e - 1
			continue
		}
		x := s.Token(j)
		if pi := frame.PhraseAt(s, j); pi >= 0 {
			if s.Phrase(pi).Prep != "" || x.Prep != "" {
				return -1
			}
			return pi
		}
		if x.Cue != vocab.CueRecent && x.Cue != vocab.CueMonth {
			return -1
		}
	}
	return -1
}
