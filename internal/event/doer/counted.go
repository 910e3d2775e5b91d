package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Counted reports whether the word at j, right after the verb at k, is a
// quantifier (lexicon class quantifier: عدد, بعض, العديد, مجموعة) that
// counts members of a group written after من, and so is the verb's
// subject (فاعل): ودعا عدد من مناصري النظام السابق إلى تنظيم تظاهرات,
// وطالب عدد من أعضاء البرلمان الحكومة بالتحقيق. The subject is named in
// the clause, so the speaker of the article is not the doer, nor is an
// actor named after it (الحكومة, the object). It returns the actor phrase
// that does the act: the group right after من (عدد من المستوطنين), or
// the body named in the genitive of a noun of members that is no actor
// itself (عدد من أعضاء البرلمان: the parliament); -1 when the members
// are of no body named so (عدد من مناصري النظام: supporters are not the
// regime), the act then being an unnamed subject's. Things counted, a
// plural in ات (وبحث عدد من الموضوعات) that is not of the lexicon class
// counted-people (القيادات, الشخصيات), do nothing: the quantifier is
// then the object, or the subject of a passive. It reports false when
// the word at j is no bare quantifier (with a preposition, a pronoun or
// inside an actor phrase), when من does not follow it, or when the verb
// disagrees with it in gender (the verb's gender is the coder's reading
// of it, frame.Token.Fem): a verb before its subject agrees with it
// in gender, so a feminine verb before a masculine quantifier (واعتقلت
// عدد من الناشطين) has another subject, and the quantifier is its object.
func Counted(s frame.Sentence, k, j int) (int, bool) {
	a, b := s.Span()
	if j < a || j+2 >= b {
		return -1, false
	}
	t := s.Token(j)
	if t.Phrase != 0 || t.Prep != "" || t.IsPrep || t.Bound || t.Quote || t.Event || t.Suffix || !lexicon.Default().Has(t.Plain, "quantifier") {
		return -1, false
	}
	if fem := strings.HasSuffix(t.Plain, tehMarbuta) || t.Plain == ihda; s.Token(k).Fem != fem {
		return -1, false // (مجموعة, إحدى: feminine; the verb's gender is the coder's reading of it: تظاهر is masculine)
	}
	if m := s.Token(j + 1); !m.IsPrep || m.Word != "من" {
		return -1, false
	}
	pi := frame.PhraseAt(s, j+2)
	switch {
	case pi < 0 && strings.HasSuffix(s.Token(j+2).Word, "ات") && !lexicon.Default().Has(s.Token(j+2).Word, "counted-people"):
		return -1, false // وبحث عدد من الموضوعات: things counted are what is done, not who does it (but عدد من القيادات: people)
	case pi < 0:
		return -1, true
	case s.Phrase(pi).Actor:
		return pi, true
	}
	if q := pi + 1; q < s.Phrases() && s.Phrase(q).Start == s.Phrase(pi).End && s.Phrase(q).Prep == "" && s.Phrase(q).Named && s.Phrase(q).Actor {
		return q, true // عدد من أعضاء البرلمان: the parliament's
	}
	return -1, true
}

var (
	tehMarbuta = string(arabic.TehMarbuta)
	teh        = string(arabic.Teh)
	ihda       = arabic.Normalize("إحدى") // one of them (feminine), normalised once
)

// CountedBefore returns the actor phrase of the group whose members,
// counted, are the subject before the verb at k in the clause that opens
// after l: a count (a number, in digits or words, or a quantifier), من and
// the group, just before the verb, the count opening the clause or
// following إن or أن (قال المسؤول إن عشرين من مسلحي الحوثي استسلموا: the
// Houthis surrendered; 20 من المستوطنين اقتحموا). A subject named so is
// the verb's, and no doer of an earlier sentence is; -1 if the words
// before the verb are not such a subject, or the group is no actor.
func CountedBefore(s frame.Sentence, k, l int) int {
	a, _ := s.Span()
	if k-1 < a {
		return -1
	}
	pi := s.Token(k-1).Phrase - 1 // the phrase that ends before the verb
	if pi < 0 || s.Phrase(pi).End != k || !s.Phrase(pi).Actor || s.Phrase(pi).Coord {
		return -1
	}
	j := s.Phrase(pi).Start - 2 // the count, before من
	if j < a || j <= l {
		return -1
	}
	if m := s.Token(j + 1); !m.IsPrep || m.Word != "من" {
		return -1
	}
	c := s.Token(j)
	if c.Phrase != 0 || c.Prep != "" || c.Suffix || !c.Number && c.Cue != vocab.CueNumber && !lexicon.Default().Has(c.Plain, "quantifier") {
		return -1
	}
	if j-1 != l && s.Token(j-1).Plain != complementizer {
		return -1
	}
	return pi
}

// complementizer is إن and أن as Normalize writes them.
var complementizer = arabic.Normalize("أن")
