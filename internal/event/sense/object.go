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
