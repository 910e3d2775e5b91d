package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
)

// Branch returns where the apposition after a subject that ends at token
// end ends, when a noun of a branch or an arm (lexicon class branch)
// stands there in construct with a body's name (وخطفت جبهة النصرة ذراع
// تنظيم القاعدة في سوريا خمسة مقاتلين): the genitive names the parent of
// the group, not the one the verb acts on, and so does a place after في
// that locates the branch. It returns end where no such apposition
// follows.
func Branch(s frame.Sentence, end int) int {
	_, b := s.Span()
	if end+1 >= b || !lexicon.Default().Has(s.Token(end).Word, "branch") {
		return end
	}
	pi := frame.PhraseAt(s, end+1)
	if pi < 0 || s.Phrase(pi).Prep != "" || !s.Phrase(pi).Named || s.Phrase(pi).Place {
		return end
	}
	q := s.Phrase(pi).End
	if p := frame.PhraseAt(s, q+1); p >= 0 && s.Token(q).IsPrep && s.Phrase(p).Place {
		q = s.Phrase(p).End // في سوريا
	}
	return q
}
