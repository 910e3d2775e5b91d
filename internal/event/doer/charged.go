package doer

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
)

// Charged reports whether the actor phrase pi, right after the verb of
// accusation at k (code 112 and its children: اتهم, يتهم; حمّل
// المسؤولية), is the one accused and not the accuser: the phrase, with
// the phrases joined to it by و, is the only noun between the verb and the
// charge, which follows it at once (Charge: the charge after ب, the
// responsibility laid on the accused). Accusation takes the accused as its
// object and the charge after it, so a single noun before the charge is
// the accused whether the verb is read active, its subject the pronoun of
// the verb (وقالت الحكومة إن الانتخابات نزيهة، واتهمت المعارضة بإذكاء
// التوترات: the government accuses the opposition; واتهم حماس بالإقدام على
// اختطاف), or passive (اُتهم تشافيز بالفساد); the accuser, when named after
// the verb, comes before the accused (واتهمت النيابة العامة تشافيز
// بارتكاب, وحملت المنظمة حكومة نتنياهو المسؤولية). A verb with an object
// pronoun (واتهمته محكمة بارتكاب: the court accused him) has its object
// already.
func Charged(s frame.Sentence, k, pi int, code string) bool {
	_, b := s.Span()
	if !strings.HasPrefix(code, "112") || s.Token(k).Suffix {
		return false
	}
	if p := s.Phrase(pi); p.Start != k+1 || p.Prep != "" {
		return false
	}
	e := pi
	for e+1 < s.Phrases() && s.Phrase(e+1).Coord {
		e++
	}
	return s.Phrase(e).End < b && Charge(s.Token(s.Phrase(e).End))
}

// Accuser reports whether the words from j, right after the verb of
// accusation at k (code 112: اتهم, حمّل المسؤولية), are its subject, a
// noun no actor phrase names, and the actor phrase after them the one
// accused: that phrase, with the phrases joined to it by و, is followed
// at once by the charge (Charge). In verb–subject–object order the
// accuser comes first (واتهم المالكي السعودية بدعم الإرهاب, وحملت
// الخارجية الفلسطينية الحكومة الإسرائيلية المسؤولية): the accused is never
// its own accuser, whom the subject search would otherwise find past the
// nouns it cannot name. The subject is one to three words, the first with
// the article (a title, a surname, a ministry), none an actor phrase, a
// preposition, a number, a mark, an event word or a cue (a word of time:
// أمس). Package doer's UnknownName reads the bare names of the verbs of
// appeal and demand (ودعا أكبر أغا الحكومة).
func Accuser(s frame.Sentence, k, j int, code string) bool {
	_, b := s.Span()
	if j != k+1 || !strings.HasPrefix(code, "112") || s.Token(k).Suffix || !s.Token(j).Definite {
		return false
	}
	m := j
	for ; m < b && m < j+3 && subjectWord(s.Token(m)); m++ {
	}
	pi := frame.PhraseAt(s, m)
	if m == j || pi < 0 || s.Phrase(pi).Prep != "" || !s.Phrase(pi).Actor {
		return false
	}
	return Charged(s, m-1, pi, code)
}

// subjectWord reports whether t can be a word of a subject that no actor
// phrase names: a noun outside every phrase, with no preposition, no
// conjunction, no cue, that is no number, mark or event word.
func subjectWord(t frame.Token) bool {
	return t.Phrase == 0 && !t.Bound && !t.IsPrep && t.Prep == "" && !t.Quote && !t.Number && !t.Event && !t.Verb && !t.And && t.Cue == 0
}

// Charge reports whether t opens the charge of an accusation: a noun
// under ب outside any actor phrase that is no adverb of manner (lexicon
// class manner: بشدة) or sentence adverb (class aside: بدوره), the charge
// laid (اتهمه بالتقاعس, بدعم الإرهاب), or the responsibility (مسؤولية,
// المسؤولية: lexicon class responsibility) that حمّل lays on its object.
func Charge(t frame.Token) bool {
	lx := lexicon.Default()
	if t.Phrase != 0 || t.IsPrep {
		return false
	}
	if t.Prep == "ب" {
		return !lx.Has(t.Word, "manner") && !lx.Has(t.Norm, "aside") && !lx.Has(t.Plain, "aside")
	}
	return t.Prep == "" && lx.Has(t.Word, "responsibility")
}
