package frame

import "rasad/internal/event/morph"

// DualSubject returns the phrase of the first of two singular nisbas
// joined by و that describe a definite dual noun opening the clause just
// before the verb at k (إن القيادتين الصينية والتركية اتفقتا, الحكومتان
// السعودية والمصرية تبحثان): each nisba qualifies one of the dual's two
// holders, so the two are the verb's subject, the phrase and its
// conjunct; l is the token before the clause. The verb must agree in the
// dual (agrees): a singular verb has another subject, the dual being its
// topic or object (أن السياستين السعودية والفرنسية تجمعهما رغبة). Plural
// nisbas (المسؤولين السعوديين والمصريين) describe one group, and an actor
// noun as head (الرئيسين) is the chunker's. It returns -1 if there is no
// such dual.
func DualSubject(s Sentence, k, l int, agrees bool) int {
	a, _ := s.Span()
	d := k - 3
	if !agrees || d < a || d > a && d != l+1 && !s.Token(d-1).Bound {
		return -1
	}
	x, p, q := s.Token(d), s.Token(d+1), s.Token(d+2)
	if !x.Definite || x.Place != "" || x.Phrase != 0 || !morph.DualShape(x.Word) {
		return -1
	}
	if !p.Definite || p.Place == "" || !morph.SingularNisba(p.Plain) || !q.And || !q.Definite || q.Place == "" || q.Place == p.Place || !morph.SingularNisba(q.Plain) {
		return -1
	}
	pi, qi := PhraseAt(s, d+1), PhraseAt(s, d+2)
	if pi < 0 || qi != pi+1 || !s.Phrase(qi).Coord || s.Phrase(pi).Prep != "" {
		return -1
	}
	return pi
}

// Parties returns the two sides of the mutual act at k named after بين as
// Sides does, or, where بين is followed by the definite dual of a title
// (see TitleDual) and then its two holders, each with the nisba of his
// country, the holders (اتصال هاتفي جرى بين الرئيسين التركي رجب طيب
// أردوغان والأمريكي باراك أوباما: Erdoğan and Obama).
func Parties(s Sentence, k, r int, title func(string) bool) (first, second int) {
	if first, second = Sides(s, k, r); first >= 0 {
		return first, second
	}
	for j := k + 1; j+2 < r && j <= k+3; j++ {
		x := s.Token(j)
		if x.IsPrep && x.Word == "بين" && TitleDual(s, j+1, title) && s.Token(j+2).Place != "" {
			return sides(s, PhraseAt(s, j+2))
		}
		if x.Bound || x.IsPrep || x.Prep != "" || x.Event || x.Phrase != 0 || x.Quote || x.Number {
			break
		}
	}
	return -1, -1
}
