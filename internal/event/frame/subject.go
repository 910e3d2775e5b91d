package frame

import (
	"strings"

	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
)

// SubjectNoun reports whether token j, after a verb that comes first in its
// clause, is that verb's subject although it names no actor: a definite
// common noun (البيان, الرئاسة, التقرير) followed at once by an actor
// phrase. Arabic puts the subject right after such a verb, and a definite
// noun takes no genitive, so the actor after it is the object,
// the one asked, called on or visited (وطالب البيان الحكومة التركية
// بالعودة: the government is asked, not asking). A relative adjective
// after the noun (المصادر العراقية) describes it and is no object; a
// title (الرئيس, الوزير) or a descriptor (المواطنة صباح السلمي, الملا
// منصور) stands in apposition with the person named after it, and an
// object may come before a person who is the subject (وقع المذكرة فهد
// الرشيد), so a person after the noun is left to the subject search; a
// word of time (اليوم, الأحد) is no subject. So is a feminine dual in
// the nominative (تان, not the accusative تين) right after the verb, with
// or without an actor after it (وأشادت شخصيتان قياديتان يمنيتان).
func SubjectNoun(s Sentence, j int) bool {
	a, b := s.Span()
	if j < a || j+1 >= b {
		return false
	}
	t := s.Token(j)
	if r := []rune(t.Word); t.Phrase == 0 && t.Prep == "" && !t.Definite && !t.Event && len(r) >= 5 && strings.HasSuffix(t.Word, "تان") {
		return true // وأشادت شخصيتان قياديتان يمنيتان: a feminine dual in the nominative, the subject
	}
	if t.Phrase != 0 || t.Bound || t.IsPrep || t.Prep != "" || t.Quote || t.Number || t.Event || t.Title || !t.Definite ||
		t.Cue != vocab.CueNone || t.Place != "" || morph.NisbaShape(t.Word) {
		return false
	}
	pi := PhraseAt(s, j+1)
	if pi < 0 {
		return false
	}
	n := s.Token(j + 1)
	p := s.Phrase(pi)
	return p.Prep == "" && !p.Coord && p.Actor && !p.Person && !n.Title && !morph.NisbaShape(n.Word)
}

// Asked reports whether the actor phrase pi after a noun of demand or
// appeal (مطالبة, دعوة) is the one asked: the content of the demand follows
// the phrase at once after ب or إلى (مطالبة حزب العمال بإبعاد قواعده,
// دعوة الأطراف إلى الحوار). The genitive is then the noun's object, as the
// object of طالب and دعا is, and the one who asks is found elsewhere.
func Asked(s Sentence, pi int) bool {
	_, b := s.Span()
	e := pi
	for e+1 < s.Phrases() && s.Phrase(e+1).Coord {
		e++
	}
	j := s.Phrase(e).End
	if j >= b {
		return false
	}
	t := s.Token(j)
	if t.Prep == "ب" && !t.IsPrep {
		return t.Phrase == 0
	}
	return t.IsPrep && (t.Norm == "الي" || t.Word == "الي") && j+1 < b && s.Token(j+1).Phrase == 0
}
