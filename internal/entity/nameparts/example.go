package nameparts

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// maxExampleGap is the most words ExampleOf reads back from a body to the
// word that introduces it as an example, and from that word to the nisba
// of the class.
const maxExampleGap = 6

// ExampleOf returns the country of the class of bodies that a body
// beginning at token first is given as an example of: a plural noun of
// bodies and its nisba (the lexicon's class body-plural: الشركات الفرنسية,
// شركات فرنسية), then a word that introduces examples (class example: مثل,
// على غرار, من بينها) and a list the body is in (الشركات الفرنسية الكبرى،
// مثل مصنعي السيارات على غرار سيتروين وبيجو). "" for none. The sentence
// begins at token begin.
func ExampleOf(toks []news.Token, begin, first int, p Mentions) string {
	lx := lexicon.Default()
	for j, words := first-1, 0; j > begin && words < maxExampleGap; j-- {
		if toks[j].Kind != news.Word {
			continue
		}
		words++
		if w, _ := lx.Stem(&toks[j]); !w.Has("example") && !lx.Whole(&toks[j]).Has("example") { // بينها: a stem بين
			continue
		}
		for k, n := j-1, 0; k > begin && n < maxExampleGap; k-- {
			if toks[k].Kind != news.Word {
				continue
			}
			n++
			if c, _ := p.Nisba(k); c != "" {
				if w, _ := lx.Bare(&toks[k-1]); w.Has("body-plural") {
					return c
				}
				return ""
			}
		}
		return ""
	}
	return ""
}
