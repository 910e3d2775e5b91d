package doer

import "rasad/internal/event/frame"

// PronounOwner returns where to look back from for the owner of the pronoun of
// the act noun at k (زيارته): k itself, or, when the nearest actor phrase
// before it is the object of an event verb of the same clause whose
// subject stands right before that verb, the verb, so that the owner is
// that subject (إردوغان سيزور إندونيسيا بعد انتهاء زيارته إلى الصين:
// Erdogan's visit, not Indonesia's). A possessive pronoun in an adverbial
// of a clause refers to the clause's subject, not to its object.
func PronounOwner(s frame.Sentence, k int) int {
	a, _ := s.Span()
	p := -1
	for q := s.Phrases() - 1; q >= 0; q-- {
		if ph := s.Phrase(q); ph.End <= k && ph.Prep == "" && ph.Actor {
			p = q
			break
		}
	}
	if p < 0 {
		return k
	}
	ph := s.Phrase(p)
	for j := ph.End; j < k; j++ {
		if x := s.Token(j); x.Bound || x.Quote || x.Verb {
			return k // another clause, or another verb, between them
		}
	}
	v := ph.Start - 1
	if v <= a || !s.Token(v).Verb || s.Token(v).Noun || ph.Coord {
		return k
	}
	if q := s.Token(v-1).Phrase - 1; q >= 0 && q != p && s.Phrase(q).End == v && s.Phrase(q).Prep == "" && s.Phrase(q).Actor {
		return v // the subject right before the verb owns it
	}
	return k
}
