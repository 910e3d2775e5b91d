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

// Treaties holds the places of one word an article names a treaty by
// (اتفاقية بازل): the stems of the words after a noun of a treaty
// (AfterTreaty). It reads the article once, on the first question, so that
// asking of each place costs a look-up, not a pass over the article.
type Treaties struct {
	toks  []news.Token
	lex   *arabic.Segmenter
	names map[string]bool // nil until the first question
}

// NewTreaties returns the treaty names of the article toks; it reads
// nothing until asked.
func NewTreaties(toks []news.Token, lex *arabic.Segmenter) *Treaties {
	return &Treaties{toks: toks, lex: lex}
}

// Name reports whether the place of one word at token first (to last) is
// one the article names a treaty by (اتفاقية بازل): a body named with that
// place (مركز بازل) is the treaty's and takes no country from it.
func (t *Treaties) Name(first, last int) bool {
	if first != last {
		return false
	}
	if t.names == nil {
		t.names = map[string]bool{}
		for i := 1; i < len(t.toks); i++ {
			if t.toks[i].Kind == news.Word && AfterTreaty(t.toks, i, t.lex) {
				stem, _ := lexicon.StemOf(&t.toks[i])
				t.names[stem] = true
			}
		}
	}
	name, _ := lexicon.StemOf(&t.toks[first])
	return t.names[name]
}

// Place reports whether the place of one word at token i names a treaty or
// what is named after it: after a noun of a treaty (AfterTreaty), or, once
// the article names a treaty by it (Name), after the head of a body (مركز
// بازل, the convention's centre) or within quotation marks («بازل»).
// Elsewhere the same word is the city.
func (t *Treaties) Place(i int) bool {
	toks := t.toks
	if AfterTreaty(toks, i, t.lex) {
		return true
	}
	if i < 1 {
		return false
	}
	if p := toks[i-1]; p.Kind == news.Punctuation {
		return shape.Opening(p.Text) && t.Name(i, i)
	}
	w, _ := lexicon.Default().Stem(&toks[i-1])
	return w.Has("org-cue") && t.Name(i, i)
}

// dropTreaties drops a place of one word the recogniser found where it
// names a treaty (Treaties.Place), and a body's span that opens on a noun of a
// treaty (اتفاق فيينا): a treaty is no body.
func dropTreaties(toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	out, names := spans[:0], NewTreaties(toks, lex)
	for _, s := range spans {
		if s.Type == news.LOC && s.First == s.Last && names.Place(s.First) || s.Type == news.ORG && treatyNoun(toks[s.First]) {
			continue
		}
		out = append(out, s)
	}
	return out
}
