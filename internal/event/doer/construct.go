package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// OwnedByBetween reports whether the actor phrase pi, after the act word
// at k, is the genitive of another noun that stands between them, and so
// no argument of the act: a noun in the construct state takes the phrase
// right after it as its genitive. The noun between is a verbal noun (the
// act's object, whose genitive is its own doer or object: رفض استخدام
// الجيش لأراضي الإقليم, the army would use them, it rejects nothing:
// an act word of the lexicon or a derived form's shape) or a
// noun of a matter (lexicon class matter: بحث موضوع القضية الفلسطينية,
// Palestine is the matter discussed). Words of the day, commas and
// adverbs with the alef of the accusative (مجددا, رسميا) stand aside;
// any other word between leaves the phrase to the rules that follow
// (زيارة صاحب السمو الأمير: a title's words; صادرت بلدية المحافظة: the
// municipality is the subject, the place stands for it).
func OwnedByBetween(s frame.Sentence, k, pi int) bool {
	ph := s.Phrase(pi)
	if ph.Prep != "" || ph.Start <= k+1 {
		return false
	}
	for j := k + 1; j < ph.Start; j++ {
		x := s.Token(j)
		if x.Cue == vocab.CueRecent || vocab.Comma(x.Norm) || x.Quote || strings.HasSuffix(x.Word, string(arabic.Alef)) {
			continue
		}
		return constructAct(x)
	}
	return false
}

// constructAct reports whether x may be a verbal noun or a noun of a
// matter in the construct state: bare, without the article or a pronoun,
// and not joined by و (القصف وهجوم الجيش: a second act, the army's).
func constructAct(x frame.Token) bool {
	return frame.Bare(x) && !x.Definite && !x.Suffix && !x.And && (x.Event || derivedMasdar(x.Word) || lexicon.Default().Has(x.Word, "matter"))
}

// SecondObject reports whether the word at k, which carries an enclitic
// pronoun, is followed by a verbal noun in construct with an actor
// (OwnedByBetween): read as a verb, its pronoun would be its object and
// the noun a second one, which a verb of one object does not take; so it
// is the verbal noun with a possessive pronoun (أعلنت الحكومة رفضها
// استخدام الجيش للمعابر: her rejection of the army's use, not "she
// rejected it").
func SecondObject(s frame.Sentence, k int) bool {
	_, b := s.Span()
	if !s.Token(k).Suffix || k+2 >= b || !constructAct(s.Token(k+1)) {
		return false
	}
	pi := frame.PhraseAt(s, k+2)
	return pi >= 0 && OwnedByBetween(s, k, pi)
}

// derivedMasdar reports whether w, without its article, has the shape of
// the verbal noun of a derived form, which names an act and no body:
// استفعال (استخدام), افتعال (اعتقال), انفعال (انسحاب), تفعيل (تدمير). The
// bare forms (فعل, إفعال) share their shapes with plurals and names of
// people (أعضاء), so only the lexicon's act words stand for them; تفعّل and
// تفاعل are left out as they were when the rule was measured.
func derivedMasdar(w string) bool {
	switch arabic.MasdarForm(w) {
	case 2, 7, 8, 10:
		return true
	}
	return false
}
