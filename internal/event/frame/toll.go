package frame

import "rasad/internal/event/vocab"

// killedBy reports whether the toll at k names the one who inflicted it
// after على يد (من قبل) within two words (قتلوا على يد مقاتلي المقاومة,
// لقي مصرعه على يد المقاومة): the toll is then the report of an act whose
// doer it names, and those it fell on are named before it.
func killedBy(s Sentence, k int) bool {
	_, b := s.Span()
	for j := k + 1; j+1 < b && j <= k+2; j++ {
		if x := s.Token(j); x.IsPrep && s.Token(j+1).Cue == vocab.CueAgentBy {
			return true
		}
		if x := s.Token(j); x.Cue != vocab.CueCasualty || !x.Suffix {
			return false // (only مصرعه, حتفه may come between)
		}
	}
	return false
}

// topic returns the phrase that opens the clause after l and is the
// subject of the toll at k put before it (إن القيادي الحوثي أبو حمزة
// و12 من مرافقيه قتلوا على يد المقاومة): an actor phrase no preposition
// governs, the first of the clause, with no verb, act, clause boundary
// or quotation mark between it and k. It returns -1 if there is none.
func topic(s Sentence, l, k int) int {
	pi := PhraseAt(s, l+1)
	if pi < 0 || s.Phrase(pi).Prep != "" || !s.Phrase(pi).Actor {
		return -1
	}
	for j := l + 1; j < k; j++ {
		if x := s.Token(j); x.Verb || x.Event || x.Bound || x.Quote {
			return -1
		}
	}
	return pi
}

// Continues reports whether the toll at k goes on with the report of the
// clause before it, its speaker unnamed in its own clause (، مشيرا إلى مقتل
// عنصرين): no actor phrase stands between the clause boundary before it and
// k. A toll whose clause names who tells it (الجيش العراقي أعلن مقتل جنديين)
// is a report of its own.
func Continues(s Sentence, k int) bool {
	a, _ := s.Span()
	for j := k - 1; j >= a; j-- {
		if x := s.Token(j); x.Bound {
			return true
		} else if x.Phrase != 0 || x.Quote {
			return false
		}
	}
	return false
}
