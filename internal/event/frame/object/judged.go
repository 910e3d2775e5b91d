package object

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// byPrep is the preposition of «وصفه بأنه»: the description a verb of
// judging gives its object follows it.
const byPrep = "ب"

// Judged reports whether the clause bound at j is the «بأنه» that opens
// the description a verb of judging gives its object (وصفت الوزارة موقف
// الحكومة بأنه مخيب للآمال): ب and أن with a pronoun that refers back to
// the object. The description is the verb's complement, so the bound does
// not end the search for it; a bare «بأن» (وصف بأن الوضع…) or «أن» opens a
// clause of its own. A description negated (بأنه غير بناء, بأنه ليس
// إيجابيا) says the opposite of its adjective: the bound then stands, and
// the verb gives no event.
//
// k is the verb (lexicon class judge-verb: وصف, اعتبر): after any other
// verb «بأنه» opens a clause (هجوم شنه المتمردون بأنه عملية: the
// operation is not the attack's complement).
func Judged(s frame.Sentence, k, j int) bool {
	_, b := s.Span()
	t := s.Token(j)
	return t.Bound && t.Cue == vocab.CueBound && t.Prep == byPrep && t.Suffix && j+1 < b && s.Token(j+1).Cue != vocab.CueNeg && lexicon.Default().Has(s.Token(k).Word, "judge-verb")
}
