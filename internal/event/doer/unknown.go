package doer

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
)

// UnknownName reports whether the words from j, right after the verb of
// appeal or demand at k (codes 02x and 10x: دعا, ناشد, طالب), are a name
// the entity stage does not know, the verb's subject, so that the
// definite actor phrase after them is the one called on and not the
// caller: ودعا أكبر أغا الحكومة الأفغانية إلى استغلال الفرصة (Akbar Agha
// calls on the government). In verb–subject–object order the subject
// comes first; a run of two or three bare words (no article, no
// preposition, no title, no word of time, no relative adjective, no known
// name) followed at once by a definite body whose content follows after
// إلى or ب (frame.Asked) is read as a person's name, the subject. One
// bare word is left alone: it is as often an adverb (ودعا أيضا الحكومة),
// and a definite body right after the verb (ودعت الحكومة إلى الحوار) is
// the caller, as it was.
func UnknownName(s frame.Sentence, k, j int, code string) bool {
	_, b := s.Span()
	if j != k+1 || s.Token(k).Suffix || !strings.HasPrefix(code, "02") && !strings.HasPrefix(code, "10") {
		return false
	}
	m := j
	for ; m < b && m < j+3 && bareWord(s.Token(m)); m++ {
	}
	pi := frame.PhraseAt(s, m)
	if m-j < 2 || pi < 0 {
		return false
	}
	p := s.Phrase(pi)
	return p.Prep == "" && !p.Coord && p.Actor && !p.Person && s.Token(m).Definite && frame.Asked(s, pi)
}

// bareWord reports whether t can be part of a name nobody linked: a word
// without the article or an attached preposition that is no title,
// number, event word, word of time, place or nisba, and part of no
// phrase or known name.
func bareWord(t frame.Token) bool {
	return t.Phrase == 0 && t.Actor == 0 && !t.Bound && !t.IsPrep && t.Prep == "" && !t.Quote && !t.Number && !t.Event &&
		!t.Title && !t.Definite && !t.And && t.Cue == vocab.CueNone && t.Place == "" && !morph.NisbaShape(t.Word)
}
