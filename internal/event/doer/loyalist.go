package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Loyalist reports whether the armed agent phrase [start, end) (gunmen,
// militias, fighters: an agent of role REB or UAF) is tied by a word of
// affiliation (الموالين, الموالية, التابعة) to the government side, and so
// is a pro-government militia: the state's military, not its rebels. The
// government side is what follows ل: the government, the regime or the
// legitimate authority (الميليشيات الموالية للنظام, مسلحين موالين للحكومة:
// the lexicon's class government-forces), an actor whose code is a
// state's government or military (الموالية للرئيس الأسد), or a pronoun
// (الموالين لها) when the phrase joined by و before this one names the
// state's forces or government (قوات النظام والمسلحين الموالين لها), and
// names no rebels or opposition. A militia loyal to a movement or to
// another state (موالون لتنظيم داعش, الموالية لإيران) is not the scene's
// government's and is left as it is.
func Loyalist(s frame.Sentence, start, end int, ents []news.Entity) bool {
	_, b := s.Span()
	for j := start + 1; j+1 < b && j <= end+1; j++ {
		t := s.Token(j)
		if j >= end && (t.Bound || t.Event || t.IsPrep || t.Phrase != 0 && t.Phrase != s.Token(start).Phrase) {
			return false
		}
		if !vocab.Affiliation(t.Word) {
			continue
		}
		c := s.Token(j + 1)
		if lexicon.Default().Has(c.Word, "affiliation-pronoun") {
			pi := s.Token(start).Phrase - 1
			return pi > 0 && s.Phrase(pi).Start == start && s.Phrase(pi).Coord && stateForces(s, s.Phrase(pi-1), ents)
		}
		if c.Prep != string(arabic.Lam) {
			return false
		}
		if c.Actor > 0 {
			return stateSide(ents[c.Actor-1])
		}
		return governmentWord(c.Norm)
	}
	return false
}

// stateSide reports whether an actor's code is a state's government,
// military or police (SYRGOV, SYRMIL), by its country prefix.
func stateSide(e news.Entity) bool {
	a, c := e.Actor, e.Country
	if c == "" || len(a) < len(c)+3 || !strings.HasPrefix(a, c) {
		return false
	}
	switch a[len(c) : len(c)+3] {
	case "GOV", "MIL", "COP":
		return true
	}
	return false
}

// governmentWord reports whether the token (with its proclitics: للنظام)
// names the government, the regime or the legitimate authority.
func governmentWord(norm string) bool {
	return lexicon.Default().Has(lexicon.NameStem(norm), "government-forces")
}

// stateForces reports whether phrase p names a state's forces or
// government (قوات النظام, الجيش السوري, الحكومة) and no rebels or
// opposition (قوات المعارضة).
func stateForces(s frame.Sentence, p frame.Phrase, ents []news.Entity) bool {
	state := false
	for j := p.Start; j < p.End; j++ {
		t := s.Token(j)
		if t.Actor > 0 {
			if !stateSide(ents[t.Actor-1]) {
				return false
			}
			state = true
			continue
		}
		w := lexicon.Default().Word(lexicon.NameStem(t.Norm))
		switch {
		case w.Has("agent:REB") || w.Has("agent:OPP") || w.Has("agent:UAF"):
			return false
		case w.Has("government-forces") || w.Has("agent:MIL") || w.Has("agent:COP") || w.Has("agent:GOV"):
			state = true
		}
	}
	return state
}
