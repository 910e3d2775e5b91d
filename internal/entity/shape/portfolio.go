package shape

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Portfolio reports whether the word at token i is a head of the lexicon's
// class portfolio-head (وزارة), without the article, followed by one
// definite word with no proclitic, its portfolio, and then by no other
// definite word nor mention (at[k] is non-zero where a mention covers
// token k; field reports whether a word may continue a body's name):
// وزارة الصحة, وزارة الداخلية, the way news names its own country's
// ministries. Not وزارة الخدمة المدنية (a portfolio of two words), nor
// سفارة المملكة (an embassy is named by its country, not a portfolio),
// nor one whose portfolios go on after و (وزارة الاتصالات وتقنية
// المعلومات), nor a head with a pronoun (وزارتك, "your ministry").
func Portfolio(toks []news.Token, at []int, i, end int, field func(news.Token) bool) bool {
	j, next := i+1, i+2
	if w, _ := lexicon.Default().Stem(&toks[i]); j >= end || !w.Has("portfolio-head") || lexicon.Definite(&toks[i]) {
		return false
	}
	if _, cl := lexicon.StemOf(&toks[i]); cl.Pronoun != "" {
		return false // وزارتك المحنكة: "your ministry"
	}
	if _, cl := lexicon.StemOf(&toks[j]); cl.Prep != "" || cl.Conj != "" || at[j] != 0 || !lexicon.Definite(&toks[j]) || !field(toks[j]) {
		return false
	}
	if next >= end || toks[next].Kind != news.Word || HasPrepClitic(toks[next]) {
		return true
	}
	if _, cl := lexicon.StemOf(&toks[next]); cl.Conj != "" {
		// A second portfolio in an idafa (وزارة الأشغال وشؤون البلديات)
		// goes on the name; a body joined (وزارة العمل وصندوق التنمية), a
		// verb or an adverb (وقامت بدورها, وضمن فعاليات) begins another phrase.
		w, _ := lexicon.Default().AfterConjunction(&toks[next])
		k := next + 1
		return w.Has("org-cue") || lexicon.Definite(&toks[next]) || k >= end || toks[k].Kind != news.Word || !lexicon.Definite(&toks[k]) || HasPrepClitic(toks[k])
	}
	return at[next] == 0 && !lexicon.Definite(&toks[next])
}
