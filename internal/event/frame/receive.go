package frame

import "rasad/internal/event/vocab"

// Received finds the parties of the act named by the noun at k when a verb
// of receiving governs it (تلقى ولي العهد الأمير محمد بن سلمان اتصالا
// هاتفيا من الرئيس الروسي: the Russian president called the crown
// prince): from, the phrase after من within four words of the noun, is the
// doer; to, the subject of the verb between it and the noun, the target
// (-1 if the verb's subject is not there). The verb stands in the clause
// that starts after l, within sixteen words before the noun (a subject
// with its honorifics: تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي
// الأمير محمد بن نايف بن عبدالعزيز اتصالا), and only its subject comes
// between. from is -1 when no such verb governs the noun or
// no one is named after من.
func Received(s Sentence, k, l, r int) (from, to int) {
	from, to = -1, -1
	v := -1
	for j := k - 1; j > l && j >= k-16 && v < 0; j-- {
		x := s.Token(j)
		switch {
		case x.Cue == vocab.CueReceive:
			v = j
		case x.Bound || x.Event || x.IsPrep || x.Quote:
			return -1, -1
		}
	}
	if v < 0 {
		return -1, -1
	}
	for j := k + 1; j < r && j <= k+4 && from < 0; j++ {
		if pi := PhraseAt(s, j); pi >= 0 {
			if s.Phrase(pi).Prep != "من" || !s.Phrase(pi).Actor {
				return -1, -1
			}
			from = pi
		} else if x := s.Token(j); x.Bound || x.Event || x.IsPrep && x.Word != "من" {
			return -1, -1
		}
	}
	for pi := 0; pi < s.Phrases() && from >= 0; pi++ {
		if ph := s.Phrase(pi); ph.Start > v && ph.End <= k && ph.Prep == "" && ph.Actor {
			to = pi // the last actor phrase of the subject: the name after its titles
		}
	}
	return from, to
}
