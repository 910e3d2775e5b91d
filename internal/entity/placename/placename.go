// Package placename tells whether a word after a place's head noun is the
// place's name, as Arabic news writes a small place in apposition to the
// noun of settlement, district or site that introduces it (قرية كنصفرة,
// ولاية قارص, قاعدة العند, منفذ الطوال): no function word, no adjective
// (قرية صغيرة, جسر جوي), no definite common noun (منطقة الحدود, منفذ
// الهجوم), and after a head that qualifies common nouns as often (a loose
// head: منطقة, مطار, قاعدة) no dictionary word at all (قاعدة بيانات).
// A tribal district is named by its clan, «البو» and the clan's
// name (منطقة البو فراج): the two words are one name. A definite common
// word is a name after a quarter's, a governorate's or a town's head (حي
// الروضة, محافظة الوجه) or where a larger place follows it (منطقة العروق
// بمديرية الشرية: Placed), and a common noun and a word that is no word
// are one name (عين كاوة: Compound). Package entity reads the places of an
// article with it.
package placename

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/locate"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Word reports whether a word after a place's head noun may be its
// name: no function word, no word with a preposition or a pronoun on it
// (مخيمات للتدريب, معسكر فريقه), no head noun itself, no definite common
// noun (منطقة الحدود, مدينة الشمس), no indefinite word of an adjective's
// shape (Adjective: مدينة جنوبية, حي سكني), after a loose head no dictionary word
// (مخيمات تدريب) and after a plural one no feminine word, its adjective
// (مناطق مختلفة); after a strict head an indefinite dictionary word not
// ending in ة is a name (ولاية قارص). A function word with the article
// (العند) is a name, as a particle takes none; the first word of a clan's
// name (البو) is one.
func Word(lex *arabic.Segmenter, tok news.Token, word string, loose, plural bool) bool {
	if Clan(word) {
		return true
	}
	if !arabic.AtLeastRunes(word, 3) || shape.Ordinal(arabic.SearchKey(word)) {
		return false // لولاية خامسة: a term of office
	}
	// ك is left on: the segmenter takes it off a name it does not know
	// (كنصفرة, كفريا).
	if _, cl := lexicon.StemOf(&tok); cl.Prep == "ب" || cl.Prep == "ل" || cl.Pronoun != "" || shape.HeadWord(lexicon.Default(), &tok) != nil {
		return false // للتدريب, فريقه, منه; قرى جبل صبر: جبل heads the name
	}
	info, known := lex.Lookup(word)
	if known && info.Function {
		return false
	}
	// إل is no article (إليزاغ), though it is written ال once normalised.
	if bare, ok := arabic.CutArticle(word); ok && !strings.HasPrefix(lexicon.TextAfterConjunction(&tok), "إ") {
		if known && !info.Name {
			return false
		}
		b, ok := lex.Lookup(bare)
		// A particle takes no article: ال on one makes a name (قاعدة العند,
		// not "the at").
		return !ok || !b.Stem || b.Function || !loose && b.Name
	}
	teh := strings.HasSuffix(word, string(arabic.TehMarbuta))
	if Adjective(lex, word) || teh && plural && loose {
		return false
	}
	if !known || !info.Stem || info.Name {
		return true
	}
	return !loose && !teh
}

// Resumptive reports whether a word is a preposition carrying a pronoun
// (عليها, فيها, منه): after an indefinite head it resumes the head in a
// relative clause, so the word between is its verb, not the head's name
// (قرية يسيطر عليها تنظيم داعش, "a village that ISIS controls"); a
// village with a name is definite and would take التي.
func Resumptive(lex *arabic.Segmenter, tok news.Token) bool {
	stem, cl := lexicon.StemOf(&tok)
	if tok.Kind != news.Word || cl.Pronoun == "" {
		return false
	}
	info, ok := lex.Lookup(stem)
	return ok && info.Function
}

// Clan reports whether a word opens the name of a clan and of the
// district it holds (the lexicon's class clan: البو, "the sons of", in
// البو فراج, البو عيثة): the word and the next are one name.
func Clan(word string) bool {
	return lexicon.Default().Has(lexicon.Key(word), "clan")
}

// ClanName returns the last token of the clan's name that begins at token
// j (البو فراج: the token after البو), or j where the word at j opens none
// or nothing fit follows it before end.
func ClanName(toks []news.Token, j, end int) int {
	if !Clan(toks[j].Norm) || j+1 >= end || toks[j+1].Kind != news.Word || shape.StartsWithWaw(toks[j+1]) || shape.HasPrepClitic(toks[j+1]) {
		return j
	}
	return j + 1
}

