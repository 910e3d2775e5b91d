// Package morph holds the Arabic morphology of the event coder's lexicon
// (package event): the spellings a verb or an event noun of the lexicon
// takes (persons, numbers, tenses, enclitic pronouns, the accusative) and
// the shapes the coder reads words by (a stem under its case ending or
// pronoun, a relative adjective), and the agreement of two words in a row
// by which a new actor phrase opens (agree.go). Words are normalised
// (arabic.Normalize).
package morph

import (
	"strings"

	"rasad/internal/arabic"
)

// Person is the agreement a word form carries.
type Person uint8

const (
	Third Person = iota
	Dual
	Plural
	First
)

// Form is what a generated spelling carries beyond its word: its person,
// its tense and its enclitic pronoun. The voice is the caller's.
type Form struct {
	Person  Person
	Present bool
	Fem     bool // the third person feminine singular (طالبت, تطالب)
	Pron    bool // an enclitic pronoun is attached
	PronDu  bool // the pronoun is dual or plural (ـهما, ـهم)
	// Jussive: the apocopated present of a weak verb (ينف of ينفي, يصف
	// of يصفي), a reading only after a particle that governs it (لم).
	Jussive bool
}

// Enclitic pronouns that an event word may carry.
var (
	pronSg = []string{"ه", "ها"}
	pronPl = []string{"هم", "هما", "هن"}
)

// Pronouns lists the enclitic pronouns, singular then dual and plural.
func Pronouns() []string { return append(append([]string(nil), pronSg...), pronPl...) }

const (
	yeh   = string(arabic.Yeh)
	alef  = string(arabic.Alef)
	teh   = string(arabic.Teh)
	waw   = string(arabic.Waw)
	noon  = string(arabic.Noon)
	tehM  = string(arabic.TehMarbuta)
	sufWa = waw + alef // وا
)

// pronouns hands add the forms of s with an enclitic pronoun.
func pronouns(s string, fm Form, add func(string, Form)) {
	base := s
	if strings.HasSuffix(base, tehM) {
		base = strings.TrimSuffix(base, tehM) + teh
	}
	if strings.HasSuffix(base, sufWa) { // ضربوا → ضربوه
		base = strings.TrimSuffix(base, alef)
	}
	for _, pr := range pronSg {
		f := fm
		f.Pron = true
		add(base+pr, f)
	}
	for _, pr := range pronPl {
		f := fm
		f.Pron, f.PronDu = true, true
		add(base+pr, f)
	}
}

// Past hands add the past forms of a verb given in the third person
// masculine singular: اجتمع اجتمعت اجتمعوا اجتمعا اجتمعتا اجتمعنا, each
// with its pronouns; for a verb ending in a weak letter (نفى → نفي after
// normalisation, دعا) the stem drops it.
func Past(s string, add func(string, Form)) {
	with := func(w string, per Person) {
		fm := Form{Person: per, Fem: per == Third && w != s}
		add(w, fm)
		pronouns(w, fm, add)
	}
	weak := strings.HasSuffix(s, yeh) || (strings.HasSuffix(s, alef) && len([]rune(s)) == 3)
	if weak {
		add(s, Form{Person: Third})
		base := s[:len(s)-len(yeh)]
		if strings.HasSuffix(s, alef) {
			base = s[:len(s)-len(alef)]
		}
		with(base+teh, Third)
		with(base+sufWa, Plural)
		with(base+yeh+alef, Dual)
		with(base+waw+alef, Dual)
		with(base+teh+alef, Dual)
		with(base+yeh+noon+alef, First)
		with(base+waw+noon+alef, First)
		// نفاه، نفاها: the weak letter written alef before a pronoun
		for _, pr := range pronSg {
			add(base+alef+pr, Form{Person: Third, Pron: true})
		}
		return
	}
	with(s, Third)
	with(s+teh, Third)
	with(s+sufWa, Plural)
	with(s+alef, Dual)
	with(s+teh+alef, Dual)
	with(s+noon+alef, First)
	with(s+noon, Plural)
}

