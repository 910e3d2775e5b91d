package frame

// Membership returns the named group that the words from j tie persons
// counted before them to by a word of belonging and إلى (lexicon class
// membership: ينتمون إلى حزب العمال, يشتبه بانتمائهم إلى داعش, بتهمة
// الانتماء إلى التنظيم): they are its members, and an act on them is on
// it. At most two words (يشتبه, بتهمة) come before the word of belonging,
// none of them a bound, a quotation mark, an actor or an act. It returns
// -1 if there is no such group.
func Membership(s Sentence, j, r int) int {
	for m := j; m+2 < r && m <= j+2; m++ {
		x := s.Token(m)
		if x.Bound || x.Quote || x.Phrase != 0 || x.Event {
			return -1
		}
		if !classed(x, "membership") {
			continue
		}
		if y := s.Token(m + 1); !y.IsPrep || y.Word != "الي" { // إلى, as normalised
			return -1
		}
		if pi := PhraseAt(s, m+2); pi >= 0 && s.Phrase(pi).Named {
			return pi
		}
		return -1
	}
	return -1
}