// Common reports whether the word after a site's head (a loose one: قاعدة,
// منفذ, تبة) makes a common phrase with it, no name: an indefinite word
// in ة after a head in ة is the head's adjective, agreeing with it
// (قاعدة محصنة, تبة مطلة), and an indefinite sound feminine plural is a
// noun the head governs (منفذ جوازات, قاعدة بيانات): a place's name of
// that shape takes the article (الخيرات).
func Common(head, word news.Token) bool {
	hs, _ := lexicon.StemOf(&head)
	ws, _ := lexicon.StemOf(&word)
	if arabic.Definite(ws) {
		return false
	}
	teh := string(arabic.TehMarbuta)
	return strings.HasSuffix(hs, teh) && strings.HasSuffix(ws, teh) || strings.HasSuffix(ws, string(arabic.Alef)+string(arabic.Teh))
}

// CommonWord reports whether a one-word name is also a common word: a
// function word (حتى), a dictionary word that is no name (لي, سلام) or a
// month name (رمضان, which the segmenter's dictionary knows as a name).
func CommonWord(lex *arabic.Segmenter, word string) bool {
	info, ok := lex.Lookup(word)
	return ok && (info.Function || info.Stem && !info.Name) || lexicon.Default().Has(lexicon.Key(word), "month")
}

// DictionaryWord reports whether a word, or the word without its article,
// is a dictionary word that is no name (حضر, المدينة).
func DictionaryWord(lex *arabic.Segmenter, word string) bool {
	if CommonWord(lex, word) {
		return true
	}
	if bare, ok := arabic.CutArticle(word); ok {
		return CommonWord(lex, bare)
	}
	return false
}

// Foreign reports whether a word goes on the foreign name of several
// words before it (ملعب أليانز أرينا): no dictionary or function word,
// no ب, ل, س or pronoun on it (قاعدة تيرجاران ستسمح لهم, مطار ماريشال
// كونها), no و, and no nisba, the name's adjective (منفذ طريبيل الحدودي,
// قاعدة العند الجوية). ك is left on, as the segmenter may take it off a
// foreign name.
func Foreign(lex *arabic.Segmenter, tok news.Token) bool {
	if tok.Kind != news.Word || DictionaryWord(lex, tok.Norm) || shape.StartsWithWaw(tok) || shape.Relational(arabic.SearchKey(tok.Norm)) {
		return false
	}
	_, cl := lexicon.StemOf(&tok)
	return !shape.HasPrepClitic(tok) && !cl.Future && cl.Pronoun == ""
}

// Inflected reports whether a word bears an ending that a common word
// takes and a small place's name hardly ever does, so that it is no new
// name in a list of places: the sound masculine plural of people or of a
// verb (الفنانون, يفتقدون), an indefinite sound feminine plural (جامعات),
// or the accusative's alef on a dictionary word (قرارا, طامحا).
func Inflected(lex *arabic.Segmenter, word string) bool {
	const alef = string(arabic.Alef)
	if strings.HasSuffix(word, string(arabic.Waw)+string(arabic.Noon)) {
		return true
	}
	if arabic.Definite(word) {
		return false
	}
	if strings.HasSuffix(word, alef+string(arabic.Teh)) {
		return true
	}
	if stem, ok := strings.CutSuffix(word, alef); ok {
		info, known := lex.Lookup(stem)
		return known && info.Stem
	}
	return false
}

// Listed reports whether the word at token i, joined by و or a comma to a
// known place before it in a list, may name another place, and where its
// name begins (after the و): a word that ends its phrase as a name does
// (locate.Cued, known telling the places the gazetteer knows: not في
// القاهرة واستمرت المظاهرات), that could name a place after a loose head
// (Word: no dictionary word, no pronoun, no adjective), that opens no
// clan's name and that bears no ending of a common word (Inflected:
// قرارا, جامعات, الفنانون).
func Listed(lex *arabic.Segmenter, toks []news.Token, i int, known func(j int) bool) (int, bool) {
	word, start := toks[i].Norm, toks[i].Start
	if shape.StartsWithWaw(toks[i]) {
		word, start = shape.AfterWaw(toks[i])
	}
	ok := Word(lex, toks[i], word, true, false) && !Clan(word) && !Inflected(lex, word) && locate.Cued(toks, i, i, known)
	return start, ok
}

// Adjective reports whether an indefinite word has a nisba adjective's
// shape: ية (مدينة جنوبية, منطقة نائية), or ي on a word the lexicon knows
// (حي سكني, مقر رئيسي). A name in ي on a stem that is no word is the
// place's (محور بوعطني, قرية باشكوي, منطقة موليزي).
func Adjective(lex *arabic.Segmenter, word string) bool {
	if strings.HasSuffix(word, string(arabic.Yeh)+string(arabic.TehMarbuta)) {
		return true
	}
	stem, ok := strings.CutSuffix(word, string(arabic.Yeh))
	if !ok {
		return false
	}
	_, known := lex.Lookup(word)
	_, base := lex.Lookup(stem)
	_, fem := lex.Lookup(stem + string(arabic.TehMarbuta))
	return known || base || fem
}
