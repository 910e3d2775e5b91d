package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
)

// AfterJussive reports whether a particle that governs the jussive
// (lexicon class jussive: لم, لا) stands right before the word at k, so
// that an apocopated present may be read there: لم ينف is نفى, but يصف
// with none before it is وصف (describes), not صفّى (liquidates).
func AfterJussive(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	return k > a && lexicon.Default().Has(s.Token(k-1).Plain, "jussive")
}
