package frame

import "rasad/internal/event/vocab"

// Aid reads an arrival (وصل at k, its clause ending at r) as aid given: it
// returns the CAMEO code of the aid or shipment that arrives (vocab.AidCode)
// and the phrase of its giver, the actor after من, or -1; "" when nothing
// that arrives is aid. What arrives is the verb's subject after it
// (وصلت أمس إلى بغداد قافلة مساعدات), before it in its clause (إن فريقا
// فنيا من الإمارات وصل), or the noun a relative clause describes (شحنات
// الأسلحة التي وصلت). The giver is near the verb or the aid (وصلت من
// السعودية; وصلت إلى عدن هي من المملكة والإمارات; فريقا من الإمارات وصل).
// A plane or ship that arrives carrying aid (طائرة قطرية وصلت تحمل
// مساعدات; وصلت الطائرة محملة بمواد غذائية) is the aid it carries.
func Aid(s Sentence, k, r int) (code string, giver int) {
	a, b := s.Span()
	from, j := k, k+1
	for ; code == "" && j+1 < b && j <= k+5; j++ {
		// the subject, past time and place
		x := s.Token(j)
		pi := PhraseAt(s, j)
		if code = vocab.AidCode(x.Word, s.Token(j+1).Norm); x.Bound || x.Event || pi >= 0 && s.Phrase(pi).Prep == "" {
			break
		}
	}
	for i := k - 2; code == "" && i >= k-3 && i >= a && vocab.Relative(s.Token(k-1).Norm); i-- {
		code, j = vocab.AidCode(s.Token(i).Word, s.Token(i+1).Norm), k
	}
	for i := k - 1; code == "" && i >= k-4 && i >= a; i-- {
		// the subject before the verb, up to the bound that opens the clause
		if x := s.Token(i); x.Bound || x.Event {
			break
		}
		code, from, j = vocab.AidCode(s.Token(i).Word, s.Token(i+1).Norm), i, k
	}
	for i := max(a, k-4); code == "" && i < r && i <= k+5 && i+2 < b; i++ {
		// a plane that arrives carrying aid (طائرة قطرية وصلت تحمل
		// مساعدات إغاثية) is the aid it carries
		if vocab.Vehicle(s.Token(i).Word) {
			for c := max(i, k) + 1; code == "" && c+2 < b && c < r; c++ {
				code, j = vocab.CargoCode(s.Token(c).Word, s.Token(c+1).Word, s.Token(c+2).Norm), c+1
			}
			from = min(from, i)
		}
	}
	if code == "" {
		return "", -1
	}
	for pi := 0; pi < s.Phrases(); pi++ {
		ph := s.Phrase(pi)
		at := ph.Start
		if ph.Shared {
			at-- // من المملكة والإمارات: as near as the noun it is joined to
		}
		if ph.Start > from && ph.Start < r && at < j+6 && ph.Prep == "من" {
			return code, pi
		}
	}
	return code, -1
}
