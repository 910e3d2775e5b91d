package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// PronounOwner returns where to look back from for the owner of the pronoun of
// the act noun at k (زيارته): k itself, or, when the nearest actor phrase
// before it is the object of an event verb of the same clause whose
// subject stands right before that verb, the verb, so that the owner is
// that subject (إردوغان سيزور إندونيسيا بعد انتهاء زيارته إلى الصين:
// Erdogan's visit, not Indonesia's). A possessive pronoun in an adverbial
// of a clause refers to the clause's subject, not to its object.
func PronounOwner(s frame.Sentence, k int) int {
	a, _ := s.Span()
	p := -1
	for q := s.Phrases() - 1; q >= 0; q-- {
		if ph := s.Phrase(q); ph.End <= k && ph.Prep == "" && ph.Actor {
			p = q
			break
		}
	}
	if p < 0 {
		return k
	}
	ph := s.Phrase(p)
	for j := ph.End; j < k; j++ {
		if x := s.Token(j); x.Bound || x.Quote || x.Verb {
			return k // another clause, or another verb, between them
		}
	}
	v := ph.Start - 1
	if v <= a || !s.Token(v).Verb || s.Token(v).Noun || ph.Coord {
		return k
	}
	if q := s.Token(v-1).Phrase - 1; q >= 0 && q != p && s.Phrase(q).End == v && s.Phrase(q).Prep == "" && s.Phrase(q).Actor {
		return v // the subject right before the verb owns it
	}
	return k
}

// BodyOf returns the organisation that the agent phrase [start, end), a
// noun of a body's part alone (a delegation, a leadership: lexicon class
// body-part), belongs to when من names it right after (وفد من حركة حماس,
// ممثلون من الصليب الأحمر): the part acts for that body, with its code,
// not as an official of the body's country. ents are the document's
// entities; -1 if no organisation with a code of its own follows.
func BodyOf(s frame.Sentence, start, end int, ents []news.Entity) int {
	_, b := s.Span()
	lx := lexicon.Default()
	if end != start+1 || end+1 >= b || !lx.Has(s.Token(start).Word, "body-part") || !lx.Has(s.Token(end).Norm, "part-of") {
		return -1
	}
	t := s.Token(end + 1)
	if t.Actor == 0 || !t.NameStart {
		return -1
	}
	if e := ents[t.Actor-1]; e.Type != news.ORG || e.Actor == "" || e.Actor == e.Country {
		return -1
	}
	return t.Actor - 1
}
