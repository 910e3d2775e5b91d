package span

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// withGenitive extends an organisation's span that ends on a noun in the
// construct state over the genitive that completes it: a common noun
// without the article, never the end of a body's name, governs the definite
// word after it (منظمة حماية الطفل, اتحاد كرة القدم, معهد إعداد القادة),
// which the recogniser left out. The last word must be one the dictionary
// holds as a word and no name, not the head alone (a head alone is no
// name: wholeWords), and the genitive a word with no clitic before it (a
// word after ل or و begins a field or another phrase: مركز الملك سلمان
// للإغاثة), no adjective of relation (a nisba qualifies, it governs
// nothing: شركة أرامكو السعودية), and no part of another span; its ال
// is written so (آلياً, "automatically", only reads as one once its آ is
// folded to ا).
func withGenitive(toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	for k, s := range spans {
		next := s.Last + 1
		if s.Type != news.ORG || s.Last == s.First || next >= len(toks) || toks[next].Kind != news.Word || overlaps(spans, next) {
			continue
		}
		last := &toks[s.Last]
		if lexicon.Definite(last) || named(last.Norm) {
			continue
		}
		if info, ok := lex.Lookup(last.Norm); !ok || !info.Stem || info.Name {
			continue
		}
		gen := &toks[next]
		stem, cl := lexicon.StemOf(gen)
		if cl.Conj != "" || cl.Prep != "" || !arabic.Definite(stem) || !strings.HasPrefix(gen.Text, definiteArticle) || shape.Relational(arabic.SearchKey(stem)) {
			continue
		}
		spans[k].Last, spans[k].End = next, gen.End
	}
	return spans
}
