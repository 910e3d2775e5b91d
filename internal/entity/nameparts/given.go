package nameparts

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// GivenOpens reports whether the word at k, one word a known person of
// Arabic names names is known by (his surname alone: سعيد for Kais Saied),
// is instead the given name that opens another person's name: the lexicon
// knows it as a given name, and the recogniser's person goes on at k+1
// with a family name, a definite one (FamilyWord: سعيد القرني) or آل and
// a name (سعيد آل مقبول), that none of the known person's names holds
// (مسعود البارزاني is Masoud Barzani). Arabic news names a man by his
// given name and his family's; a known surname alone there is a namesake's
// given name.
func GivenOpens(lx *lexicon.Lexicon, names []string, toks []news.Token, k, last int) bool {
	if k+1 > last || !GivenName(lx, toks[k]) {
		return false
	}
	j := k + 1
	if toks[j].Norm == aal && j+1 <= last {
		j++
	} else if !FamilyWord(lx, toks, j) {
		return false
	}
	w := Skeleton(strings.TrimPrefix(arabic.SearchKey(toks[j].Norm), "ال"))
	for _, n := range names {
		for _, f := range strings.Fields(arabic.SearchKey(n)) {
			if Skeleton(strings.TrimPrefix(f, "ال")) == w {
				return false
			}
		}
	}
	return true
}

// aal is آل, "the family of", as tokens normalise it.
var aal = arabic.Normalize("آل")
