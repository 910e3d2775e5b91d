package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// Beyond reports whether the word at j, after an actor phrase that ends
// before end, opens another noun phrase, so that a word of affiliation
// after it (التابع, الموالية) describes that one and not the actor phrase:
// استهدفت طائرات التحالف معسكر اللواء 55 التابع للحوثيين (the camp and the
// brigade are the Houthis', not the aircraft). Another actor phrase opens
// one; after a definite phrase, whose adjectives carry the article (الطيران
// الحربي التابع لنظام الأسد), so does a word without it (معسكر, مقر), a
// preposition, a word of affiliation and a word of time aside (قوات تابعة
// للحكومة, طائرة بدون طيار تابعة للقوات الأميركية: an indefinite phrase
// takes indefinite adjectives, and is left as it was).
func Beyond(s frame.Sentence, end, j int) bool {
	a, b := s.Span()
	if j < end || j >= b || end-1 < a {
		return false
	}
	if frame.PhraseAt(s, j) >= 0 {
		return true
	}
	t := s.Token(j)
	return s.Token(end-1).Definite && !t.Definite && !t.IsPrep && t.Prep == "" && !t.Bound && t.Cue == vocab.CueNone && !vocab.Affiliation(t.Word)
}
