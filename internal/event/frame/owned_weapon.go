package frame

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// A weapon, a vehicle or a device (lexicon class wielded: دبابة, طائرات,
// مدفعية) is no actor of its own: as the subject of an act it stands for
// the one who uses it, as its object for the one it belongs to. The actor
// gazetteer reads such a noun as the force that uses it, which is right
// while no owner is named (قصفت الطائرات, طائرات سعودية, مدفعية الجيش
// hold the owner in the phrase itself); a word of belonging after it
// names the owner apart (دبابة تابعة للجيش السوري), and the owner is then
// the actor.

// Wielder returns the phrase of the owner of the thing that phrase pi
// names, when pi opens with a word of class wielded and a word of
// belonging after it, right after it or past one plain adjective (طائرة
// حربية تابعة للتحالف), names the owner after ل: وقصفت دبابة تابعة للجيش
// السوري حي جوبر is the army's shelling; دمرت الطائرات دبابة تابعة
// للمتمردين hits the rebels; so too a site's genitive (معسكر اللواء 55
// التابع لميليشيات الحوثي: the Houthis' camp). Else it returns pi.
func Wielder(s Sentence, pi int) int {
	if pi < 0 || pi >= s.Phrases() {
		return pi
	}
	p := s.Phrase(pi)
	a, b := s.Span()
	if p.Person || !wielded(s.Token(p.Start)) && (p.Start <= a || s.Token(p.Start-1).Cue != vocab.CueSite) {
		return pi
	}
	for n := p.Start + 1; n < b && n <= p.End+1; n++ { // (the phrase's words, then one plain word past it)
		y := s.Token(n)
		if belonging(y) {
			if o := PhraseAt(s, n+1); o >= 0 && s.Phrase(o).Prep == "ل" && s.Phrase(o).Actor {
				return o
			}
			return pi
		}
		if !plainWord(y) && !y.Number && y.Phrase-1 != pi { // (اللواء 55 التابع: the unit's number)
			return pi
		}
	}
	return pi
}

// wielded reports whether x names a weapon, a vehicle or a device.
func wielded(x Token) bool { return classed(x, "wielded") }

// ActSubject returns the index of the verb whose subject the act noun at
// j is, -1 if none: a definite act noun right after a verb, or after a
// quantifier that follows it (كما دمرت إحدى الغارات دبابة, قتلت بعض
// الغارات). Arabic puts the subject right after its verb, and a definite
// noun takes no indefinite genitive, so the phrase after the act noun is
// the verb's object, not the noun's doer: the raid destroyed the tank. The
// caller asks whether the verb is one of force (an act does what force
// does; حضر الاجتماع رئيس البرلمان puts the act noun as the object). An
// indefinite act noun with the adjective that qualifies it (Qualifies:
// واستهدف تفجير انتحاري مسجدا) is as closed: the noun with its adjective
// takes no genitive after them, so what follows is the verb's object.
func ActSubject(s Sentence, j int) int {
	a, b := s.Span()
	x := s.Token(j)
	if !x.Noun || !(x.Definite || j+1 < b && s.Token(j+1).Qualifies) || x.Phrase != 0 || x.Prep != "" {
		return -1
	}
	v := j - 1
	if v > a && lexicon.Default().Has(s.Token(v).Norm, "quantifier") {
		v--
	}
	if v < a || !s.Token(v).Verb {
		return -1
	}
	return v
}

// ActObject returns the phrase right after the act noun at k that is the
// subject of a verb (ActSubject), when it takes no preposition: the verb's
// object, which the act hit as well (دمرت إحدى الغارات دبابة تابعة
// للمتمردين: the raid hit the rebels' tank), past the adjective that
// qualifies the act (Qualifies); -1 if none.
func ActObject(s Sentence, k int) int {
	if _, b := s.Span(); k+1 < b && s.Token(k+1).Qualifies {
		k++ // (استهدف تفجير انتحاري مسجدا: past the noun's adjective)
	}
	if pi := PhraseAt(s, k+1); pi >= 0 && s.Phrase(pi).Prep == "" && !s.Phrase(pi).Coord {
		return Wielder(s, pi)
	}
	return -1
}
