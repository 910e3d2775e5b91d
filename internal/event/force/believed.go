package force

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// Believed returns the phrase that names whose an unnamed force is when
// the text attributes it by belief right after the force's phrase (which
// ends before token end): طائرة بدون طيار، يعتقد أنها أميركية: a drone
// believed to be American. The nisba or name after يعتقد, يرجح or يشتبه
// and أنه / أنها is the best account of the doer's country that the
// report gives. It returns -1 if none.
func Believed(s frame.Sentence, end int) int {
	_, b := s.Span()
	for j := end; j < b && j <= end+3; j++ {
		x := s.Token(j)
		if vocab.Believe(x.Word) && j+2 < b && vocab.PronounThat(s.Token(j+1).Word) {
			if pi := frame.PhraseAt(s, j+2); pi >= 0 && s.Phrase(pi).Actor {
				return pi
			}
			return -1
		}
		if x.Verb || x.Event || x.Phrase > 0 || x.Bound && !vocab.Comma(x.Norm) {
			return -1
		}
	}
	return -1
}

// Unmanned reports whether word w, between prev and next, belongs to the
// words that make an aircraft a drone (طائرة بدون طيار, طائرة من دون
// طيار), which stay in the aircraft's phrase.
func Unmanned(w, next, prev string) bool {
	switch w {
	case "من":
		return next == "دون"
	case "دون", "بدون":
		return next == "طيار"
	case "طيار":
		return prev == "دون" || prev == "بدون"
	}
	return false
}
