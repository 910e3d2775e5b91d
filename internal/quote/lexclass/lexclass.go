// Package lexclass indexes sections of the lexicon as bit classes: for
// each written form, the union of the classes of the sections that list it,
// and the country of a nisba adjective (اليمني → YEM). Package quote reads
// every word of an article through such an index, built once.
package lexclass

import "rasad/internal/lexicon"

// Facts are what the index holds of one form.
type Facts[C ~uint64] struct {
	Class C      // the union of the classes of the sections that list the form
	Nisba string // the country of a nisba adjective, "" for other words
}

// Index returns the facts of every form of lx that sections (a lexicon
// section's name → its class) or the nisba section lists.
func Index[C ~uint64](lx *lexicon.Lexicon, sections map[string]C) map[string]Facts[C] {
	m := make(map[string]Facts[C])
	for name, c := range sections {
		for _, f := range lx.Forms(name) {
			x := m[f]
			x.Class |= c
			m[f] = x
		}
	}
	for _, f := range lx.Forms("nisba") {
		if c := lx.Word(f).Value("nisba"); c != "" {
			x := m[f]
			x.Nisba = c
			m[f] = x
		}
	}
	return m
}
