package frame

import (
	"strings"

	"rasad/internal/event/morph"
)

// TitleDual reports whether the token at j is a definite dual of a title
// noun (الرئيسان, الوزيرين, الزعيمان): the two holders of that title whom
// the text has just named, not a third party (واتفق الرئيسان after اتصل
// الرئيس الأميركي بنظيره الصيني). title tells whether a singular word is a
// title noun; the dual is the singular with ان or ين, at least three
// letters before the ending.
func TitleDual(s Sentence, j int, title func(string) bool) bool {
	if a, b := s.Span(); j < a || j >= b {
		return false
	}
	x := s.Token(j)
	if !x.Definite || x.Place != "" || x.Actor != 0 || !morph.DualShape(x.Word) {
		return false
	}
	w := []rune(x.Word)
	return title(string(w[:len(w)-2]))
}

// counterpart tells whether a word is «نظير», a person of the same office
// in another state, with the pronoun of one person or two (نظيره,
// نظيرتها, نظيرهما): the masculine, or the feminine whose ة is written ت
// before the pronoun.
func counterpart(w string) bool {
	w, ok := strings.CutPrefix(w, "نظير")
	w = strings.TrimPrefix(w, "ت")
	return ok && (w == "ه" || w == "ها" || w == "هما")
}

// Counterpart returns the phrase of the counterpart X that a verb at k
// takes as its object right after it (والتقى نظيره يوسف بن علوي, استقبلت
// نظيرتها الألمانية أنغيلا ميركل): «نظيره» is his counterpart, so the one
// whose counterpart X is, the pronoun's owner, is the verb's subject,
// dropped or named before; X, named after the word and its nisba, is not.
// The phrase must hold a named person and no object phrase follow it: with
// one, «نظيره X» is the verb's subject (ويزور نظيره الفرنسي لوران فابيوس
// إيران: Fabius visits Iran). It returns -1 if there is no such phrase.
func Counterpart(s Sentence, k int) int {
	_, b := s.Span()
	if k+2 >= b {
		return -1
	}
	if x := s.Token(k + 1); !x.Suffix || x.Definite || x.Prep != "" || x.IsPrep || !counterpart(x.Word) {
		return -1
	}
	pi := -1
	for j := k + 1; j < b && j <= k+3 && pi < 0; j++ {
		x := s.Token(j)
		if q := x.Phrase - 1; q >= 0 && s.Phrase(q).Start > k {
			pi = q // (the phrase may open at the word, at its nisba or at the name)
		} else if j > k+1 && (!x.Definite || x.Place == "") {
			break
		}
	}
	if pi < 0 || s.Phrase(pi).Prep != "" || !s.Phrase(pi).PersonIn {
		return -1
	}
	if o := PhraseAt(s, s.Phrase(pi).End); o >= 0 && s.Phrase(o).Prep == "" && !s.Phrase(o).Coord {
		return -1 // ويزور نظيره الفرنسي لوران فابيوس إيران: an object follows, so the counterpart is the subject
	}
	return pi
}

// CounterpartName returns the index in the document's entities of the
// name X of Counterpart's phrase, past the word and a nisba that names X's
// country (نظيره الروسي سيرغي لافروف: Lavrov), -1 if there is none.
func CounterpartName(s Sentence, k int) int {
	pi := Counterpart(s, k)
	if pi < 0 {
		return -1
	}
	for j := max(k+2, s.Phrase(pi).Start); j < s.Phrase(pi).End; j++ {
		if x := s.Token(j); x.Actor > 0 && x.Place == "" {
			return x.Actor - 1
		}
	}
	return -1
}
