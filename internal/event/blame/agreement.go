package blame

import (
	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
)

// withPrep is مع, the preposition that names the other party of an
// agreement (الاتفاق النووي مع إيران).
const withPrep = "مع"

// Conduct finds the one words about another's conduct reach: the owner of
// the object (PrepObjectOwner), else, for an endorsement (code 05x), the
// other party of an agreement it endorses. A body that adopts a resolution
// backing «الاتفاق النووي مع إيران» or welcomes «الاتفاقية مع تركيا»
// endorses what was agreed with Iran, with Turkey: that party is its
// target. It returns -1 if none.
func Conduct(s frame.Sentence, from, r int, preps []string, participle bool, code string) int {
	if pi := PrepObjectOwner(s, from, r, preps, participle); pi >= 0 || code[:2] != "05" {
		return pi
	}
	return AgreementParty(s, from, r)
}

// AgreementParty returns the actor phrase after مع that follows, within
// four words (its adjectives between: النووي, التجاري), the first noun of
// a treaty or an accord (lexicon class treaty: اتفاق, اتفاقية, معاهدة) in
// [from, r): the agreement's other party (يصادق على الاتفاق النووي مع
// إيران: Iran). A clause bound before the noun, or a bound or a verb
// between it and مع, ends the search; -1 if none.
func AgreementParty(s frame.Sentence, from, r int) int {
	for j := from; j < r; j++ {
		x := s.Token(j)
		if x.Bound {
			return -1
		}
		if x.Phrase != 0 || !lexicon.Default().Has(x.Word, "treaty") {
			continue
		}
		for q := j + 1; q < r && q <= j+4; q++ {
			if y := s.Token(q); y.Bound || y.Verb {
				return -1
			}
			if pi := frame.PhraseAt(s, q); pi >= 0 && s.Phrase(pi).Prep == withPrep && s.Phrase(pi).Actor {
				return pi
			}
		}
		return -1
	}
	return -1
}
