// Package agree holds what the speech verbs of a text tell of their
// speakers: a verb agrees with its subject in gender (قال for a man, قالت
// for a woman, a body or a plural of things) and number (قالوا، قالا), so
// the verbs a person was the subject of tell whether that person is a man
// or a woman, and a noun's ending tells the gender its verb takes. Package
// quote reads it to tell whom a verb without a subject continues.
package agree

import (
	"strings"

	"rasad/internal/arabic"
)

// Genders records, by entity, the gender of the speech verbs whose subject
// the entity was: a man, a woman, or both (then nothing is known). The
// zero value is ready to use.
type Genders struct{ by map[int32]byte }

// Note records that entity e was the subject of a singular verb, feminine
// or not.
func (g *Genders) Note(e int32, feminine bool) {
	if g.by == nil {
		g.by = map[int32]byte{}
	}
	v := byte('m')
	if feminine {
		v = 'f'
	}
	if old, ok := g.by[e]; ok && old != v {
		v = '?' // the text says both: say nothing
	}
	g.by[e] = v
}

// Man reports whether e was the subject of masculine verbs only.
func (g *Genders) Man(e int32) bool { return g.by[e] == 'm' }

// Woman reports whether e was the subject of feminine verbs only.
func (g *Genders) Woman(e int32) bool { return g.by[e] == 'f' }

// Plural reports whether a speech word, normalised, is a plural or dual
// form (قالوا، أضافوا، قالا، مؤكدين، يقولون); a participle ending in ا is
// the accusative singular (مؤكدا), not a dual.
func Plural(norm string, participle bool) bool {
	return strings.HasSuffix(norm, "وا") || SoundPlural(norm) || strings.HasSuffix(norm, "ا") && !participle
}

// SoundPlural reports whether a word, normalised, ends as a masculine sound
// plural does (مسؤولون، محللين، اقتصاديون; also the plural of a verb:
// يقولون، and of a participle: مؤكدين).
func SoundPlural(norm string) bool {
	return strings.HasSuffix(norm, "ون") || strings.HasSuffix(norm, "ين")
}

// PluralNoun reports whether a noun, bare and normalised, is a masculine
// sound plural: the ending ون or ين after a stem of three letters or more
// (مواطنون، محللين), so that أمين, a singular whose stem is shorter, is not.
// A plural role names several people, none of them one person's office.
func PluralNoun(bare string) bool {
	return SoundPlural(bare) && arabic.AtLeastRunes(bare, 5)
}

// Feminine reports whether a noun's stem ends in ة and so takes a feminine
// verb (الهيئة، الإدارة); any other (الناطق، المجلس) takes a masculine one.
func Feminine(stem string) bool { return strings.HasSuffix(stem, "ة") }

// Object reports whether a feminine phrase right after a verb that opens
// its clause must be the verb's object, not its subject: a verb before its
// subject agrees with it in gender (وطالبت الحكومة، وطالبت الدول الغربية),
// so a verb with no feminine form (طالب، يطالب: its stem, normalised, has
// no ت at the end of a perfect, before an object pronoun left on it, nor
// at the start of an imperfect) has another subject, dropped or named
// later, when the phrase is feminine: the stem of its head ends in ة, or
// feminine is the adjective that agrees with its definite head (fem: الدول
// الغربية). وطالب الدول الغربية بمراجعة حملاتها: he asks the West. Both
// the verb's stem and the word as written must have no feminine form, so
// that a stem misread (وصفتها as و + صفة + ها) judges nothing.
func Object(stem, word, head string, fem bool) bool {
	return masculine(stem) && masculine(word) && (Feminine(head) || fem)
}

// masculine reports whether a verb, normalised, has no feminine form.
func masculine(verb string) bool {
	if verb == "" || strings.HasPrefix(verb, "ت") || strings.HasSuffix(verb, "ت") {
		return false
	}
	for _, p := range objectPronouns {
		if strings.HasSuffix(verb, "ت"+p) {
			return false // وصفتها، اتهم: a ت that may end the verb
		}
	}
	return true
}

// objectPronouns are the pronouns a verb takes as its object, written on
// it (وصفتها، طالبته).
var objectPronouns = [...]string{"ه", "ها", "هم", "هما", "هن", "ك", "كم", "ني", "نا"}
