package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// Apposed returns the phrase of the person named first in the clause that
// starts after l when what stands between that name and the verb at k is
// its apposition: a title right after the name, then nouns and names of
// the title's genitive chain (إن خالد محفوظ بحاح نائب رئيس الجمهورية
// اليمنية رئيس مجلس الوزراء سيجتمع; إن مسعود البرزاني رئيس إقليم كردستان
// العراق سيزور). The name is the subject of the verb, however long the
// titles that describe it, and not the one who reports the clause. The
// apposition holds no preposition, conjunction of actors, number, event
// word, clause bound or other person (a title alone may be linked to the
// one who holds it: رئيس), and is at most ten words long; an auxiliary
// before the verb may follow it. It returns -1 when the clause opens
// otherwise.
func Apposed(s frame.Sentence, k, l int) int {
	end := k
	if end-1 > l && s.Token(end-1).Cue == vocab.CueAux {
		end--
	}
	start := l + 1
	for start < end && s.Token(start).Quote {
		start++
	}
	pi := frame.PhraseAt(s, start)
	if pi < 0 || s.Phrase(pi).Prep != "" || !s.Phrase(pi).Person || !s.Token(start).NameStart {
		return -1
	}
	n := start
	for n < end && s.Token(n).Actor == s.Token(start).Actor {
		n++
	}
	if n >= end || end-n > 10 || !s.Token(n).Title {
		return -1
	}
	for q := n; q < end; q++ {
		x := s.Token(q)
		if x.Bound || x.IsPrep || x.Prep != "" || x.Event || x.Quote || x.Number || x.Cue != vocab.CueNone {
			return -1
		}
		if qi := x.Phrase - 1; qi >= 0 && qi != pi {
			ph := s.Phrase(qi)
			if ph.Prep != "" || ph.Coord || ph.PersonIn && (!x.Title || ph.End-ph.Start > 1) {
				return -1
			}
		}
	}
	return pi
}
