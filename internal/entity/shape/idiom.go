package shape

import (
	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Idiom reports whether word i of toks opens a set phrase of two words
// whose first is a common noun spelt as a name (the lexicon's class idiom:
// مسقط رأسه "his birthplace", not Muscat; رياض الأطفال "kindergartens",
// not Riyadh): the first word in construct with the second, read without
// its pronoun (رأسه, رأسها) and without the proclitics of the first
// (إلى مسقط رأسه, في مسقط رأسها).
func Idiom(toks []news.Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Kind != news.Word || toks[i+1].Kind != news.Word {
		return false
	}
	first, _ := lexicon.StemOf(&toks[i])
	second, _ := lexicon.StemOf(&toks[i+1])
	lx := lexicon.Default()
	key := arabic.Normalize(first) + " "
	return lx.Has(key+arabic.Normalize(second), "idiom") || lx.Has(key+arabic.Normalize(toks[i+1].Norm), "idiom")
}
