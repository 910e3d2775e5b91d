package frame

import "rasad/internal/event/vocab"

// During reports whether the event noun at k, with the article and no
// genitive of its own, is governed by a preposition of time that sets an
// act told elsewhere as the time of another (vocab.During): وأجرى خلال
// الزيارة جولة. Such a noun refers back to an act already told (زار مدينة
// عدن) and names its time; it is no new act, and the actor written last
// before it (عدن, the place visited) is not its doer.
func During(s Sentence, k int) bool {
	a, b := s.Span()
	if k-1 < a || k >= b || !s.Token(k).Definite {
		return false
	}
	if p := s.Token(k - 1); !vocab.During(p.Word) && !vocab.During(p.Norm) {
		return false
	}
	return k+1 >= b || PhraseAt(s, k+1) < 0
}
