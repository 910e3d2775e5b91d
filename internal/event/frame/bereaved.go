package frame

import (
	"slices"

	"rasad/internal/lexicon"
)

// The families of the dead whom condolences are offered to (التعازي لأسر
// الشهداء, مواساتها لذوي الضحايا) name no actor: they are people of the
// place where the dead fell.

// kin reports whether the words at j and j+1 are a noun of kin and a noun
// of the dead (lexicon classes bereaved and dead: لأسر الشهداء).
func kin(s Sentence, j int) bool {
	l := lexicon.Default()
	return l.Has(s.Token(j).Word, "bereaved") && l.Has(s.Token(j+1).Word, "dead")
}

// Bereaved returns where the families of the dead start when they are an
// object of one of the prepositions preps after from (لأسر الشهداء, لذوي
// الضحايا), first or after other objects joined by و with the preposition
// written again (للشعب ولأسر الضحايا); -1 if none. The condoler in the
// genitive of the act, an adjective of it or another word of sympathy
// joined by و (تعازي إسبانيا العميقة, عن تعازيها ومواساتها لأسر الشهداء)
// may come between the act and its object; another actor, a verb or the
// end of the clause ends the search.
func Bereaved(s Sentence, from, r int, preps []string) int {
	for j, lim := from, from+2; j+1 < r && j <= lim; j++ {
		x := s.Token(j)
		if x.IsPrep && slices.Contains(preps, x.Word) {
			j, x = j+1, s.Token(j+1)
		} else if x.Prep == "" || !slices.Contains(preps, x.Prep) {
			if x.Phrase != 0 && j == from && x.Prep == "" {
				e := s.Phrase(x.Phrase - 1).End
				lim += e - j
				j = e - 1 // تعازي إسبانيا العميقة: the condoler in the genitive
				continue
			}
			if x.Phrase != 0 || x.Bound || x.Verb || x.Quote || x.IsPrep {
				return -1
			}
			continue // ومواساتها, العميقة
		}
		for j+1 < r {
			if kin(s, j) {
				return j
			}
			if j = NextObject(s, j, r, preps); j < 0 {
				return -1
			}
		}
		return -1
	}
	return -1
}
