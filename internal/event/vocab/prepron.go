package vocab

// prepositions that take a pronoun suffix (as normalised: على → علي, لدى →
// لدي, إلى → الي), and the pronouns they take.
var (
	pronounPreps    = []string{"بين", "مع", "عن", "عند", "لدي", "علي", "الي", "حول", "ضد", "امام", "خلف", "وسط", "عبر", "نحو", "تجاه", "بعد", "قبل", "دون"}
	prepPronouns    = []string{"ي", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا"}
	prepPronounSelf = Set("لدي", "الي", "علي") // the bare preposition spelt as if with ي, and the name علي
)

// PrepPronoun reports whether w (normalised, without proclitics) is a
// preposition with its pronoun suffix (بيني, معه, عليهم, لديها): a word
// that names nobody, whatever a recogniser made of it (بيني وبين ابني is
// no person called بيني).
func PrepPronoun(w string) bool {
	if prepPronounSelf[w] {
		return false
	}
	for _, p := range pronounPreps {
		if len(w) <= len(p) || w[:len(p)] != p {
			continue
		}
		suf := w[len(p):]
		for _, s := range prepPronouns {
			if suf == s && !(s == "ي" && (p == "لدي" || p == "الي" || p == "علي")) {
				return true
			}
		}
	}
	return false
}
