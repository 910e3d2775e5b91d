package frame

import "rasad/internal/event/vocab"

// The holder of a site, said by a relative clause after it: a verb of
// holding or using (lexicon class holding: يتخذه, يستخدمه, يسيطر عليه,
// يتحصن فيه) whose subject is named at once (قصف طيران التحالف المركز
// الثقافي، الذي يتخذه المتمردون مركزا: the rebels' base). The party that
// holds the place is whom the act on it targets.

// heldBy returns the actor phrase that a relative clause of holding after
// the site at j names as its subject, past the site's adjectives (three
// words at most) and a comma; -1 if none. The relative clause may stand
// past the end of the act's clause, which the comma or the relative
// pronoun closes: it describes the site.
func heldBy(s Sentence, j int) int {
	_, b := s.Span()
	q := j + 1
	for n := 0; q < b && n < 3; n++ {
		if pi := PhraseAt(s, q); pi >= 0 && s.Phrase(pi).Start == q && !s.Phrase(pi).Actor && s.Phrase(pi).Prep == "" {
			q = s.Phrase(pi).End // an adjective the entity stage read as a phrase
			continue
		}
		if !plainWord(s.Token(q)) {
			break
		}
		q++
	}
	if q < b && vocab.Comma(s.Token(q).Norm) {
		q++
	}
	if q+2 >= b || !vocab.Relative(s.Token(q).Plain) || !holding(s.Token(q+1)) {
		return -1
	}
	q += 2
	if x := s.Token(q); x.Phrase == 0 && (x.IsPrep || x.Prep != "") && x.Suffix {
		q++ // يسيطر عليه, يتحصن فيه: the pronoun of the place after its preposition
	}
	if pi := PhraseAt(s, q); pi >= 0 && s.Phrase(pi).Start == q && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor {
		return pi
	}
	return -1
}

// holding reports whether x is a verb of holding or using a place.
func holding(x Token) bool { return classed(x, "holding") }
