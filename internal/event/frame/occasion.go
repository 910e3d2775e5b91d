package frame

// Occasion reports whether the event noun at k, written with a pronoun
// of its possessor, names the occasion of what the sentence refers back
// to with جاء ذلك, "that came": جاء ذلك في تصريح صحافي لدى وصوله القاهرة,
// جاء ذلك خلال زيارته المستشفى. The pronoun then stands for the one whose
// words or acts ذلك refers to, the subject of the act last reported, not
// the noun written last before it (وأشاد بالعلاقات اليمنية المصرية، جاء
// ذلك ... لدى وصوله: the Yemeni who praised, not Egypt). جاء and ذلك come
// within eight words before k, with no bound, verb or quotation mark
// between them and k.
func Occasion(s Sentence, k int) bool {
	a, _ := s.Span()
	for j := k - 1; j > a && j >= k-8; j-- {
		x := s.Token(j)
		if v := s.Token(j - 1).Plain; x.Norm == "ذلك" && (v == "جاء" || v == "جاءت") {
			return true
		}
		if x.Bound || x.Verb || x.Quote {
			return false
		}
	}
	return false
}
