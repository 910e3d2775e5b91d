package anaphor

import (
	"cmp"

	"rasad/internal/news"
)

// Unnamed returns whom an actor that names no one and has no country,
// written name, with the CAMEO role role ("" for none), stands for before
// token k of toks: the coalition the article names, for the bare coalition
// (طيران التحالف: Coalition), as the index of its entity; else, with -1,
// the country of the scene for a force of the government (قوات النظام,
// القوات الحكومية, قوات الشرعية: Government), Yemen's for the bare
// coalition (CoalitionCountry), or the country the article gave the same
// noun before k (خمسة جنود آخرين after جنود ليبيين: Again); "" if none.
// Civilians named again by a common noun (الشباب, السكان) may be another
// group of people: Again is not asked of them.
func Unnamed(doc *news.Document, toks []news.Token, k int, name, role string) (int, string) {
	if ei := Coalition(doc, name); ei >= 0 {
		return ei, ""
	}
	cc := cmp.Or(Government(doc, name), CoalitionCountry(doc, name))
	if cc == "" && role != "" && role != "CVL" {
		cc = Again(doc, toks, k, name)
	}
	return -1, cc
}
