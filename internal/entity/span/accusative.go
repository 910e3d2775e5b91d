package span

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// Accusative reports whether word i of toks is a common noun in the
// indefinite accusative, its tanwin written as a final alif (شابا "a young
// man", رجلا, طفلا): the word without the alif is a dictionary word of at
// least three letters that is no name, and the word itself is neither a
// dictionary word nor a name the lexicon lists (نورا, دينا, ماريا; حسنا,
// كريما, whose bare form is a given name too). Such a word is what a
// sentence says of someone (اعلنت السلطات ان شابا في العشرين هو منفذ
// الهجوم), not his name; so is a relational adjective in that case, the
// adverb جماهيريا ("in popularity"), إعلاميا, محليا, where the word less يا is
// a dictionary word that is no name.
func Accusative(toks []news.Token, i int, lex *arabic.Segmenter) bool {
	w, _ := lexicon.WithoutConjunction(&toks[i])
	rest, ok := strings.CutSuffix(w, string(arabic.Alef))
	if !ok || !arabic.AtLeastRunes(rest, 3) || named(w) || named(rest) {
		return false
	}
	if info, ok := lex.Lookup(w); ok && (info.Stem || info.Name) {
		return false
	}
	if info, ok := lex.Lookup(rest); ok && info.Stem && !info.Name {
		return true
	}
	// A relational adjective used as an adverb (جماهيريا "in popularity",
	// إعلاميا, محليا): the word less يا is the dictionary's.
	base, ok := strings.CutSuffix(rest, string(arabic.Yeh))
	if !ok || !arabic.AtLeastRunes(base, 3) || named(base) {
		return false
	}
	info, ok := lex.Lookup(base)
	return ok && info.Stem && !info.Name
}

// dropAccusatives drops a person's span of one word that is a common noun
// in the indefinite accusative (Accusative): a name is definite. Before a
// family name or بن the word is a given name (عقلا العنزي, عقلا بن علي), so a
// longer span is kept.
func dropAccusatives(toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	out := spans[:0]
	for _, s := range spans {
		if s.Type == news.PER && s.First == s.Last && toks[s.First].Kind == news.Word && Accusative(toks, s.First, lex) {
			continue
		}
		out = append(out, s)
	}
	return out
}
