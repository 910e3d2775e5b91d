package quote

import (
	"rasad/internal/news"
	"rasad/internal/quote/head"
)

// describer returns the end of the subject of the phrase [s, e) after the
// cue at v in the sentence that starts at a: e unless the cue is وصف and
// the phrase holds the one described (package head, Describer).
func (st *state) describer(v, a, s, e int) int {
	if !head.Describes(&st.toks[v]) {
		return e
	}
	words := make([]head.Word, e-s)
	for j := s; j < e; j++ {
		in := st.tk[j]
		w := head.Word{Mention: -1, Nisba: in.nisba != "", Article: in.article, Body: st.bodyNoun(j)}
		if in.ent >= 0 {
			w.Mention, w.Person = int(in.ent)<<16|int(in.men), st.ents[in.ent].Type == news.PER
		}
		words[j-s] = w
	}
	return s + head.Describer(st.toks[a:v], &st.toks[v], words, st.opensRole(s) || st.tk[s].cls&cTitle != 0)
}
