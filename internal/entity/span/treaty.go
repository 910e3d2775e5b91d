package span

import (
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// AfterTreaty reports whether the name at token i follows a noun of a
// treaty in the construct (the lexicon's class treaty, without the article
// or a pronoun, after a preposition or not: لاتفاقية بازل, بموجب اتفاق
// الطائف) and names no party (parties): a city there names the treaty, not
// the city. The caller asks only of cities: a state after the noun is a
// party (اتفاق إيران).
func AfterTreaty(toks []news.Token, i int, lex *arabic.Segmenter) bool {
	return i > 0 && toks[i-1].Kind == news.Word && treatyNoun(toks[i-1]) && !parties(toks, i, lex)
}

// treatyNoun reports whether tok is a noun of a treaty in the construct.
func treatyNoun(tok news.Token) bool {
	stem, cl := lexicon.StemOf(&tok)
	return cl.Pronoun == "" && !arabic.Definite(stem) && lexicon.Default().Word(stem).Has("treaty")
}

// parties reports whether the name at token i is followed by a second
// name joined by و (a name of lex's dictionary: not والذي) or by مع: a capital standing for its government, one
// of the parties to the accord (اتفاق موسكو وأنقرة, اتفاق طهران مع
// الغرب), not its name.
func parties(toks []news.Token, i int, lex *arabic.Segmenter) bool {
	if i+1 >= len(toks) || toks[i+1].Kind != news.Word {
		return false
	}
	w, cl := lexicon.StemOf(&toks[i+1])
	if w == "مع" {
		return true
	}
	info, ok := lex.Lookup(w)
	return cl.Conj == string(arabic.Waw) && cl.Prep == "" && ok && info.Name
}

// TreatyName reports whether the place of one word at token first (to
// last) is one the article names a treaty by (اتفاقية بازل): a body named
// with that place (مركز بازل) is the treaty's and takes no country from it.
func TreatyName(toks []news.Token, first, last int, lex *arabic.Segmenter) bool {
	if first != last {
		return false
	}
	name, _ := lexicon.StemOf(&toks[first])
	for i := 1; i < len(toks); i++ {
		if stem, _ := lexicon.StemOf(&toks[i]); toks[i].Kind == news.Word && stem == name && AfterTreaty(toks, i, lex) {
			return true
		}
	}
	return false
}

// TreatyPlace reports whether the place of one word at token i names a
// treaty or what is named after it: after a noun of a treaty
// (AfterTreaty), or, once the article names a treaty by it (TreatyName),
// after the head of a body (مركز بازل, the convention's centre) or within
// quotation marks («بازل»). Elsewhere the same word is the city.
func TreatyPlace(toks []news.Token, i int, lex *arabic.Segmenter) bool {
	if AfterTreaty(toks, i, lex) {
		return true
	}
	if i < 1 {
		return false
	}
	if p := toks[i-1]; p.Kind == news.Punctuation {
		return shape.Opening(p.Text) && TreatyName(toks, i, i, lex)
	}
	w, _ := lexicon.Default().Stem(&toks[i-1])
	return w.Has("org-cue") && TreatyName(toks, i, i, lex)
}

// dropTreaties drops a place of one word the recogniser found where it
// names a treaty (TreatyPlace), and a body's span that opens on a noun of a
// treaty (اتفاق فيينا): a treaty is no body.
func dropTreaties(toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	out := spans[:0]
	for _, s := range spans {
		if s.Type == news.LOC && s.First == s.Last && TreatyPlace(toks, s.First, lex) || s.Type == news.ORG && treatyNoun(toks[s.First]) {
			continue
		}
		out = append(out, s)
	}
	return out
}
