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
// مساعدات; وصلت الطائرة محملة بمواد غذائية) is the aid it carries; with no
// giver after من, the phrase of that vehicle is the giver (carrier true):
// its country's, or the body's a word of belonging names.
func Aid(s Sentence, k, r int) (code string, giver int, carrier bool) {
	a, b := s.Span()
	from, j := k, k+1
	for ; code == "" && j+1 < b && j <= k+5; j++ {
		// the subject, past time and place
		x := s.Token(j)
		pi := PhraseAt(s, j)
		if code = max(vocab.AidCode(x.Word, s.Token(j+1).Norm), vocab.AidCode(x.Word, nisbaPast(s, j+1))); x.Bound || x.Event || pi >= 0 && s.Phrase(pi).Prep == "" { // (max: of two codes of root 07 the more specific, 073 over 070)
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
		return "", -1, false
	}
	for pi := 0; pi < s.Phrases(); pi++ {
		ph := s.Phrase(pi)
		at := ph.Start
		if ph.Shared {
			at-- // من المملكة والإمارات: as near as the noun it is joined to
		}
		if ph.Start > from && ph.Start < r && at < j+6 && ph.Prep == "من" {
			return code, pi, false
		}
	}
	v := vehicle(s, k, r)
	return code, v, v >= 0
}

// vehicle returns the actor phrase of the plane, ship or truck near the
// arrival at k, before r, that is the subject of its clause (no
// preposition governs it): the owner a word of belonging names after it
// (طائرة عسكرية تابعة لدولة الإمارات, Wielder), else the phrase itself,
// whose nisba gives its country (هبطت في مطار عدن طائرة إماراتية, the
// subject after the place); a phrase that opens at the vehicle's nisba
// (سفينة سعودية) counts too, but not one the vehicle only ends (بمطار عدن
// الدولي طائرة: the place's, run on by the chunker). -1 if none.
func vehicle(s Sentence, k, r int) int {
	a, _ := s.Span()
	for i := max(a, k-4); i < r && i <= k+5; i++ {
		if !vocab.Vehicle(s.Token(i).Word) {
			continue
		}
		pi := PhraseAt(s, i)
		if pi < 0 && s.Token(i).Phrase == 0 && i+1 < r && s.Token(i+1).Place != "" {
			pi = PhraseAt(s, i+1)
		}
		if pi >= 0 && s.Phrase(pi).Prep == "" {
			return Wielder(s, pi)
		}
		return -1
	}
	return -1
}

// nisbaPast returns the word after the nisba at j, the adjective of the
// same noun in any order (طائرة إماراتية إغاثية), or "" when the word at
// j names no place's country.
func nisbaPast(s Sentence, j int) string {
	if _, b := s.Span(); j+1 >= b || s.Token(j).Place == "" {
		return ""
	}
	return s.Token(j + 1).Norm
}
