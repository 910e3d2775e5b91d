package morph

import "strings"

// PluralAfterNisba reports whether a definite sound masculine plural
// (rest, the word without its proclitics and article) after a definite
// nisba in ي or ية (prev) heads a phrase of its own: such a nisba
// describes a singular or a plural of things (الجيش العراقي, القوات
// العراقية, الشرطة التركية), and no masculine plural of persons agrees with
// either, so the plural is no second adjective of that phrase but the next
// constituent, the object (هاجم الجيش العراقي المسلحين). A nisba of
// persons (الإسرائيليين) may take one (المستوطنين الإسرائيليين المسلحين).
func PluralAfterNisba(prev string, prevDef bool, rest string, def bool) bool {
	if !prevDef || !def || strings.HasSuffix(prev, "يين") || strings.HasSuffix(prev, "يون") {
		return false
	}
	r := []rune(rest)
	sound := len(r) >= 5 && (strings.HasSuffix(rest, "ون") || strings.HasSuffix(rest, "ين")) &&
		!strings.HasSuffix(rest, "يين") && !strings.HasSuffix(rest, "يون") // (a nisba of persons: الفلسطينيين)
	single := (strings.HasSuffix(prev, "ي") || strings.HasSuffix(prev, "ية")) && len([]rune(prev)) >= 4
	return sound && single
}

// CaseBreak reports whether rest, an agent noun without the article after
// prev, a sound masculine plural in the nominative (ون), is in another
// case: a dual or plural in ين, or an accusative in ا. An adjective agrees
// with its noun in case, so rest is no adjective of prev (مسلحون مجهولون
// agree) but heads a phrase of its own, the object: قتل مسلحون جنديين,
// قتل مقاتلون جنودا.
func CaseBreak(prev, rest string, def bool) bool {
	if def || !strings.HasSuffix(prev, "ون") || !SoundPlural(prev) || len([]rune(rest)) < 4 {
		return false
	}
	return strings.HasSuffix(rest, "ين") || strings.HasSuffix(rest, "ا")
}

// Apart reports whether a definite noun rest after the definite noun
// prev heads a phrase of its own: prev is a sound masculine plural in the
// nominative that keeps its ن (المتظاهرون, الأهالي is none), which takes no
// genitive, and rest is no adjective that could describe it (no nisba, no
// sound plural: المسلحون الحوثيون, المتظاهرون الغاضبون). In وطالب المتظاهرون
// الحكومة بمحاربة الفساد the government is the object, not the
// protesters' genitive.
func Apart(prev, rest string) bool {
	return strings.HasSuffix(prev, "ون") && SoundPlural(prev) && !NisbaShape(rest) && !SoundPlural(rest) && !DualShape(rest)
}

// DualShape reports whether a word without its article ends like a dual
// with at least three letters before the ending: ان or ين (القيادتان,
// الحكومتين, الوزارتين).
func DualShape(w string) bool {
	return runeLen(w) >= 5 && (strings.HasSuffix(w, "ان") || strings.HasSuffix(w, "ين"))
}

// SingularNisba reports whether a nisba is singular: it ends in ي or ية, not
// in يون, يين or يان.
func SingularNisba(w string) bool {
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "ية")
}
