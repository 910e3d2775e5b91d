package sense

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// The rules of this file read the object of an act: what its class says
// of the act's sense.

// owes reports whether what is owed or professed (class owed) follows
// the verb at k with ب within five words of its clause (تدين كولومبيا
// بالفضل): the verb is دان ب, not أدان.
func owes(toks []news.Token, k int) bool {
	return ahead(toks, k, 5, false, func(t *news.Token) bool {
		_, c := lexicon.StemOf(t)
		return c.Prep == "ب" && is("owed", t)
	})
}

// freed reports whether the release at k takes a thing as its object:
// the word right after its عن, within six words of the act and past the
// subject, or after the number that counts it, is of class released
// (الإفراج عن 12 طائرة, أفرجت السلطات عن الأموال المجمدة).
func freed(toks []news.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+6 && toks[j].Kind != news.Punctuation; j++ {
		if toks[j].Norm != "عن" {
			continue
		}
		q := j + 1
		for q < len(toks) && q <= j+2 && toks[q].Kind == news.Number {
			q++
		}
		return is("released", tok(toks, q))
	}
	return false
}

// otherObject reports whether the act word at k, of lemma l, takes as its
// object (the word after it) one that gives it another sense than the act
// its pattern codes: خطف (abduct) with a player or a prize is a club's
// signing or a snatch in a game (تسعى لخطف اللاعب, خطف الفوز); ضبط
// (apprehend) with an order, a measure or a self is to keep or regulate
// it (مهمتها ضبط الأمن الداخلي, ضبط الأسعار, ضبط النفس), no arrest; إدانة
// (condemnation) with a charge is a conviction (لإدانته بتهمة السرقة);
// دعوة to a wedding or a banquet (ودعوته إلى مناسبات زفافهم) a courtesy.
func otherObject(toks []news.Token, k int, l string) bool {
	next := tok(toks, k+1)
	return words["abduct"][l] && (is("squad", next) || is("prize", next)) ||
		words["apprehend"][l] && is("order", next) ||
		words["convict"][l] && is("indictment", next) ||
		words["mission"][l] && follows(toks, k, 3, "feast")
}
