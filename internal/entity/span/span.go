// Package span mends the statistical recogniser's spans (package ner)
// before the entity stage links them: a span gets back the و its first
// word lost, a title or the head noun of a body alone is no name, a verb
// of speech before a person's name is no given name, a word with a verb's
// inflection is no part of a name, a common noun in the indefinite
// accusative alone (شابا, "a young man") is no person, two names joined by
// و are two spans, a body's name ending on a noun in the construct state
// takes the genitive after it, and a model, a market or a kind of work is
// no name; nor are the particle إنّ before a subject (فإن) and an adjective
// of an office after it (الرئيس الدوري). It knows words (the segmenter's dictionary and the lexicon),
// not the gazetteer: what a name refers to is package entity's.
package span

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// definiteArticle is ال.
const definiteArticle = string(arabic.Alef) + string(arabic.Lam)

// Mend returns the spans of the recogniser over toks (text's tokens, with
// their Parts) mended as a reader of Arabic news reads them; lex is the
// segmenter whose dictionary tells whole words from names. spans is
// reused. The particle إنّ written with its hamza opens no name
// (trimParticles), nor an adjective of the office before it
// (trimOfficeAdjectives), nor a title or rank (trimTitles), nor a verbal noun of leading (trimLeading). The verbal noun النيل من ("to harm") is no Nile (shape.Undermining),
// a verb no part of a name (Verb), nor an adverb of place or time (Adverb),
// a common noun phrase no body's name (CommonBody), nor a market (Market)
// or the noun of a work's kind alone (الأوبريت), a model after طراز or
// after a noun of a made thing (صواريخ سكود) no place or person, and a
// place after قيادة عمليات part of a military command's name or after a
// noun of a treaty the treaty's (AfterTreaty).
func Mend(text string, toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	spans = slices.DeleteFunc(spans, func(s ner.Span) bool {
		return s.First == s.Last && (shape.Undermining(toks, s.First) || shape.Idiom(toks, s.First))
	})
	spans = trimLeading(toks, trimTitles(toks, trimOfficeAdjectives(toks, trimParticles(toks, trimAdverbs(toks, spans)))))
	spans = withGenitive(toks, withFathers(toks, splitCoordinated(toks, trimVerbs(toks, wholeWords(text, toks, dropAccusatives(toks, cutVerbs(toks, withFeh(toks, spans, lex), lex), lex), lex))), lex), lex)
	return dropTreaties(toks, dropCommands(toks, dropModels(toks, dropMade(toks, dropKinds(toks, dropCommonBodies(toks, spans, lex)), lex))), lex)
}

// withFeh gives back its ف to a span the recogniser began after the ف of
// its first word, where the rest is no name the dictionary knows and no
// definite word: a foreign name that begins with ف (فيريرا, فويلينج,
// فيرغسن, فولفجانج), which the segmenter leaves whole. The conjunction ف
// is written on a definite word or a known name (فالأهلي, فإيران), seldom
// on a name news transliterates.
func withFeh(toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	const feh = string(arabic.Feh)
	for k, s := range spans {
		tok := &toks[s.First]
		rest, ok := strings.CutPrefix(tok.Norm, feh)
		if !ok || s.Start-tok.Start != len(feh) || arabic.Definite(rest) {
			continue
		}
		if info, ok := lex.Lookup(rest); !ok || !info.Name {
			spans[k].Start = tok.Start
		}
	}
	return spans
}

// withFathers extends a person's span that ends on بن, ابن or بنت ("son
// of", "daughter of") over the father's name after it, whatever that word
// looks like, but a common word (ابن التاسعة عشرة, "aged nineteen"): علي
// spelt as the preposition على (وليد بن على), which the recogniser leaves
// out, is a name there; and over the family name after
// it, a definite word that the dictionary does not hold as a common word
// (عقلا بن علي العقلا).
func withFathers(toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	for k, s := range spans {
		next := s.Last + 1
		if s.Type != news.PER || s.Last == s.First || next >= len(toks) || toks[next].Kind != news.Word || overlaps(spans, next) {
			continue
		}
		switch arabic.SearchKey(toks[s.Last].Norm) {
		case "بن", "ابن", "بنت":
			if info, ok := lex.Lookup(toks[next].Norm); ok && !info.Name && toks[next].Norm != "علي" {
				continue // ابن التاسعة عشرة: "aged nineteen", a common word
			}
			spans[k].Last, spans[k].End = next, toks[next].End
			if f := next + 1; f < len(toks) && toks[f].Kind == news.Word && !overlaps(spans, f) && arabic.Definite(toks[f].Norm) {
				if info, ok := lex.Lookup(toks[f].Norm); !ok || info.Name {
					spans[k].Last, spans[k].End = f, toks[f].End
				}
			}
		}
	}
	return spans
}

