package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// arms holds the nouns that describe a group as a part or a proxy of
// another (lexicon class group-arm: ذراع, فرع, جناح).
var arms = vocab.Set(lexicon.Default().Forms("group-arm")...)

// Arm returns where the subject phrase pi, which ends at end, ends with
// its apposition when a noun of a group's arm follows it without the
// article and with a name in its genitive (خطفت جبهة النصرة ذراع تنظيم
// القاعدة في سوريا خمسة مقاتلين): the apposition describes the subject,
// so the group named in it is neither a doer nor the object, which comes
// after it. The subject is a named group, not a person (a person's
// apposition is a title: frame.AppositionEnd). It returns end otherwise.
func Arm(s frame.Sentence, pi, end int) int {
	ph := s.Phrase(pi)
	_, b := s.Span()
	if ph.Ent == 0 || ph.Person || ph.Place || end != ph.End || end+1 >= b {
		return end
	}
	t := s.Token(end)
	if !arms[t.Word] || t.Definite || t.Actor != 0 || t.Phrase != 0 || t.Prep != "" || t.Suffix {
		return end
	}
	gi := frame.PhraseAt(s, end+1)
	if gi < 0 || s.Phrase(gi).Prep != "" || !s.Phrase(gi).Named {
		return end
	}
	return s.Phrase(gi).End
}
