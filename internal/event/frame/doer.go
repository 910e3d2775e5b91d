package frame

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// VerbalNounDoer returns the doer of the act noun at head when its
// genitive is its subject, not its object: a verbal noun (المصدر) may take
// its doer as genitive and its object after it, in the accusative or
// after ل (اقتحام المستوطنين المسجد الأقصى, اقتحام المستوطنين للأقصى:
// the settlers storm the mosque). The genitive is the actor phrase right
// after the noun, no place; the object follows it past the genitive's
// adjectives (المتطرفين), words of the day, a comma and a phrase of escort
// with its genitive (lexicon class escort: تحت حماية قوات الاحتلال), and
// is a name or a site, with no preposition or after ل. A name that starts
// inside the escort's phrase is that object too: the chunker joins an agent
// noun and the name after it (قوات الاحتلال المسجد الأقصى). Without such an
// object the genitive of a noun like اقتحام or قتل is the one who suffers
// it (قتل المدنيين), and it returns -1.
func VerbalNounDoer(s Sentence, head int) int {
	_, b := s.Span()
	pi := PhraseAt(s, head+1)
	if pi < 0 || !s.Token(head).Noun {
		return -1
	}
	if ph := s.Phrase(pi); ph.Prep != "" || !ph.Actor || ph.Place || ph.Coord {
		return -1
	}
	escort := false
	for q := s.Phrase(pi).End; q < b && q <= s.Phrase(pi).End+10; q++ {
		x := s.Token(q)
		if lexicon.Default().Has(x.Norm, "escort") && x.Phrase == 0 {
			escort = true
			continue
		}
		if qi := PhraseAt(s, q); qi >= 0 {
			ph := s.Phrase(qi)
			if escort {
				if gluedName(s, ph) {
					return pi
				}
				escort, q = false, ph.End-1 // تحت حماية قوات الاحتلال: who protects, not what is stormed
				continue
			}
			if (ph.Prep == "" || ph.Prep == "ل") && ph.Named && x.NameStart && !x.OfAgent {
				return pi
			}
			return -1
		}
		switch {
		case x.Cue == vocab.CueSite && x.Phrase == 0 && (x.Prep == "" || x.Prep == "ل"):
			return pi // اقتحام المستوطنين منازل المواطنين
		case x.Prep == "ل" && x.Definite && x.Phrase == 0 && !x.Event && !x.Bound:
			return pi // اقتحام المستوطنين للمسجد
		case genitive(x) && !escort, x.Cue == vocab.CueRecent, vocab.Comma(x.Norm) && !escort:
			continue // المتطرفين, اليوم, a comma
		default:
			return -1
		}
	}
	return -1
}

// gluedName reports whether phrase ph opens with a word that names no one
// and holds a name that starts after it: an agent noun and a name the
// chunker joined (قوات الاحتلال المسجد الأقصى).
func gluedName(s Sentence, ph Phrase) bool {
	if s.Token(ph.Start).NameStart {
		return false
	}
	for j := ph.Start + 1; j < ph.End; j++ {
		if x := s.Token(j); x.NameStart && !x.OfAgent {
			return true
		}
	}
	return false
}
