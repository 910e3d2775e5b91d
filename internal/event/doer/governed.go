package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
)

// article is the definite article ال, as Normalize writes it.
const article = string(arabic.Alef) + string(arabic.Lam)

// SharedPrep returns the preposition that governs the one word before the
// conjunct at k when no actor phrase holds that word: a conjunct shares
// the preposition of the noun it is joined to (هي من المملكة والإمارات,
// بالمملكة والإمارات), though the coder does not know that noun as an
// actor; "" if none.
func SharedPrep(s frame.Sentence, k int) string {
	a, _ := s.Span()
	w := k - 1
	if w <= a {
		return ""
	}
	t := s.Token(w)
	if t.Phrase != 0 || t.Bound || t.IsPrep || t.Event || t.Quote {
		return ""
	}
	n := t.Plain
	if p := t.Prep; p != "" && (strings.HasPrefix(n, p+article) || p == string(arabic.Lam) && strings.HasPrefix(n, string(arabic.Lam)+string(arabic.Lam))) {
		return p
	}
	if b := s.Token(w - 1); b.IsPrep && strings.HasPrefix(n, article) {
		return b.Prep
	}
	return ""
}

// Governor returns the preposition written as a word that governs the
// phrase opening at k: right before it, or before the quotation mark that
// opens a name (لـ«الشرق الأوسط», بـ"داعش": the newspaper told, the group
// named); -1 if none. The name after it is no subject: a newspaper told a
// statement neither says nor does what the statement reports.
func Governor(s frame.Sentence, k int) int {
	a, _ := s.Span()
	j := k - 1
	if j > a && s.Token(j).Quote {
		j--
	}
	if j >= a && s.Token(j).IsPrep {
		return j
	}
	return -1
}
