package sense

import (
	"strings"

	"rasad/internal/news"
)

// Formula reports whether the event word at k, of lemma l, is a fixed
// phrase of news that names no act (data/senses.txt: disclose, nameof,
// goods, visa, locale):
//
//   - the formula of anonymity: a word of asking or refusing before a
//     word of disclosing and one's own name or identity (المسؤول الذي طلب
//     عدم الكشف عن هويته, رفض الكشف عن اسمه) tells how a source is
//     quoted, no request and no rejection;
//   - a noun of request (not the bare past, طلب كبير المفاوضين) right
//     before a word of its size (تشهد طلبا متزايدا), or with the article
//     and a word of the market within three words of it in its clause
//     (ارتفاع الأسعار وزيادة الطلب), is demand for goods;
//   - a noun of visit after a noun of visa (تأشيرة الزيارة) names the
//     visa, and a definite one after a noun of settlement (في منطقة
//     الزيارة, بلدة الزيارة) a place.
func Formula(toks []news.Token, k int, l string, verb bool) bool {
	switch {
	case anonymous(toks, k):
		return true
	case words["ask"][l]:
		w := strings.TrimPrefix(toks[k].Norm, "و")
		return w != l && is("amount", tok(toks, k+1)) || strings.Contains(w, article) && near(toks, k, 3, "goods")
	case !verb && words["visit"][l]:
		return is("visa", tok(toks, k-1)) || strings.HasPrefix(toks[k].Norm, article) && is("locale", tok(toks, k-1))
	}
	return false
}

// anonymous reports whether the words after k are عدم, a word of
// disclosing, عن and one's name or identity, عدم and عن each optional
// (طلب عدم الكشف عن هويته, رفض الكشف عن اسمه, فضل عدم ذكر اسمه).
func anonymous(toks []news.Token, k int) bool {
	j := k + 1
	if word(toks, j) == "عدم" {
		j++
	}
	if !is("disclose", tok(toks, j)) {
		return false
	}
	j++
	if word(toks, j) == "عن" {
		j++
	}
	return is("nameof", tok(toks, j))
}

// near reports whether a word of class c stands within n words of k on
// either side, in k's clause (no punctuation between).
func near(toks []news.Token, k, n int, c string) bool {
	return follows(toks, k, n, c) || inClause(toks, k, n, func(j int) bool { return is(c, &toks[j]) })
}