// overlaps reports whether a span holds token t.
func overlaps(spans []ner.Span, t int) bool {
	for _, s := range spans {
		if s.First <= t && t <= s.Last {
			return true
		}
	}
	return false
}

// wholeWords gives back its و to a span the recogniser began after the و
// of its first word, where the segmenter left the و on as part of a word
// its dictionary knows whole: ولي العهد is "crown prince", not لي العهد
// after "and" (the و of an unknown name, وفومين, stays cut off). A span
// that is then a title of the lexicon's class role alone (ولي العهد,
// الملك) is no name: the descriptors name whom it describes; nor is the
// head noun of a body's name alone without the article (منظمة before
// «أوبك», جامعة of جامعة الأميرة نورة), nor a people (people).
//
// Where the segmenter did split the و off, a word alone whose whole form
// is a common word of the dictionary (وريد "vein", ودود "friendly", ودودا
// in the accusative) and no name is that word, not و and a family name
// (ريد, دودا): no name at all. A given name after و stays one (وديانا:
// Diana, not "valleys"), and so does a longer span (وديانا حداد).
func wholeWords(text string, toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	common := make([]bool, len(spans))
	for k, s := range spans {
		tok := &toks[s.First]
		if s.Start <= tok.Start || !strings.HasPrefix(tok.Norm, string(arabic.Waw)) {
			continue
		}
		if _, cl := lexicon.StemOf(tok); cl.Conj != "" {
			common[k] = s.First == s.Last && commonWhole(tok.Norm, lex) && !lexicon.Default().Word(tok.Norm[len(cl.Conj):]).Has("given-name")
			continue
		}
		if info, ok := lex.Lookup(tok.Norm); ok && info.Stem && !info.Name {
			spans[k].Start = tok.Start
		}
	}
	lx := lexicon.Default()
	out := spans[:0]
	for k, s := range spans {
		if !common[k] {
			out = append(out, s)
		}
	}
	return slices.DeleteFunc(out, func(s ner.Span) bool {
		if s.First == s.Last && people(&toks[s.First]) {
			return true
		}
		if s.Type == news.ORG && s.First == s.Last {
			stem, _ := lexicon.StemOf(&toks[s.First])
			// A head is listed with and without the article (منظمة,
			// المنظمة); a name alone is listed once (ميلان).
			return !arabic.Definite(stem) && lx.Has(stem, "org-cue") && lx.Has(definiteArticle+stem, "org-cue")
		}
		return s.Type == news.PER && lx.Has(lexicon.Key(text[s.Start:s.End]), "role")
	})
}

// trimVerbs takes a verb of speech or stance off the front of a person the
// recogniser found (دان مسعود البرزاني: "Barzani condemned"): news opens
// a clause with the verb before its subject, and a verb is no given name
// even where it is spelt like one (دان, Dan).
//
// The verb alone is no person either where it opens its clause, at the
// start of a sentence, after a colon or a dash, or after و or ف (ودان رئيس
// الحزب, عمّان: دان مجلس النواب): the subject follows it.
func trimVerbs(toks []news.Token, spans []ner.Span) []ner.Span {
	lx := lexicon.Default()
	out := spans[:0]
	for _, s := range spans {
		w, conj := lx.AfterConjunction(&toks[s.First])
		if s.Type != news.PER || s.Last-s.First == 1 || !w.Has("actor-verb") && !w.Has("speech-verb") {
			out = append(out, s)
			continue
		}
		if s.First < s.Last {
			s.First++
			s.Start = toks[s.First].Start
			out = append(out, s)
		} else if !conj && s.First > 0 && (toks[s.First-1].Kind != news.Punctuation || !strings.ContainsAny(toks[s.First-1].Text, ".:-–")) {
			out = append(out, s)
		}
	}
	return out
}

