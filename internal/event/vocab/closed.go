package vocab

import "strings"

// The closed classes of function words the coder reads by their form (as
// normalised, without the proclitics the segmenter split off): quotation
// marks, relative pronouns, complementisers, words that introduce the
// members of a group or tie an actor to another.

// QuoteMark reports whether s is a quotation mark.
func QuoteMark(s string) bool {
	switch s {
	case "\"", "«", "»", "“", "”", "'", "‘", "’", "„":
		return true
	}
	return false
}

// Among reports whether w introduces the members of a group named before
// it: بينهم, بينها, منهم, منها.
func Among(w string) bool {
	switch w {
	case "بينهم", "بينها", "منهم", "منها", "ومنهم", "ومنها":
		return true
	}
	return false
}

// PronounThat reports whether w is أن or إن with a pronoun (أنه, أنهم):
// the subject of the verb after it is the actor last named.
func PronounThat(w string) bool {
	switch w {
	case "انه", "انها", "انهم", "انهما":
		return true
	}
	return false
}

// Affiliation reports whether w (without the article) ties the actor
// phrase before it to the one after ل: الطيران الحربي التابع لنظام الأسد,
// قوات الجيش الموالية للشرعية are the regime's, the government's.
func Affiliation(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "تابع", "تابعة", "تابعين", "موالي", "موالية", "موالين":
		return true
	}
	return false
}

// Subordinate reports whether a clause-ending word opens a complement of
// what precedes it (أن, إن, بأن), so that a cue before it still governs.
func Subordinate(w string) bool {
	switch w {
	case "ان", "انه", "انها", "انهم":
		return true
	}
	return false
}

// Relative reports whether w is a relative pronoun (الذي, التي ...).
func Relative(w string) bool {
	switch w {
	case "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي":
		return true
	}
	return false
}

// Comma reports whether s is a comma, Arabic or Latin.
func Comma(s string) bool { return s == "،" || s == "," }

// people are the nouns that count persons (أشخاص), as the coder reads them.
var people = map[string]bool{"اشخاص": true, "شخصا": true, "شخص": true}

// People reports whether w counts persons (أشخاص, شخصا).
func People(w string) bool { return people[w] }