// Present hands add the present forms of a verb given in the third person
// masculine singular (يجتمع): تجتمع نجتمع يجتمعون يجتمعان ..., each with
// its pronouns; passive marks a passive verb (يغتال), whose final alef is
// weak.
func Present(s string, passive bool, add func(string, Form)) {
	with := func(w string, per Person) {
		fm := Form{Person: per, Present: true, Fem: per == Third && strings.HasPrefix(w, teh)}
		add(w, fm)
		pronouns(w, fm, add)
	}
	stem := s[len(yeh):]
	weak := strings.HasSuffix(stem, yeh) || strings.HasSuffix(stem, waw) ||
		(passive && strings.HasSuffix(stem, alef)) || strings.HasSuffix(stem, string(arabic.AlefMaksura))
	short := stem
	if weak {
		short = stem[:len(stem)-len(yeh)] // ي and و have the same length in UTF-8
	}
	for _, pre := range []string{yeh, teh} {
		with(pre+stem, Third)
		with(pre+short+waw+noon, Plural)
		with(pre+short+sufWa, Plural)
		with(pre+stem+alef+noon, Dual)
		with(pre+stem+alef, Dual)
		if weak {
			fm := Form{Person: Third, Present: true, Fem: pre == teh, Jussive: true}
			add(pre+short, fm) // jussive: لم ينف
			pronouns(pre+short, fm, add)
		}
	}
	with(noon+stem, First)
	// the first person singular (أفعل) is left out: it is spelt as the
	// passive past of news (أصيب, أعلن) once hamza is normalised
}

// Noun hands add an event noun, its forms with a possessive pronoun
// (هجومه, زيارتها) and its accusative spelling (هجوما).
func Noun(s string, add func(string, Form)) {
	fm := Form{Person: Third}
	add(s, fm)
	pronouns(s, fm, add)
	if !strings.HasSuffix(s, tehM) && !strings.HasSuffix(s, alef) && !strings.HasSuffix(s, "ات") {
		add(s+alef, fm)
	}
}

// article is the definite article ال.
const article = alef + string(arabic.Lam)

// HasStem reports whether w, or w without the article, a case ending or a
// possessive pronoun, is in set.
func HasStem(w string, set map[string]bool) bool {
	if set[w] {
		return true
	}
	w = arabic.WithoutArticle(w)
	if set[w] {
		return true
	}
	for _, suf := range []string{"هما", "هم", "ها", "ه", alef} {
		if s, ok := strings.CutSuffix(w, suf); ok && runeLen(s) >= 2 {
			if set[s] {
				return true
			}
			if s2, ok := strings.CutSuffix(s, teh); ok && set[s2+tehM] {
				return true
			}
		}
	}
	return false
}

// IsNisba reports whether a word has the shape of a relative adjective with
// the article (الروسي, الأوكرانية, الإسرائيليين), which continues an actor
// phrase: ال + at least two letters + ي / ية / يين / يون. rest is the word
// without its proclitics, norm the whole word.
func IsNisba(rest, norm string) bool {
	return strings.Contains(norm, article) && NisbaShape(rest)
}

// NisbaShape reports whether a word without its proclitics has the shape
// of a relative adjective, with or without the article (حربية, روسي):
// at least three letters before ي / ية / يين / يون.
func NisbaShape(rest string) bool {
	for _, suf := range []string{"يين", "يون", "ية", "ي"} {
		if strings.HasSuffix(rest, suf) && runeLen(rest) >= runeLen(suf)+3 {
			return true
		}
	}
	return false
}

// SoundPlural reports whether a word (without proclitics) is a sound
// masculine plural that keeps its ن (مسلحون, المقاتلين): a noun in no
// construct, which takes no genitive after it.
func SoundPlural(rest string) bool {
	return runeLen(rest) >= 5 && (strings.HasSuffix(rest, "ون") || strings.HasSuffix(rest, "ين"))
}

func runeLen(s string) int { return len([]rune(s)) }
