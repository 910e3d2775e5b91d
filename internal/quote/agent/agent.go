// Package agent reads reported speech introduced by a verbal noun of speech
// whose genitive is its speaker: «جاء ذلك بعد إعلان وزارة الدفاع أن …»،
// «وسط تأكيد المعارضة أن …»، «مع تشديد الرئيس على أن …»، «إشارة كيري إلى
// أن …»، «تحذير المبعوث من أن …»، «تصريح الوزير بأن …». The genitive is
// the speaker, the clause after the complementizer his words, as after the
// verb (أعلنت الوزارة أن). Package quote calls Speaks and then reads the
// noun as it reads a speech verb.
package agent

import "rasad/internal/lexicon"

// Sentence is what Speaks needs of a sentence's tokens.
type Sentence struct {
	// Phrase returns the end of the speaker's phrase that starts at a and
	// ends by b (a when none starts there).
	Phrase func(a, b int) int
	// Names reports whether [a, e) names a person or a body, or opens
	// with a role.
	Names func(a, e int) bool
	// Comp reports whether the word at k is a complementizer (أن، إن، بأن).
	Comp func(k int) bool
	// Word returns the normalised word at k.
	Word func(k int) string
}

// Speaks reports whether the verbal noun of speech at i, in a sentence
// ending at b, has a speaker's genitive followed by a complementizer,
// directly or after the noun's preposition (lexicon class
// speech-act-prep: على، إلى، من). No genitive that names
// someone (إعلان الحرب، تأكيد على ضرورة) or no complementizer after it
// (إعلان الوزارة عن خطة) is no speech.
func Speaks(s Sentence, i, b int) bool {
	j := s.Phrase(i+1, b)
	if j <= i+1 || j >= b || !s.Names(i+1, j) {
		return false
	}
	if s.Comp(j) {
		return true
	}
	return j+1 < b && lexicon.Default().Has(s.Word(j), "speech-act-prep") && s.Comp(j+1)
}
