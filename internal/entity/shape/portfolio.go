package shape

import (
	"rasad/internal/arabic"
	"strings"
	"unicode"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Portfolio returns the last word of a body's name that the word at token
// i heads by its portfolio, or -1: a head of the lexicon's class
// portfolio-head (وزارة, هيئة, جمعية), without the article, followed by one
// definite word with no proclitic, its portfolio, or by an indefinite noun
// in construct and that definite word (هيئة شؤون الإعلام, هيئة كبار
// العلماء), and then by no mention nor other definite word that may
// qualify it (unqualifying: جددت وزارة الصحة التأكيد ends at الصحة) (at[k] is
// non-zero where a mention covers token k; field reports whether a word
// may continue a body's name): وزارة الصحة, وزارة الداخلية, جمعية الوفاق,
// the way news names its own country's bodies. Not وزارة الخدمة المدنية (a
// portfolio of two definite words), nor سفارة المملكة (an embassy is named
// by its country, not a portfolio), nor one whose portfolios go on after و
// (وزارة الاتصالات وتقنية المعلومات), nor a head with a pronoun (وزارتك,
// "your ministry").
func Portfolio(toks []news.Token, at []int, i, end int, field func(news.Token) bool) int {
	j := i + 1
	if w, _ := lexicon.Default().Stem(&toks[i]); j >= end || !w.Has("portfolio-head") || lexicon.Definite(&toks[i]) {
		return -1
	}
	if _, cl := lexicon.StemOf(&toks[i]); cl.Pronoun != "" {
		return -1 // وزارتك المحنكة: "your ministry"
	}
	if construct(toks, at, j) && j+1 < end {
		j++ // هيئة شؤون الإعلام
	}
	if _, cl := lexicon.StemOf(&toks[j]); cl.Prep != "" || cl.Conj != "" || at[j] != 0 || !lexicon.Definite(&toks[j]) || !field(toks[j]) {
		return -1
	}
	next := j + 1
	if next >= end || toks[next].Kind != news.Word || HasPrepClitic(toks[next]) {
		return j
	}
	if _, cl := lexicon.StemOf(&toks[next]); cl.Conj != "" {
		// A second portfolio in an idafa (وزارة الأشغال وشؤون البلديات)
		// goes on the name; a body joined (وزارة العمل وصندوق التنمية), a
		// verb or an adverb (وقامت بدورها, وضمن فعاليات) begins another phrase.
		w, _ := lexicon.Default().AfterConjunction(&toks[next])
		k := next + 1
		if w.Has("org-cue") || lexicon.Definite(&toks[next]) || k >= end || toks[k].Kind != news.Word || !lexicon.Definite(&toks[k]) || HasPrepClitic(toks[k]) {
			return j
		}
		return -1
	}
	if at[next] == 0 && (!lexicon.Definite(&toks[next]) || unqualifying(toks[j], toks[next])) {
		return j
	}
	return -1
}

// unqualifying reports whether the definite word next, after a body's
// portfolio, can qualify neither the portfolio nor the head: a title
// before a name (the lexicon's class title: وزارة الصحة الدكتور ...), or,
// after a feminine portfolio (ending in ة), a word not feminine in form
// (ending in none of ة, ى, ا), which agrees with neither the head (وزارة,
// هيئة, جمعية are feminine) nor the portfolio; nor can a definite
// portfolio head a genitive: جددت وزارة الصحة التأكيد, the verb's object.
func unqualifying(portfolio, next news.Token) bool {
	if w, _ := lexicon.Default().Stem(&next); w.Has("title") {
		return true
	}
	feminine := func(t news.Token) bool {
		r := []rune(strings.TrimRightFunc(t.Text, func(c rune) bool { return unicode.Is(unicode.Mn, c) || c == arabic.Tatweel }))
		if len(r) == 0 {
			return false
		}
		switch r[len(r)-1] {
		case arabic.TehMarbuta, arabic.AlefMaksura, arabic.Alef:
			return true
		}
		return false
	}
	_, cl := lexicon.StemOf(&next)
	return feminine(portfolio) && !feminine(next) && cl == (lexicon.Clitics{})
}

// construct reports whether token j is an indefinite noun in construct
// inside a body's portfolio (شؤون of هيئة شؤون الإعلام): a word with no
// clitic, no mention, and no case ending of an indefinite noun.
func construct(toks []news.Token, at []int, j int) bool {
	_, cl := lexicon.StemOf(&toks[j])
	return toks[j].Kind == news.Word && at[j] == 0 && cl == (lexicon.Clitics{}) && !lexicon.Definite(&toks[j]) &&
		!strings.ContainsAny(toks[j].Text, "\u064B\u064C\u064D") && !HasPrepClitic(toks[j])
}
