package sense

import "rasad/internal/news"

// otherObject reports whether the act word at k, of lemma l, takes as its
// object (the word after it) one that gives it another sense than the act
// its pattern codes: خطف (abduct) with a player or a prize is a club's
// signing or a snatch in a game (تسعى لخطف اللاعب, خطف الفوز); ضبط
// (apprehend) with an order, a measure or a self is to keep or regulate
// it (مهمتها ضبط الأمن الداخلي, ضبط الأسعار, ضبط النفس), no arrest; إدانة
// (condemnation) with a charge is a conviction (لإدانته بتهمة السرقة);
// دعوة to a wedding or a banquet (ودعوته إلى مناسبات زفافهم) a courtesy.
func otherObject(toks []news.Token, k int, l string) bool {
	next := tok(toks, k+1)
	return words["abduct"][l] && (is("squad", next) || is("prize", next)) ||
		words["apprehend"][l] && is("order", next) ||
		words["convict"][l] && is("indictment", next) ||
		words["mission"][l] && follows(toks, k, 3, "feast")
}
