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

// EponymPair reports whether token j is the second word of a head of two
// words of the names of bodies named after a person (the lexicon's class
// eponym-head: غرفة عمليات, the first word with its proclitics).
func EponymPair(lx *lexicon.Lexicon, toks []news.Token, j int) bool {
	if j < 1 || toks[j-1].Kind != news.Word || toks[j].Kind != news.Word {
		return false
	}
	first, _ := lexicon.StemOf(&toks[j-1])
	return lx.Has(lexicon.Key(first)+" "+toks[j].Norm, "eponym-head")
}

// Eponymous reports whether the person's name that opens at token first
// names a thing named after the person: it follows a head of such names
// in construct (the lexicon's class eponym-head: طريق الملك فهد, مدرسة
// أسامة بن زيد), or a title, role or epithet after one (مدرسة الإمام
// محمد بن سعود, شارع الشيخ زايد, مدرسة الشهيد). The name is the thing's,
// no mention of the person; not after a head with a pronoun, nor after a
// compound preposition (the lexicon's class compound-prep: عن طريق).
func Eponymous(lx *lexicon.Lexicon, toks []news.Token, first int) bool {
	j := first - 1
	if j > 0 && toks[j].Kind == news.Word {
		if w := lx.Word(toks[j].Norm); w.Has("title") || w.Has("descriptor") || w.Has("role") {
			j--
		}
	}
	if j < 0 || toks[j].Kind != news.Word || !Eponym(lx, &toks[j]) && !EponymPair(lx, toks, j) {
		return false
	}
	if _, c := lexicon.StemOf(&toks[j]); c.Pronoun != "" {
		return false // مدير مدرسته حمدان: the pronoun is the head's genitive
	}
	return j == 0 || !lx.Has(toks[j-1].Norm+" "+toks[j].Norm, "compound-prep") // عن طريق: "through"
}

// CommonPlace reports whether a place's name is a word of the lexicon's
// class common-place, as often a common noun of news (مشهد "scene").
func CommonPlace(word string) bool {
	return lexicon.Default().Has(lexicon.Key(word), "common-place")
}
