package sense

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Bombing returns the code of the bombing that the verb of striking at v
// (its lemma of class aim: استهدف, هاجم, ضرب; its act a plain use of
// force, 190 or 180) reports, "" if it reports none: the verb's subject is
// a bomb or its blast, so the attack is that bombing (CAMEO 183: suicide
// 1831, car 1832, roadside 1833), not conventional force. device gives the
// code of the event noun read at a token ("" if none).
//
//   - The subject stands before the verb, the noun with its adjectives
//     and a relative pronoun between (التفجير الإرهابي الذي استهدف مسجدا,
//     سلسلة تفجيرات استهدفت مناطق, في انفجار سيارة مفخخة استهدف قافلة,
//     عبوة ناسفة استهدفت دورية), at most four words: no punctuation,
//     preposition, other verb of striking, أن or word of sequence between
//     (دمرت الغارة سيارة مفخخة قبل أن تستهدف القوات). An adjective in
//     construct with the noun (صواريخ شديدة الانفجار التي استهدفت) makes it
//     a quality of the weapon, no blast.
//   - A device after ب is the instrument of the act noun before it: that
//     noun's code if it is a bombing (هجوم انتحاري بسيارة مفخخة استهدف
//     دورية: 1831), else the device's (هجوم بعبوة ناسفة استهدف: 1833).
//   - A bomber right after the verb, in the nominative, is its subject
//     (هاجم انتحاريان حماما للسباحة): a suicide bombing.
//
// A verb joined by و starts a clause of its own (قتل خمسة في تفجير
// واستهدفت القوات: the forces' act). A bomb after the verb is its object
// (استهدفت الغارة سيارة مفخخة); an air strike or shelling stays what it
// is (195, 194).
func Bombing(toks []news.Token, v int, lemma, act string, device func(j int) string) string {
	if act != "190" && act != "180" || !words["aim"][lemma] || v >= len(toks) || lexicon.And(&toks[v]) {
		return ""
	}
	if is("bombers", tok(toks, v+1)) {
		return "1831"
	}
	between, instrument := 0, ""
	for j := v - 1; j >= 0 && j >= v-5; j-- {
		t, code := tok(toks, j), device(j)
		if t == nil {
			return ""
		}
		_, c := lexicon.StemOf(t)
		switch {
		case strings.HasPrefix(code, "183") && c.Prep == "ب" && instrument == "" && between < 2:
			instrument = code // (the act noun before it, whose instrument it is, is the subject)
		case strings.HasPrefix(code, "183"):
			if is("intense", tok(toks, j-1)) {
				return ""
			}
			return code
		case instrument != "" && code != "":
			return instrument // هجوم بعبوة ناسفة استهدف: the attack by that device
		case is("prep", t) || between > 0 && is("relative", t) || is("aim", t) || is("that", t) || is("after", t) || c.Prep != "":
			return "" // (a relative pronoun only right before the verb; a word after a preposition is no adjective of the subject)
		}
		between++
	}
	return ""
}

// Striking reports whether the lemma is of a verb or noun of striking
// (class aim: استهدف, قصف, هاجم, ضرب, دك, أغار).
func Striking(lemma string) bool { return words["aim"][lemma] }
