package doer

import (
	"strings"

	"rasad/internal/event/frame"
)

// Charged reports whether the actor phrase pi, right after the verb of
// accusation at k (code 112 and its children: اتهم, يتهم), is the one
// accused and not the accuser: the phrase is the only noun between the
// verb and the charge, which follows it after ب (واتهم حماس بالإقدام على
// اختطاف: he accused Hamas; واتهم تشافيز بالفساد: Chavez was accused).
// Accusation takes the accused as its object and the charge after ب, so a
// single noun before the charge is the accused whether the verb is read
// active (its subject the one named before: وتعرض أبو مازن لقضية المصالحة
// واتهم حماس) or passive (اُتهم); the accuser, when named after the verb,
// comes before the accused (واتهمت النيابة العامة تشافيز بارتكاب). A verb
// with an object pronoun (واتهمته محكمة بارتكاب: the court accused him)
// has its object already. The phrase is one word, a name without the
// article or a title: a longer phrase may run the accuser on into the
// accused (واتهم الانفصاليون الجيش الأوكراني بتكثيف هجومه, واتهم تشوركين
// مؤيدي المحكمة بالسعي), where the accuser comes first.
func Charged(s frame.Sentence, k, pi int, code string) bool {
	_, b := s.Span()
	if !strings.HasPrefix(code, "112") || s.Token(k).Suffix {
		return false
	}
	p := s.Phrase(pi)
	if n := s.Token(p.Start); !p.Named || p.Ent == 0 || n.Definite || n.Title || p.Start != k+1 || p.End != k+2 || p.End >= b || pi+1 < s.Phrases() && s.Phrase(pi+1).Coord {
		return false
	}
	t := s.Token(p.End)
	return t.Prep == "ب" && !t.IsPrep && t.Phrase == 0
}
