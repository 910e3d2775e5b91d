package entity

import (
	"rasad/internal/arabic"
	"rasad/internal/entity/body"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// coined reads at token i a body named by a coined name and its field
// (body.Coined: شركة كيشو للطاقة), taking the recogniser's nameless mention
// of the name; its country is that of the place after في that follows it
// (شركة تشيزابيكي للطاقة في أوكلاهوما), else none.
func (l *Linker) coined(text string, sc *scan, ms []found, at []int, i, end int) (found, bool) {
	named := func(j int) int {
		if k := at[j] - 1; k >= 0 && ms[k].first == j && ms[k].act == nil && ms[k].typ != news.LOC {
			return ms[k].last
		}
		return -1
	}
	last := body.Coined(l.lex, sc.toks, sc.wkeys, func(j int) bool { return at[j] == 0 }, named, i, end)
	if last >= 0 && at[i+1] > 0 {
		ms[at[i+1]-1].dropped = true
	} else if last < 0 {
		return found{}, false
	}
	_, start := shape.StemKey(sc.toks[i])
	f := found{first: i, last: last, start: start, end: sc.toks[last].End, typ: news.ORG, body: true, key: arabic.SearchKey(text[start:sc.toks[last].End])}
	if last+2 < end && lexicon.Default().Word(sc.toks[last+1].Norm).Has("prep:in") && at[last+2] > 0 {
		f.country = knownPlaceCountry(ms[at[last+2]-1])
	}
	return f, true
}
