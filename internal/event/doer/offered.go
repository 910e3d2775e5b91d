package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
)

// Offered reports whether the actor phrase pi, after the verb at k, is the
// genitive of a noun of a thing offered, asked or claimed (lexicon class
// offer) that stands right after the verb without the article (رفضت
// إغراءات الحوثي, قبلت عرض إيران, أيد مبادرة الرياض): the verb's object is
// that thing, and the one in its genitive, whose offer it is, is the one
// the act answers, its target, not its subject. A subject comes right
// after its verb (رفض الحوثي العرض).
func Offered(s frame.Sentence, k, pi int) bool {
	ph := s.Phrase(pi)
	if ph.Start != k+2 || ph.Prep != "" {
		return false
	}
	t := s.Token(k + 1)
	return t.Phrase == 0 && !t.Definite && t.Prep == "" && !t.IsPrep && !t.Bound && !t.Suffix && lexicon.Default().Has(t.Word, "offer")
}
