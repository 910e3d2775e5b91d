package quote

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/word"
)

// maker returns the token where a person is named as the subject of a
// clause between the speech noun at n and the verb at v whose في and
// pronoun take up the words (… مع أخرى أطلقها المتحدث باسم قوات التحالف،
// العميد أحمد عسيري، قال فيها إن: the pronoun takes up the nearest words,
// and their maker speaks): the last person after n not named right after
// it, not after a preposition, with a word before him that carries a
// pronoun (أطلقها، أدلى بها). 0 when there is none. With n < 0 the speech
// noun is looked for from the sentence's start a.
func (st *state) maker(n, v, a int) int {
	for j := v - 1; n < 0 && j >= a; j-- {
		if st.tk[j].Cls&word.SpeechNoun != 0 || st.lx.Of(st.bare(j))&word.SpeechNoun != 0 {
			n = j
			break
		}
	}
	if n < 0 {
		return 0
	}
	for j := v - 1; j > n+1; j-- {
		e := st.tk[j].ent
		if e < 0 || st.ents[e].Type != news.PER || st.tk[j-1].ent == e && st.tk[j-1].men == st.tk[j].men || st.objectPosition(j, a) {
			continue
		}
		for k := n + 1; k < j; k++ {
			if _, cl := lexicon.StemOf(&st.toks[k]); st.toks[k].Kind == news.Word && st.tk[k].ent < 0 && cl.Pronoun != "" && cl.Prep == "" {
				return j
			}
		}
		return 0
	}
	return 0
}
