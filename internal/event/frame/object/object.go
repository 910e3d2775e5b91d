// Package object finds where the direct object of an event verb may stand:
// the stretch after the verb and its subject up to the first preposition or
// prepositional word that no actor holds (اعتقلت القوات عشرات الفلسطينيين
// في الخليل: the object ends at في), past what may come between a verb and
// its object without ending it: a time adverb or a phrase set aside
// (frame.Interposed: اعتقلت القوات خلال الساعات الماضية عشرات الفلسطينيين),
// a place after في (استقبل مبارك في القاهرة أولمرت) and the doer's own
// statement (دعا البرزاني في بيانه حزب العمال).
//
// It reads the sentence through package frame's view (frame.Sentence).
package object

import (
	"rasad/internal/event/frame"
)

// in is the preposition في, written as a word.
const in = "في"

// End returns where the direct object of the verb stops: the first token
// at or after from (before r) that is a preposition, or carries one and
// holds no name, or, for a verbal act (verbal: condemn, praise), an event
// noun whose genitive is its patient other than the verb's complement at
// compl (أدان قتل المدنيين: not whom it blames); r if none.
func End(s frame.Sentence, from, r, compl int, verbal bool) int {
	for j := from; j < r; j++ {
		if e := frame.Interposed(s, j, r); e > j {
			j = e - 1
			continue
		}
		x := s.Token(j)
		if x.IsPrep && x.Word == in && j+1 < r {
			if pi := frame.PhraseAt(s, j+1); pi >= 0 && s.Phrase(pi).Place {
				j = s.Phrase(pi).End - 1
				continue
			}
			if y := s.Token(j + 1); frame.PhraseAt(s, j+1) < 0 && !y.Event && y.Suffix {
				j++ // in his statement: دعا البرزاني في بيانه حزب العمال
				continue
			}
		}
		if x.IsPrep || x.Prep != "" && x.Actor == 0 || verbal && j != compl && x.Actor == 0 && x.Patient {
			return j
		}
	}
	return r
}
