package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// Intended reports whether a word of intent governs the word of a verb's
// form at k, right before it or before the intender's phrase (يعتزم بحث,
// يعتزم الجيش بحث): then k is the intended act's verbal noun, not a finite
// verb, and its doer is the intender. It returns the phrase of the
// intender between the two, -1 if none.
func Intended(s frame.Sentence, k int) (pi int, ok bool) {
	a, _ := s.Span()
	j, pi := k-1, -1
	if j >= a {
		if q := s.Token(j).Phrase - 1; q >= 0 && s.Phrase(q).End == k && s.Phrase(q).Prep == "" {
			pi, j = q, s.Phrase(q).Start-1
		}
	}
	return pi, j >= a && s.Token(j).Cue == vocab.CueIntent
}

// Chained reports whether the plain word j after the act word k heads a
// construct of its own: neither carries the article, and j is no event
// word, carries no pronoun and no preposition. An actor after j is then
// j's genitive, not the act's doer (بحث سبل مواجهة داعش: ISIS is what is
// to be faced, not who discusses): an adjective cannot stand between a
// noun in construct and its genitive.
func Chained(s frame.Sentence, k, j int) bool {
	x, w := s.Token(k), s.Token(j)
	return !x.Definite && !w.Definite && !w.Event && !w.Bound && !w.IsPrep && w.Prep == "" && !w.Suffix && !w.Quote && !w.Number && w.Cue == vocab.CueNone && w.Phrase == 0
}
