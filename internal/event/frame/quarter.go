package frame

// Quarter reports whether the word at k follows a point of the compass
// that makes it the land whose part is meant (lexicon class quarter:
// جنوبي البلاد, في شمال البلاد, شمال غرب الدولة): the two are one place,
// the south of the country, and the noun of the land is no actor there
// (البلاد alone may stand for its government: أعلنت البلاد). The
// direction word may carry a preposition (بشمال البلاد) but no enclitic.
func Quarter(s Sentence, k int) bool {
	a, b := s.Span()
	if k-1 < a || k >= b {
		return false
	}
	x := s.Token(k - 1)
	if x.Suffix || x.Definite || x.Bound || x.Quote {
		return false // (جنوبه البلاد is no construct; الجنوب البلاد neither)
	}
	return classed(x, "quarter")
}
