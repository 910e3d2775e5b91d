package quote

import (
	"rasad/internal/news"
	"rasad/internal/quote/headline"
	"rasad/internal/quote/setting"
)

// headlines reads the convention of Arabic headlines and interview lines
// (package headline): a line that opens with a name, or a role and a name,
// then a colon, quotes what follows (الجبير: لا مكان للأسد في مستقبل
// سوريا). The speaker must be a person or an organisation the entity stage
// found, or a role (المتحدث باسم الخارجية:), and the words after the colon
// at least three, none of them already a quote.
func (st *state) headlines(ranges [][2]int) {
	st.out = st.line().Quotes(st.text, ranges, st.out, st.opensRole, func(a, c int) *news.Speaker { return setting.Copy(st.speakerOf(a, c, "")) })
}

// line is the text as package headline reads its lines.
func (st *state) line() headline.Line {
	return headline.Line{Toks: st.toks, Spans: st.spans, Quote: func(j int) int { return int(st.tk[j].q) },
		Entity: func(j int) news.EntityType {
			if e := st.tk[j].ent; e >= 0 {
				return st.ents[e].Type
			}
			return ""
		}}
}

// afterColon emits, as sp's direct speech, the words after the colon c that
// ends a speech verb's attribution with no quotation mark after it (وقال
// الوزير: الحل سياسي), up to the end b of the sentence or a new
// attribution; false when fewer than three words or a quote holds them.
func (st *state) afterColon(c, b int, sp *news.Speaker, via string, si int) bool {
	out, ok := st.line().After(st.text, c, st.clause(c+1, b), st.out, news.Quote{Speaker: setting.Copy(sp), Direct: true, Via: via})
	if ok {
		st.out, st.lastQ, st.lastQEnd = out, len(out)-1, si
	}
	return ok
}
