package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// amma is أما, the particle that sets a topic apart (أما X فـ…),
// normalised; qad is قد after the ف of its answer (فقد).
var amma, qad = arabic.Normalize("أما"), arabic.Normalize("قد")

// Contrasted returns the actor phrase that أما sets apart as the topic of
// the sentence when the verb at k opens the answer to it: the sentence
// opens with أما and the phrase, then, after an optional comma, the verb
// with ف or فقد right before it (أما الفلسطينيون، فقد حملوا حكومة نتنياهو
// المسؤولية: the Palestinians hold the government responsible). The topic
// of أما is the subject of a verb in its answer that names none after it;
// the caller asks only then. It returns -1 if the sentence has no such
// shape.
func Contrasted(s frame.Sentence, k int) int {
	a, _ := s.Span()
	if k < a+2 || s.Token(a).Norm != amma {
		return -1
	}
	pi := frame.PhraseAt(s, a+1)
	if pi < 0 || !s.Phrase(pi).Actor || s.Phrase(pi).Prep != "" {
		return -1
	}
	j := s.Phrase(pi).End
	if j < k && s.Token(j).Bound && s.Token(j).Aside == j && vocab.Comma(s.Token(j).Norm) {
		j++ // the comma after the topic
	}
	v := s.Token(k)
	switch {
	case j == k-1 && s.Token(j).Norm == string(arabic.Feh)+qad:
		return pi // فقد حملوا
	case j == k && len(v.Norm) > len(v.Plain) && strings.HasPrefix(v.Norm, string(arabic.Feh)):
		return pi // فحملوا
	}
	return -1
}