// splitCoordinated splits a recognised person or place at a word that
// opens with the conjunction و: two names joined (دافيد لويز ودي ماريا) or a
// name run on into the next words (الخليج والله), not one name, but a
// family name's own و (familyWaw). An
// organisation keeps its و (وزارة الشباب والرياضة), but not a
// participle or a person after it (shape.NoField).
func splitCoordinated(toks []news.Token, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, s := range spans {
		if s.Type == news.ORG {
			// An organisation keeps its fields joined by و, not a
			// participle or a person joined after them (لوزارة التعليم
			// والمنتشرة في, مجلس الإدارة والعضو المنتدب).
			for t := s.First + 2; t <= s.Last; t++ {
				if shape.NoField(toks[t]) {
					s.Last, s.End = t-1, toks[t-1].End
					break
				}
			}
		}
		for s.Type != news.ORG && s.Type != news.MISC {
			cut := -1
			for t := s.First + 1; t <= s.Last; t++ {
				if _, cl := lexicon.StemOf(&toks[t]); cl.Conj == string(arabic.Waw) && !familyWaw(toks, s, t) {
					cut = t
					break
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, ner.Span{First: s.First, Last: cut - 1, Start: s.Start, End: toks[cut-1].End, Type: s.Type, Score: s.Score})
			if cut == s.Last {
				s.First = -1 // one word after و: a name only the recogniser's word would make
				break
			}
			s = ner.Span{First: cut, Last: s.Last, Start: afterProclitics(toks[cut]), End: s.End, Type: s.Type, Score: s.Score}
		}
		if s.First >= 0 {
			out = append(out, s)
		}
	}
	return out
}

// familyWaw reports whether word t of a person's span, after a lone given
// name, is a family name that begins with و written without the
// conjunction (سكوت ووكر, Scott Walker): a word opening with two و after a
// given name is the name's own و after the conjunction's only when what
// follows is another given name (محمد ووليد).
func familyWaw(toks []news.Token, s ner.Span, t int) bool {
	lx := lexicon.Default()
	waw := string(arabic.Waw)
	rest, ok := strings.CutPrefix(toks[t].Norm, waw)
	given, _ := lexicon.WithoutConjunction(&toks[s.First])
	return ok && t == s.First+1 && t == s.Last && strings.HasPrefix(rest, waw) &&
		lx.Has(given, "given-name") && !lx.Has(rest, "given-name")
}

// afterProclitics returns the byte offset where a token's word starts after
// the proclitics the segmenter split off it (the و of وفومين).
func afterProclitics(tok news.Token) int {
	if len(tok.Parts) < 2 || tok.Parts[0].Role != news.Proclitic {
		return tok.Start
	}
	for _, p := range tok.Parts {
		if p.Role != news.Proclitic {
			return p.Start
		}
	}
	return tok.Start
}

// commonWhole reports whether w, a word opening with و that the segmenter
// split, is whole a dictionary word that is no name, as written or in the
// indefinite accusative (ودودا: ودود and its alif), three letters or more
// after the و.
func commonWhole(w string, lex *arabic.Segmenter) bool {
	if !arabic.AtLeastRunes(w, 4) || named(w) {
		return false
	}
	if info, ok := lex.Lookup(w); ok {
		return info.Stem && !info.Name
	}
	bare, ok := strings.CutSuffix(w, string(arabic.Alef))
	if !ok || named(bare) {
		return false
	}
	info, ok := lex.Lookup(bare)
	return ok && info.Stem && !info.Name
}

// people reports whether a word is the plural of a people or community
// of no one country (الأكراد, لأكراد, العرب, الشيعة, الأمازيغيين): a
// people is no body, person or place, whatever the recogniser took it
// for; the singular nisba (العربية, Al Arabiya) may name one.
func people(tok *news.Token) bool {
	w, _ := lexicon.Default().Stem(tok)
	if !w.Has("nisba") || w.Value("nisba") != "" {
		return false
	}
	key, _ := lexicon.StemOf(tok)
	key = arabic.SearchKey(key)
	return !shape.Relational(key) || shape.People(key)
}
