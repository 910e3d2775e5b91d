package morph

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Suffixed reports whether the segmenter split an enclitic pronoun off the
// token (بيانه, كلمتها).
func Suffixed(tok *news.Token) bool {
	if len(tok.Parts) < 2 { // one part, or none: no clitic (StemOf), and no call
		return false
	}
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

// Agrees reports whether the pronoun of أنه, أنها, أنهم or أنهما (pron,
// normalised) can be the subject of the verb verb of the third person (its
// stem, present or past) that follows it: the masculine singular with a
// masculine singular verb (أنه رفض, أنه يرفض), the feminine with a
// feminine one (أنها رفضت, أنها ترفض), the plural with a plural one (أنهم
// رفضوا, أنهم يرفضون). When they disagree the pronoun is that of the matter
// and the subject follows the verb (يذكر أنه وقعت جماعات مسلحة اتفاقا).
func Agrees(pron, verb string, present bool) bool {
	fem := present && strings.HasPrefix(verb, "ت")
	for _, suf := range []string{"ت", "ته", "تها", "تهم"} {
		fem = fem || !present && strings.HasSuffix(verb, suf)
	}
	plural := strings.HasSuffix(verb, "وا") || strings.HasSuffix(verb, "ون") || strings.HasSuffix(verb, "وه") || strings.HasSuffix(verb, "وها")
	switch {
	case strings.HasSuffix(pron, "هما"):
		return true
	case strings.HasSuffix(pron, "هم"):
		return plural
	case strings.HasSuffix(pron, "ها"):
		return fem && !plural
	}
	return !fem && !plural
}
