package span

import (
	"slices"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// madeNoun reports whether token i is a noun of a made thing (the
// lexicon's class made: صواريخ, طائرات, سيارة) in the construct: without
// the article or a pronoun, a preposition or و before it allowed
// (بصواريخ).
func madeNoun(toks []news.Token, i int) bool {
	if i < 0 || toks[i].Kind != news.Word {
		return false
	}
	stem, cl := lexicon.StemOf(&toks[i])
	return cl.Pronoun == "" && !arabic.Definite(stem) && lexicon.Default().Word(stem).Has("made")
}

// owner reports whether token i, after a noun of a made thing, names its
// owner rather than its make: a definite word (صواريخ الحوثي, طائرة
// الرئيس) or a person's name of the lexicon (سيارة محمد).
func owner(toks []news.Token, i int) bool {
	return lexicon.Definite(&toks[i]) || named(toks[i].Norm)
}

// makeOf reports whether token p is the make between a noun of a made thing
// and its model (سيارات جيب غراند شيروكي): a bare indefinite word, no
// name of a person, no verb (صواريخ أطلقها).
func makeOf(toks []news.Token, p int, lex *arabic.Segmenter) bool {
	if p < 1 || toks[p].Kind != news.Word || !madeNoun(toks, p-1) {
		return false
	}
	stem, cl := lexicon.StemOf(&toks[p])
	return cl == (lexicon.Clitics{}) && !arabic.Definite(stem) && !named(stem) && !Verb(toks, p, lex)
}

// dropMade reads the make or model after a noun of a made thing: a person
// or a place the recogniser found right after one (within an opening
// quotation mark), or opening on one, whose first name word is no owner,
// names the model (صواريخ سكود, طائرات ميغ; past its make: سيارات جيب
// غراند شيروكي), and is dropped; a span that opens on such a noun before its owner keeps the
// owner alone (صواريخ الحوثي → الحوثي). Bodies are left: a make is a
// company (سيارات مرسيدس). A name joined by و right after a model so
// dropped is another model of the list (جيب غراند شيروكي وشيروكي).
func dropMade(toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	out := spans[:0]
	model := -1 // the last token of the last model dropped
	for _, s := range spans {
		if s.Type != news.PER && s.Type != news.LOC {
			out = append(out, s)
			continue
		}
		if s.First == model+1 && lexicon.And(&toks[s.First]) {
			model = s.Last
			continue
		}
		if madeNoun(toks, s.First) && s.First < s.Last {
			if !owner(toks, s.First+1) {
				model = s.Last
				continue
			}
			s.First++
			s.Start = toks[s.First].Start
			out = append(out, s)
			continue
		}
		p := s.First - 1
		for p >= 0 && toks[p].Kind == news.Punctuation && shape.Opening(toks[p].Text) {
			p--
		}
		if (madeNoun(toks, p) || makeOf(toks, p, lex)) && !owner(toks, s.First) {
			model = s.Last
			continue
		}
		out = append(out, s)
	}
	return out
}

// Market reports whether token i heads a market, not a body: a noun of a
// market (the lexicon's class market) in the plural, which names many
// markets, never one body (أسواق المال السعودية, الأسواق الخليجية), or in
// the singular before a definite noun that is no name, the thing traded
// (سوق الأسهم الصينية, سوق العمل الأمريكية). A market named by a place or
// a name (سوق دبي, سوق الكويت للأوراق المالية) or by an adjective (السوق
// المالية السعودية, the Saudi exchange's name) may be a body.
func Market(toks []news.Token, i int, lex *arabic.Segmenter) bool {
	if toks[i].Kind != news.Word {
		return false
	}
	stem, cl := lexicon.StemOf(&toks[i])
	w := lexicon.Default().Word(stem)
	if cl.Pronoun != "" || !w.Has("market") {
		return false
	}
	if w.Has("market:many") {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].Kind != news.Word {
		return false
	}
	next, ncl := lexicon.StemOf(&toks[i+1])
	if ncl != (lexicon.Clitics{}) || !arabic.Definite(next) || named(next) || shape.Relational(arabic.SearchKey(next)) {
		return false
	}
	info, ok := lex.Lookup(next)
	return !ok || !info.Name
}

// dropKinds drops a span of one word that is a noun of a kind of work (the
// lexicon's class work: الأوبريت, المسرحية, الفيلم), with or without the
// article: the kind of a work, which its title follows, is a common noun,
// no name of a body or a person.
func dropKinds(toks []news.Token, spans []ner.Span) []ner.Span {
	return slices.DeleteFunc(spans, func(s ner.Span) bool {
		if s.First != s.Last || toks[s.First].Kind != news.Word {
			return false
		}
		w, _ := lexicon.Default().Bare(&toks[s.First])
		return w.Has("work")
	})
}
