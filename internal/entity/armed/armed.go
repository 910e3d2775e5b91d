// Package armed reads an armed force named by the head noun of its name
// alone, as the news of a war names a side again once it has named it in
// full: «المقاومة» after «المقاومة الشعبية» is that resistance
// (وتقدمت المقاومة في عدن, سيطرت عليها المقاومة). The heads are the
// lexicon's class force-head (internal/lexicon/data/force.txt); a head
// that a definite word after it qualifies is another name
// (المقاومة الجنوبية, المقاومة الفلسطينية), not the short one. Package
// entity tells which armed bodies an article names.
package armed

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/locate"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Code reports whether a CAMEO actor code is an armed actor's: rebels
// and insurgents (YEMREB, PSEREBHMS) or a military (SYRMIL).
func Code(code string) bool {
	return strings.Contains(code, "REB") || strings.Contains(code, "MIL")
}

// Head returns the search key of the head noun of a force's name that
// token i is (after its proclitics: والمقاومة, بالمقاومة), "" for none.
func Head(toks []news.Token, i int) string {
	if i >= len(toks) || toks[i].Kind != news.Word {
		return ""
	}
	stem, _ := lexicon.StemOf(&toks[i])
	if !lexicon.Default().Word(stem).Has("force-head") {
		return ""
	}
	return arabic.SearchKey(stem)
}

// Alone returns the search key of the head noun of a force's name that
// token i is where it stands alone, "" otherwise: no definite word after
// it may be its adjective or genitive (locate.Attributive), which would
// make it another name.
func Alone(toks []news.Token, i int) string {
	k := Head(toks, i)
	if k == "" || locate.Attributive(toks, i+1) {
		return ""
	}
	return k
}
