package frame

import "rasad/internal/event/vocab"

// Fallen finds those killed in a fight whose noun of mutual fighting is
// at k (or whose toll verb is at k, the fight after it), in the clause
// that starts after l, when a casualty report names them before it as the
// subject of a passive verb of the toll that the fight is the setting of:
// 13 عنصرا من الحوثيين قتلوا في اشتباكات في مدينة تعز, ثلاثة من الجنود
// أصيبوا خلال مواجهات. The dead are the side the fight was fought
// against, so they are its target, and the town after it only where it
// was. The verb comes right before the preposition of time (في, خلال,
// أثناء: vocab.TimePrep) that governs the fight noun; the victims are
// counted before the verb as Victims counts them. It returns the counted
// group's phrase or the first token of people counted, else -1, -1; and
// -1, -1 when the fight names its other side (اشتباكات مع الجيش, بين),
// whose rules say who fought whom.
func Fallen(s Sentence, l, k int) (pi, people int) {
	a, b := s.Span()
	if k+2 < b && !s.Token(k).Clash && s.Token(k+2).Clash {
		k += 2 // the toll's own verb: قتلوا في اشتباكات
	}
	if k-2 <= l || k-2 < a || !s.Token(k).Clash || !s.Token(k-1).IsPrep || !vocab.TimePrep(s.Token(k-1).Norm) {
		return -1, -1
	}
	if v := s.Token(k - 2); !v.Verb || !v.Event || v.Suffix {
		return -1, -1
	}
	if k+1 < b && s.Token(k+1).IsPrep && s.Token(k+1).Word == "مع" {
		return -1, -1
	}
	if first, _ := Sides(s, k, b); first >= 0 {
		return -1, -1
	}
	return Victims(s, l, k-2, true)
}
