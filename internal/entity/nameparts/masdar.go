package nameparts

import (
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// governingMasdar reports whether token j is a definite verbal noun
// (masdar) of a derived form that governs what follows it through a
// preposition (رغبة زيكو الترشح لرئاسة الفيفا, قرر أحمد الانسحاب من
// السباق): such a word continues the clause of the name before it, and is
// no family name. The forms are read from the word's shape, the article
// off: تفعّل (الترشح, التقدم: ت and three letters), تفاعل (التعاون, ت
// and four letters with alef second), افتعال and انفعال (الانسحاب,
// الاجتماع: alef first and fifth, six letters) and استفعال (الاستمرار).
// A family name of these shapes followed by a preposition is rarer than
// the masdar; one without the preposition is left to the name.
func governingMasdar(toks []news.Token, j int, function func(string) bool) bool {
	if j+1 >= len(toks) || toks[j].Kind != news.Word || toks[j+1].Kind != news.Word {
		return false
	}
	if next := toks[j+1]; !shape.HasPrepClitic(next) && !function(next.Norm) {
		return false
	}
	stem, _ := lexicon.StemOf(&toks[j])
	bare, ok := arabic.CutArticle(arabic.SearchKey(stem))
	if !ok {
		return false
	}
	return masdarShape([]rune(bare))
}

// masdarShape reports whether w, without its article, has the shape of
// a masdar of derived forms V, VI, VII, VIII or X (see governingMasdar).
func masdarShape(w []rune) bool {
	switch {
	case len(w) == 4 && w[0] == arabic.Teh: // تفعّل
		return w[3] != arabic.Yeh
	case len(w) == 5 && w[0] == arabic.Teh && w[2] == arabic.Alef: // تفاعل
		return true
	case len(w) == 6 && w[0] == arabic.Alef && w[4] == arabic.Alef: // افتعال, انفعال
		return true
	case len(w) == 7 && w[0] == arabic.Alef && w[1] == arabic.Seen && w[2] == arabic.Teh && w[5] == arabic.Alef: // استفعال
		return true
	}
	return false
}
