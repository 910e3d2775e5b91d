package quote

import (
	"rasad/internal/news"
	"rasad/internal/quote/headline"
	"rasad/internal/quote/marks"
)

// headlines reads the convention of Arabic headlines and interview lines
// (package headline): a line that opens with a name, or a role and a name,
// then a colon, quotes what follows (الجبير: لا مكان للأسد في مستقبل
// سوريا). The speaker must be a person or an organisation the entity stage
// found, or a role (المتحدث باسم الخارجية:), and the words after the colon
// at least three, none of them already a quote.
func (st *state) headlines(ranges [][2]int) {
	l := headline.Line{Toks: st.toks, Spans: st.spans, Quote: func(j int) int { return int(st.tk[j].q) },
		Entity: func(j int) news.EntityType {
			if e := st.tk[j].ent; e >= 0 {
				return st.ents[e].Type
			}
			return ""
		}}
	for _, r := range ranges {
		a, b := r[0], r[1]
		if !marks.LineStart(st.text, st.toks, a) {
			continue
		}
		c := l.Colon(a, b)
		if named, place := l.Named(a, c); c <= a || place || !named && !st.opensRole(a) {
			continue // a place before the colon is a dateline
		}
		from, to, ok := l.Words(c, b)
		if !ok {
			continue
		}
		start, end := st.toks[from].Start, st.toks[to-1].End
		if start >= end || headline.Covered(st.out, start, end) {
			continue
		}
		sp := st.speakerOf(a, c, "")
		st.out = append(st.out, news.Quote{Speaker: copySpeaker(sp), Text: st.text[start:end], Direct: true, Start: start, End: end})
	}
}
