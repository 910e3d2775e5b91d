package morph

import (
	"strings"
	"unicode/utf8"

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
	switch {
	case strings.HasSuffix(pron, "هما"):
		return AgreesAs("du", verb, present)
	case strings.HasSuffix(pron, "هم"):
		return AgreesAs("pl", verb, present)
	case strings.HasSuffix(pron, "ها"):
		return AgreesAs("f", verb, present)
	}
	return AgreesAs("m", verb, present)
}

// AgreesAs reports whether the verb of the third person verb (its stem,
// present or past) agrees with a subject of the number and gender agree:
// "m" masculine singular (رفض, يرفض), "f" feminine singular (رفضت, ترفض),
// "pl" plural (رفضوا, يرفضون); "du" (a dual) and any other agree with every
// verb. The lexicon gives a relative pronoun's as its class relative-agree.
func AgreesAs(agree, verb string, present bool) bool {
	fem := present && strings.HasPrefix(verb, "ت")
	for _, suf := range []string{"ت", "ته", "تها", "تهم"} {
		fem = fem || !present && strings.HasSuffix(verb, suf)
	}
	plural := strings.HasSuffix(verb, "وا") || strings.HasSuffix(verb, "ون") || strings.HasSuffix(verb, "وه") || strings.HasSuffix(verb, "وها")
	switch agree {
	case "pl":
		return plural
	case "f":
		return fem && !plural
	case "m":
		return !fem && !plural
	}
	return true
}

// Resumes reports whether the verb verb ends in the object pronoun that
// refers back to a noun that a relative pronoun of agreement agree
// describes (AgreesAs: "f" ها, "pl" هم, "du" هما): التي التقتها الصحيفة,
// الذين اعتقلتهم الشرطة; the noun is then the verb's object. The masculine
// ه is left to the segmenter (Suffixed): many verbs end in ه of their
// own (توجه, نبه).
func Resumes(agree, verb string) bool {
	var suffix string
	switch agree {
	case "f":
		suffix = "ها"
	case "pl":
		suffix = "هم"
	case "du":
		suffix = "هما"
	default:
		return false
	}
	return strings.HasSuffix(verb, suffix) && utf8.RuneCountInString(verb) > utf8.RuneCountInString(suffix)+2
}
