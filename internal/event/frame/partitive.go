package frame

import "rasad/internal/event/vocab"

// Partitive returns, for phrase pi that names nobody but counts members
// of a group after من (عناصر من تنظيم «الكردستاني», مسلحون من داعش), the
// phrase that names the group: the one after من or the one right after it
// (a quotation mark between), or that one's agent noun (عناصر من
// التنظيم); or the first of the members named after بينهم (حلفاء غربيون
// بينهم حلف الأطلسي والولايات المتحدة); and the last phrase it spans. It
// returns -1 and pi when pi is no such phrase.
func Partitive(s Sentence, pi int) (int, int) {
	q := pi + 1
	if q >= s.Phrases() || s.Phrase(q).Start != s.Phrase(pi).End+1 || s.Phrase(pi).Named {
		return -1, pi
	}
	n := s.Phrase(q)
	if vocab.Among(s.Token(s.Phrase(pi).End).Word) && n.Prep == "" && n.Named {
		e := q // حلفاء غربيون بينهم الولايات المتحدة
		for e+1 < s.Phrases() && s.Phrase(e+1).Coord {
			e++
		}
		return q, e
	}
	if n.Prep != "من" {
		return -1, pi
	}
	if n.Named {
		return q, q
	}
	if m := q + 1; m < s.Phrases() && s.Phrase(m).Prep == "" && s.Phrase(m).Named {
		gap := true
		for j := n.End; j < s.Phrase(m).Start; j++ {
			gap = gap && s.Token(j).Quote
		}
		if gap {
			return m, m
		}
	}
	if n.Role {
		return q, q // عناصر من التنظيم: the group as an agent noun
	}
	return -1, pi
}

// Member returns the phrase that stands for phrase pi as the object of
// an act: the named group whose members pi counts (Partitive: مقتل 19
// مسلحا من تنظيم داعش بينهم قيادي سوري), whose affiliation and country
// they keep, not those of a nisba or place nearby; else pi itself. A
// group named by an agent noun (عناصر من التنظيم, من الشرطة) is left to
// pi, whose actor the chunker already reads through it. A post's holder
// stands for the body after ل (Post: الرئيس الدوري لمجلس حقوق الإنسان).
func Member(s Sentence, pi int) int {
	if q, _ := Partitive(s, pi); q >= 0 && s.Phrase(q).Named {
		return q
	}
	return Post(s, pi)
}
