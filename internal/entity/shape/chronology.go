package shape

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minChronology is the fewest lines opening with a year that make a text
// a chronology.
const minChronology = 3

// Chronology reports whether text is a chronology: a list of dated lines,
// each opening with a year and a dash or a colon («1934- هتلر يصبح
// رئيسا», «1964: البحرية الفيتنامية تهاجم …»), that make up at least half
// of its lines with words, and at least minChronology of them. Each line
// of such a text (في مثل هذا اليوم, a timeline of a conflict) is a story of
// its own year and country: the text as a whole is about no one country.
func Chronology(text string) bool {
	dated, lines := 0, 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		lines++
		if yearLine(line) {
			dated++
		}
	}
	return dated >= minChronology && 2*dated >= lines
}

// yearLine reports whether a line opens with a year of three or four
// digits (Western or Arabic-Indic) followed, past spaces, by a dash or a
// colon.
func yearLine(line string) bool {
	digits := 0
	for digits < len(line) {
		r, size := utf8.DecodeRuneInString(line[digits:])
		if !unicode.IsDigit(r) {
			break
		}
		digits += size
	}
	n := utf8.RuneCountInString(line[:digits])
	if n < 3 || n > 4 {
		return false
	}
	rest := strings.TrimLeft(line[digits:], " \t\u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	switch r {
	case '-', '–', '—', ':':
		return true
	}
	return false
}
