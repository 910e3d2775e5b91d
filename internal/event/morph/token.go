package morph

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Definite reports whether the token's stem, as the segmenter split it,
// carries the article (الهجوم, وبالهجوم, للهجوم).
func Definite(tok *news.Token) bool {
	stem, _ := lexicon.StemOf(tok)
	return strings.HasPrefix(stem, "ال") && utf8.RuneCountInString(stem) > 3
}

// Suffixed reports whether the segmenter split an enclitic pronoun off the
// token (بيانه, كلمتها).
func Suffixed(tok *news.Token) bool {
	_, c := lexicon.StemOf(tok)
	return c.Pronoun != ""
}

// Segmented reports whether the segmenter has split the words of toks: a
// word token has its Parts.
func Segmented(toks []news.Token) bool {
	for i := range toks {
		if toks[i].Kind == news.Word {
			return len(toks[i].Parts) > 0
		}
	}
	return true
}

// FirstPerson reports whether the noun norm belongs to the speaker: it
// carries a pronoun of the first person (زيارتي, زيارتنا) or the word
// after it, next, is لي or لنا (أول زيارة لي).
func FirstPerson(norm, next string) bool {
	return strings.HasSuffix(norm, "نا") || strings.HasSuffix(norm, "تي") || next == "لي" || next == "لنا"
}
