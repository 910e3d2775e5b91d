package shape

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// NameQuoted reports whether the quotation around token i holds a name
// alone, of at most most words either side of i (مديرية أمن «أسان
// يورط»): marks around a name are no one's words.
func NameQuoted(toks []news.Token, i, most int) bool {
	j := i
	for j > 0 && toks[j-1].Kind == news.Word && i-j < most {
		j--
	}
	k := i
	for k+1 < len(toks) && toks[k+1].Kind == news.Word && k-i < most {
		k++
	}
	return j > 0 && k+1 < len(toks) && toks[j-1].Kind == news.Punctuation && Opening(toks[j-1].Text) &&
		toks[k+1].Kind == news.Punctuation && Closing(toks[k+1].Text)
}

// Eponym reports whether a word heads the names of bodies named after a
// person (the lexicon's class eponym-head: جامعة, مستشفى).
func Eponym(lx *lexicon.Lexicon, tok *news.Token) bool {
	w, _ := lx.Stem(tok)
	return w.Has("eponym-head")
}

// CommonPlace reports whether a place's name is a word of the lexicon's
// class common-place, as often a common noun of news (مشهد "scene").
func CommonPlace(word string) bool {
	return lexicon.Default().Has(lexicon.Key(word), "common-place")
}
