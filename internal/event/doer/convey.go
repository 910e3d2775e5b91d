package doer

import (
	"rasad/internal/arabic"
	"rasad/internal/event/frame"
)

// support holds the support verbs of Arabic news, as Normalize writes
// them: verbs of showing, offering, expressing and renewing (أبدى, قدم,
// أعرب عن, وجه, جدد) whose object is an act noun that carries the meaning
// (أبدى رفضه: he rejected; قدم التعازي: he offered condolences; وجه
// انتقادات: he criticised). Their subject is the doer of that act.
var support = words("أبدى", "أبدت", "أبدوا", "يبدي", "تبدي", "يبدون",
	"قدم", "قدمت", "قدموا", "قدما", "قدمتا",
	"أعرب", "أعربت", "أعربوا", "يعرب", "تعرب", "يعربون",
	"وجه", "وجهت", "وجهوا", "يوجه", "توجه", "يوجهون",
	"جدد", "جددت", "جددوا", "يجدد", "تجدد", "يجددون")

// between holds the words that may come between a support verb and its
// act noun besides its subject: عن of أعرب عن, and a preposition with a
// pronoun, a short complement that Arabic puts before the subject (وقدم
// له صالح التعازي, وجهت إليه الحكومة انتقادات).
var between = words("عن", "له", "لها", "لهم", "لهما", "لنا", "عليه", "عليها", "عليهم", "إليه", "إليها", "إليهم")

func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[arabic.Normalize(w)] = true
	}
	return m
}

// Conveys reports whether the word at j is a support verb whose object is
// the act noun at k: only its subject (an actor phrase, maybe between
// quotation marks), a preposition with a pronoun and عن stand between
// (أعرب الوزير عن قلقه; أبدى "نتنياهو" رفضه للاتفاق). The present forms
// يقدم and تقدم are also the light verb of أقدم على, which Light reads
// first; قدّم of the past is not written otherwise.
func Conveys(s frame.Sentence, j, k int) bool {
	if !support[s.Token(j).Word] {
		return false
	}
	for q := j + 1; q < k; q++ {
		if x := s.Token(q); x.Phrase == 0 && !x.Quote && !between[x.Norm] && !between[x.Word] {
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
