package frame

// EachOf returns the actor phrases that كل من at token j lists (مشاركة كل
// من الرئيسين الفرنسي فرانسوا هولاند، والروسي فلاديمير بوتن: each of
// them): the phrase after من (a noun that counts them may come first:
// الرئيسين) and every phrase joined to the one before it by و, a comma
// between or not (the comma that ends a clause does not end the list: r is
// the sentence's end); nil when كل من is not at j or no actor phrase
// follows it.
func EachOf(s Sentence, j, r int) []int {
	if j+2 >= r || s.Token(j).Word != "كل" || s.Token(j+1).Norm != "من" {
		return nil
	}
	first := j + 2
	if x := s.Token(first); x.Phrase == 0 && !x.Bound && !x.IsPrep && !x.Event && !x.Quote && first+1 < r {
		first++
	}
	pi := PhraseAt(s, first)
	if pi < 0 || s.Phrase(pi).Prep != "من" && s.Phrase(pi).Prep != "" {
		return nil
	}
	out := []int{pi}
	for q := pi + 1; q < s.Phrases(); q++ {
		prev, ph := s.Phrase(q-1), s.Phrase(q)
		gap := ph.Start - prev.End
		if ph.Start >= r || !s.Token(ph.Start).And || gap > 1 || gap == 1 && !s.Token(prev.End).Bound {
			break
		}
		out = append(out, q)
	}
	return out
}
