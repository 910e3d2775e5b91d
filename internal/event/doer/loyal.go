package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// LoyalTo reports whether the person ent (an index of the document's
// entities) is named in the agent phrase [start, end) only after a word
// of affiliation (الموالية, التابعة): القوات الموالية للرئيس هادي are
// forces, the doer, and the person is their genitive, who gives them his
// country; he did not act himself. The head noun before the word of
// affiliation is the doer, as an agent noun with its role and the
// person's country. A person named before such a word (الرئيس هادي
// والقوات الموالية له) heads the phrase and stays its actor.
func LoyalTo(s frame.Sentence, start, end, ent int) bool {
	tied := false
	for j := start + 1; j < end; j++ {
		t := s.Token(j)
		if t.Actor == ent+1 {
			return tied
		}
		tied = tied || vocab.Affiliation(t.Word)
	}
	return false
}
