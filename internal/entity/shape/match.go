package shape

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// minMatchWords is the fewest words of a match report that make a text
// sports news.
const minMatchWords = 4

// Match reports whether toks are sports news: at least minMatchWords of
// its words are words of a match report (the lexicon's class match-report:
// مباراة, اللاعب, المدرب, الملعب, المنتخب, النادي, بطولة, with or without
// the article and clitics). In such news the country the text names most
// is often only where a match or a training camp is held (معسكر الفريق في
// تركيا, a French league's club): the people named in it are not its
// people for that.
func Match(toks []news.Token) bool {
	lx, n := lexicon.Default(), 0
	for i := range toks {
		if toks[i].Kind != news.Word {
			continue
		}
		if w, _ := lx.Bare(&toks[i]); w.Has("match-report") {
			if n++; n == minMatchWords {
				return true
			}
		}
	}
	return false
}

// Club reports whether the word at token i heads a club's name in sports
// news (Match): a noun of a club in the construct (the lexicon's class
// club-head: نادي, فريق, after a preposition or not). A country named after
// it is the club's name (فريق الكويت, the club al-Kuwait), not the country,
// where منتخب الكويت, the national side, stands for it.
func Club(toks []news.Token, i int) bool {
	w, cl := lexicon.StemOf(&toks[i])
	return !lexicon.Definite(&toks[i]) && cl.Pronoun == "" && lexicon.Default().Word(w).Has("club-head") && Match(toks)
}
