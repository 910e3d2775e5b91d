package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// words is a class of words, normalised.
var words = vocab.NormalSet

// Conveys reports whether the word at j is a support verb whose object is
// the act noun at k: only its subject (an actor phrase, maybe between
// quotation marks), a preposition with a pronoun and عن stand between
// (أعرب الوزير عن قلقه; أبدى "نتنياهو" رفضه للاتفاق). The present forms
// يقدم and تقدم are also the light verb of أقدم على, which Light reads
// first; قدّم of the past is not written otherwise.
func Conveys(s frame.Sentence, j, k int) bool {
	lex := lexicon.Default()
	if !lex.Has(s.Token(j).Word, "support-verb") {
		return false
	}
	for q := j + 1; q < k; q++ {
		if x := s.Token(q); x.Phrase == 0 && !x.Quote && !lex.Has(x.Norm, "support-between") && !lex.Has(x.Word, "support-between") {
			return false
		}
	}
	return true
}

// Supported reports whether a support verb within six words before the
// word at k takes it as its object (Conveys): the word is then a verbal
// noun, not a verb (أبدى نتنياهو رفضه للاتفاق: his rejection, not "he
// rejected it").
func Supported(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	for j := k - 1; j >= a && j >= k-6; j-- {
		if Conveys(s, j, k) {
			return true
		}
	}
	return false
}
