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
// الاجتماع) and استفعال (الاستمرار): arabic.MasdarForm's 5 to 10.
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
	return arabic.MasdarForm(bare) >= 5 // تفعّل, تفاعل, انفعال, افتعال, استفعال
}
