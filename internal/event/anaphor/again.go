package anaphor

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Again returns the country of an unnamed group that a sentence names
// again by its noun alone (وقتل خمسة جنود آخرين, after عشرة جنود ليبيين
// قتلوا): the country of the nisba or place right after the same noun
// where the article first named it so before token k of toks (ليبيين). A
// noun the article gave no country before it, or one with a preposition
// between (جنود في ليبيا: where they were), gives "". name must be the
// noun alone: a noun with a word of its own (جنود الاحتلال) is another,
// and a noun of a state as such (lexicon class any-state: دولة) is any.
func Again(doc *news.Document, toks []news.Token, k int, name string) string {
	if name == "" || strings.Contains(name, " ") {
		return ""
	}
	nt := lexicon.Tokens(name)
	if len(nt) != 1 {
		return ""
	}
	head, _ := lexicon.BareOf(&nt[0])
	if lexicon.Default().Has(lexicon.NameStem(name), "any-state") {
		return "" // وافق عليه 14 دولة: any states
	}
	for i := 0; i+1 < k && i+1 < len(toks); i++ {
		if toks[i].Kind != news.Word {
			continue
		}
		if w, _ := lexicon.BareOf(&toks[i]); w != head {
			continue
		}
		next := &toks[i+1]
		if _, p := lexicon.AfterPreposition(next); next.Kind != news.Word || p != "" {
			continue
		}
		if cc := countryAt(doc, next.Start); cc != "" {
			return cc
		}
	}
	return ""
}
