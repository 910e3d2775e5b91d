package nameparts

import (
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Places is what ServedIn asks of the article's mentions: the place
// (not a nisba) that token k is in, by its first and last token, and
// whether token k is in any name.
type Places interface {
	Place(k int) (first, last int, ok bool)
	InName(k int) (in, person bool)
}

// ServedIn returns where the prepositional phrase of place starts that a
// nisba at token n qualifies (في مدينة مشهد الإيرانية, بمشهد الإيرانية):
// the place where a person named after it serves, whose role's own nisba,
// before the phrase, is his country (القنصل السعودي في مدينة مشهد
// الإيرانية). function tells a function word (في) by its Norm.
func ServedIn(lx *lexicon.Lexicon, toks []news.Token, begin, n int, ps Places, function func(string) bool) (int, bool) {
	e := n - 1
	if e < begin {
		return 0, false
	}
	first, last, ok := ps.Place(e)
	if !ok || last != e {
		return 0, false
	}
	q, prep := first, shape.HasPrepClitic(toks[first])
	for !prep && q > begin {
		if in, _ := ps.InName(q - 1); in {
			break
		}
		if w, _ := lx.Stem(&toks[q-1]); !w.Has("loc-cue") {
			break
		}
		q--
		prep = shape.HasPrepClitic(toks[q]) || function(toks[q].Norm)
	}
	return q, prep
}
