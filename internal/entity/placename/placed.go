package placename

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Placed reports whether a definite dictionary word at token j, after a
// place's head noun at token i (word: the word without its و in a list),
// is still the place's name, which Word refuses for a common noun (منطقة
// الحدود): the small places of news are named by common words as often
// (حي الروضة, محافظة الوجه, منطقة العروق, مدينة الحوطة). It is one
//
//   - after a head of the lexicon's class place-head-named, a district or
//     town whose definite genitive is its name (حي السلام, محافظة
//     الحجرة, بلدة العلم), or
//   - where what follows sets the place in a larger one: ب or في and a
//     place's head (منطقة العروق بمديرية الشرية, بلدة الجش بمحافظة
//     القطيف, منطقة المفكر بريف حماة), a word of belonging and ل with one
//     (منطقة الخيرات التابعة لقضاء الكرمة), a point of the compass
//     (منطقة الطاش جنوب مدينة الرمادي), or in apposition the seat of a
//     larger place (مدينة الحوطة، عاصمة محافظة لحج).
//
// No function word, no word with ب, ل or a pronoun on it and no head noun
// is one; the name ends where the cue begins. After a plural head the
// genitive is the land whose places they are or a common noun (محافظات
// المملكة, مناطق النزاع في المدن), and after a head that also heads a
// body's name (the lexicon's org-cue) the body's field (مديرية الأمن في
// منطقة «أسان يورط», مديرية الزراعة بمكة): neither is read so.
func Placed(lex *arabic.Segmenter, toks []news.Token, i, j, end int, word string) bool {
	lx := lexicon.Default()
	bare, ok := arabic.CutArticle(word)
	if !ok || !arabic.AtLeastRunes(bare, 3) || shape.Ordinal(arabic.SearchKey(word)) {
		return false
	}
	if info, known := lex.Lookup(word); known && info.Function {
		return false
	}
	if b, known := lex.Lookup(bare); known && b.Function {
		return false
	}
	if _, cl := lexicon.StemOf(&toks[j]); cl.Prep == "ب" || cl.Prep == "ل" || cl.Pronoun != "" || shape.HeadWord(lx, &toks[j]) != nil {
		return false
	}
	w := shape.HeadWord(lx, &toks[i])
	if w.Has("place-head-plural") || w.Has("org-cue") || shape.StartsWithWaw(toks[i]) && known(lex, toks[i].Norm) {
		// وحي القلم: وحي is "revelation", no و and حي; مديرية الأمن في
		// منطقة, a body's head: its genitive is the body's field.
		return false
	}
	if w.Has("place-head-named") {
		return true
	}
	return Within(toks, j+1, end)
}

// Within reports whether the words at token k set what stands before them
// in a larger place: ب or في and a place's head, with or without the
// article (بمديرية, في محافظة, بالمحافظة), a word of belonging and ل with
// one (التابعة لقضاء), an indefinite point of the compass (جنوب, شمالي), or
// after a comma a noun of the lexicon's class seat and a place's head
// (، عاصمة محافظة).
func Within(toks []news.Token, k, end int) bool {
	lx := lexicon.Default()
	if k+2 < end && toks[k].Kind == news.Punctuation && (toks[k].Text == "،" || toks[k].Text == ",") && toks[k+1].Kind == news.Word && toks[k+2].Kind == news.Word {
		// In apposition, the seat of a larger place: مدينة الحوطة، عاصمة
		// محافظة لحج.
		s, c := lexicon.StemOf(&toks[k+1])
		h, hc := lexicon.StemOf(&toks[k+2])
		return c.Prep == "" && !shape.StartsWithWaw(toks[k+1]) && lx.Has(s, "seat") && hc.Prep == "" && placeHead(lx, h)
	}
	if k >= end || toks[k].Kind != news.Word || shape.StartsWithWaw(toks[k]) {
		return false
	}
	stem, cl := lexicon.StemOf(&toks[k])
	switch {
	case lx.Has(stem, "quarter"):
		return true
	case cl.Prep == "ب":
		return placeHead(lx, stem)
	case stem == "في" && k+1 < end && toks[k+1].Kind == news.Word:
		s, c := lexicon.StemOf(&toks[k+1])
		return c.Prep == "" && placeHead(lx, s)
	case lx.Has(stem, "belonging") && k+1 < end && toks[k+1].Kind == news.Word:
		s, c := lexicon.StemOf(&toks[k+1])
		return c.Prep == "ل" && placeHead(lx, s)
	}
	return false
}

// placeHead reports whether a stem, with or without the article, is a
// noun of settlement or district that heads a place's name (محافظة,
// المحافظة, مديرية).
func placeHead(lx *lexicon.Lexicon, stem string) bool {
	if bare, ok := arabic.CutArticle(stem); ok {
		stem = bare
	}
	return lx.Has(stem, "place-head")
}

// known reports whether the lexicon knows a word as a dictionary word.
func known(lex *arabic.Segmenter, word string) bool {
	info, ok := lex.Lookup(word)
	return ok && info.Stem
}

// Compound reports whether an indefinite dictionary word at token j after
// a place's head begins a name of two words with the next, a word that is
// no dictionary word: the common noun of a spring, a stream or a junction
// that opens many places' names (منطقة عين كاوة, مديرية غيل باوزير,
// مناطق عقدة سرمن), in construct with a proper name. A word with a clitic
// on it, an adjective's shape (حي سكني) or a plural's (منطقة عمليات) opens
// none, nor does a function word; the second word carries no و, no
// preposition and no ending of a common word (Inflected: مدن تمطر دما).
func Compound(lex *arabic.Segmenter, toks []news.Token, j, end int) bool {
	if j+1 >= end || toks[j].Kind != news.Word || toks[j+1].Kind != news.Word || arabic.Definite(toks[j].Norm) {
		return false
	}
	word := toks[j].Norm
	info, ok := lex.Lookup(word)
	if !ok || !info.Stem || info.Function || info.Name || !arabic.AtLeastRunes(word, 3) || Inflected(lex, word) || shape.Relational(arabic.SearchKey(word)) {
		return false
	}
	if _, cl := lexicon.StemOf(&toks[j]); cl.Prep != "" || cl.Pronoun != "" || shape.StartsWithWaw(toks[j]) || shape.HeadWord(lexicon.Default(), &toks[j]) != nil {
		return false
	}
	next := toks[j+1]
	if _, known := lex.Lookup(next.Norm); known || arabic.Definite(next.Norm) || shape.StartsWithWaw(next) || shape.HasPrepClitic(next) || !arabic.AtLeastRunes(next.Norm, 3) {
		return false
	}
	if Inflected(lex, next.Norm) {
		return false // مدن تمطر دما: the accusative of دم
	}
	if rest, ok := strings.CutPrefix(next.Norm, string(arabic.Lam)); ok && known(lex, rest) {
		return false // منطقة جذب لهواة: ل and a word the segmenter left on it
	}
	_, cl := lexicon.StemOf(&next)
	return cl.Pronoun == "" && !cl.Future
}
