package vocab

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
)

// The closed classes of function words the coder reads by their form (as
// normalised, without the proclitics the segmenter split off): quotation
// marks, relative pronouns, complementisers, words that introduce the
// members of a group or tie an actor to another.

// Set makes a class of forms (a closed class of the coder or of a frame).
func Set(forms ...string) map[string]bool {
	m := make(map[string]bool, len(forms))
	for _, f := range forms {
		m[f] = true
	}
	return m
}

// NormalSet makes a class of words as written, each normalised
// (arabic.Normalize: أن and إن both as ان).
func NormalSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[arabic.Normalize(w)] = true
	}
	return m
}

var (
	quoteMarks = Set("\"", "«", "»", "“", "”", "'", "‘", "’", "„")
	// The word classes below are the lexicon's (data/closed.txt,
	// data/aid.txt), each read once into a set.
	among        = class("among")
	pronounThat  = class("that-pronoun")
	believe      = class("belief-verb")
	affiliation  = class("affiliation")
	peopleCounts = class("people-count")
	resumptives  = class("resumptive")
	aidNouns     = class("aid-noun")
	reliefWords  = class("aid-relief")
	teamNouns    = class("aid-team")
	vehicleNouns = class("aid-vehicle")
	ladenWords   = class("aid-laden")
	expertWords  = class("aid-expert")
	weaponWords  = class("aid-weapon")
)

// class returns the forms of lexicon class c as a set.
func class(c string) map[string]bool { return Set(lexicon.Default().Forms(c)...) }

// Demonstrative reports whether w is a demonstrative (هذه, تلك), which
// may stand between a preposition and the noun it governs (إلى هذه البلاد).
func Demonstrative(w string) bool { return lexicon.Default().Has(w, "demonstrative") }

// Resumptive reports whether w is a preposition with the pronoun that ties
// a describing clause to the noun it describes (بيانا أدانت فيه, مقالا
// انتقد فيه, كلمة أكد خلالها).
func Resumptive(w string) bool { return resumptives[w] }

// AidCode returns the CAMEO code of aid that the noun w (without its
// article), followed by the word next, names when it arrives somewhere:
// military aid (072) for weapons (شحنات الأسلحة, مساعدات عسكرية),
// humanitarian aid (073) for relief (الإغاثة, مساعدات إنسانية), else aid
// (070); a team of experts sent to work (فريق فني, فريق طبي) is aid too,
// humanitarian when it heals; a plane, ship or truck of relief (طائرة
// إغاثة, سفينة مساعدات) is the aid it carries; "" when w names no aid or
// shipment (فريق alone is also a sports team, طائرة a plane).
func AidCode(w, next string) string {
	switch {
	case vehicleNouns[w] && reliefWords[next]:
		return "073" // الطائرة الإغاثية: a relief plane
	case vehicleNouns[w] && aidNouns[next]:
		return AidCode(next, "")
	case teamNouns[w] && expertWords[next]:
		if reliefWords[next] || strings.HasPrefix(next, "طبي") {
			return "073"
		}
		return "070"
	case !aidNouns[w]:
		return ""
	case weaponWords[next]:
		return "072"
	case reliefWords[w] || reliefWords[next]:
		return "073"
	}
	return "070"
}

// Vehicle reports whether w (without its article) is a plane, ship or
// truck: what carries aid (طائرة, سفينة, شاحنات).
func Vehicle(w string) bool { return vehicleNouns[w] }

// CargoCode returns the code of aid that a vehicle carries (تحمل مساعدات
// إغاثية, محملة بمواد غذائية), as AidCode, when w (without its article) is
// a word of carrying (تحمل, محملة) and cargo, after, the noun it takes
// (without its preposition and article) followed by next; goods of relief
// (مواد غذائية, مواد طبية) are humanitarian aid.
func CargoCode(w, cargo, next string) string {
	switch {
	case !ladenWords[w]:
		return ""
	case reliefWords[next]:
		return "073"
	}
	return AidCode(cargo, next)
}

// QuoteMark reports whether s is a quotation mark.
func QuoteMark(s string) bool { return quoteMarks[s] }

// Among reports whether w introduces the members of a group named before
// it: بينهم, بينها, منهم, منها.
func Among(w string) bool { return among[w] }

// PronounThat reports whether w is أن or إن with a pronoun (أنه, أنهم):
// the subject of the verb after it is the actor last named.
func PronounThat(w string) bool { return pronounThat[w] }

// Believe reports whether w (normalised, without proclitics) is a verb of
// belief or suspicion in the passive or of likelihood (يعتقد, يرجح,
// يشتبه) by which news attributes a thing to an actor it does not know
// for sure: طائرة يعتقد أنها أميركية, مواقع يشتبه أنها للمتشددين.
func Believe(w string) bool { return believe[w] }

// Affiliation reports whether w (with or without the article) ties the
// actor phrase before it to the one after ل: الطيران الحربي التابع لنظام
// الأسد, قوات الجيش الموالية للشرعية are the regime's, the government's.
func Affiliation(w string) bool {
	bare, _ := arabic.CutArticle(w)
	return affiliation[bare]
}

// Subordinate reports whether a clause-ending word opens a complement of
// what precedes it (أن, إن, بأن: lexicon class complementizer), so that a
// cue before it still governs.
func Subordinate(w string) bool { return lexicon.Default().Has(w, "complementizer") }

// Relative reports whether w is a relative pronoun (الذي, التي ...):
// lexicon class relative.
func Relative(w string) bool { return lexicon.Default().Has(w, "relative") }

// When reports whether w opens a clause of time (حين هاجم مستوطنون,
// عندما قصفت الطائرات): the act it names is the one the words before it
// are about.
func When(w string) bool { return lexicon.Default().Has(w, "time-clause") }

// Comma reports whether s is a comma, Arabic or Latin.
func Comma(s string) bool { return s == string(arabic.ArabicComma) || s == "," } // (two compares: no map)

// TimePrep reports whether w is a preposition that may govern a span of
// time (خلال, في, طوال): lexicon class time-prep.
func TimePrep(w string) bool { return lexicon.Default().Has(w, "time-prep") }

// During reports whether w is a preposition of time that may set an act
// as the time of another (خلال, أثناء): lexicon class during.
func During(w string) bool { return lexicon.Default().Has(w, "during") }

// TimeSpan reports whether w, with or without the article, is a noun of a
// span of time (ساعات, أيام, أسبوع, فترة, وقت): lexicon class time-unit.
func TimeSpan(w string) bool { return withArticle(w, "time-unit") }

// SpanAdjective reports whether w, with or without the article, is an
// adjective that places a span of time (الماضية, الأخيرة, القليلة; في وقت
// سابق): lexicon class time-adjective.
func SpanAdjective(w string) bool { return withArticle(w, "time-adjective") }

// withArticle reports whether w, with the article (the lexicon writes the
// nouns and adjectives of time so), has the lexicon class c.
func withArticle(w, c string) bool {
	bare, _ := arabic.CutArticle(w)
	return lexicon.Default().Has(arabic.Article+bare, c)
}

// People reports whether w counts persons (أشخاص, شخصا).
func People(w string) bool { return peopleCounts[w] }
