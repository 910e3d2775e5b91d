package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
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
