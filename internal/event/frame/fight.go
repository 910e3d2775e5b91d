package frame

import "rasad/internal/event/vocab"

// Fallen finds those killed in a fight, in the clause that starts after
// l, when a casualty report names them before a passive verb of the toll
// that the fight is the setting of: 13 عنصرا من الحوثيين قتلوا في
// اشتباكات في مدينة تعز, ثلاثة من الجنود أصيبوا خلال مواجهات. The dead
// are the side the fight was fought against, so they are its target, and
// the town after it only where it was. k is the fight's noun of mutual
// fighting, the verb right before the preposition of time (في, خلال,
// أثناء: vocab.TimePrep) that governs it; or k is the toll's verb, the
// fight after it in the same clause, past the rest of the toll (28 عنصرا
// من الجيش و18 مقاتلا من التنظيم قتلوا وأصيب 27 بينهم 12 من التنظيم في
// معارك: the nearest group counted, the side the verb agrees with last).
// The victims are counted before the verb as Victims counts them, a
// comma between them and the verb no boundary. It
// returns the counted group's phrase or the first token of people
// counted, else -1, -1; and -1, -1 when the fight names its other side
// (اشتباكات مع الجيش, بين), whose rules say who fought whom.
func Fallen(s Sentence, l, k int) (pi, people int) {
	a, b := s.Span()
	v := k - 2
	if !s.Token(k).Clash {
		v, k = k, fightAfter(s, k)
	}
	if k < 0 || v <= l || v < a || !s.Token(k-1).IsPrep || !vocab.TimePrep(s.Token(k-1).Norm) {
		return -1, -1
	}
	if x := s.Token(v); !x.Verb || !x.Event || x.Suffix {
		return -1, -1
	}
	if k+1 < b && s.Token(k+1).IsPrep && s.Token(k+1).Word == "مع" {
		return -1, -1
	}
	if first, _ := Sides(s, k, b); first >= 0 {
		return -1, -1
	}
	if v-1 == l && l >= a && vocab.Comma(s.Token(l).Norm) {
		v, l = l, boundBefore(s, l) // a comma after a long subject does not end its clause: the subject ends there
	}
	return Victims(s, l, v, true)
}

// boundBefore returns the clause boundary before token c, a-1 if none.
func boundBefore(s Sentence, c int) int {
	a, _ := s.Span()
	for j := c - 1; j >= a; j-- {
		if s.Token(j).Bound {
			return j
		}
	}
	return a - 1
}

// fightAfter returns the noun of mutual fighting after the toll's verb at
// v, under a preposition of time, within twelve words and no clause
// boundary or quotation mark; -1 if none.
func fightAfter(s Sentence, v int) int {
	_, b := s.Span()
	for j := v + 2; j < b && j <= v+12; j++ {
		x := s.Token(j)
		if x.Bound || x.Quote {
			return -1
		}
		if x.Clash {
			return j
		}
	}
	return -1
}
