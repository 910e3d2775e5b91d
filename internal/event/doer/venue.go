package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Venue reports whether the place phrase pi stands inside a phrase of
// place or of occasion governed by a preposition, though no preposition
// stands on it: the genitive of a noun of place (lexicon class loc-cue)
// or of an act noun after a preposition (على حدود سوريا, في العاصمة
// الرياض, في قمة كامب ديفيد: the border, the capital, the summit's name),
// or a name set between commas in apposition to a place under a
// preposition (في العاصمة العمانية، مسقط،: apposed). Such a place is
// where an act happens or what names an occasion, never the subject of a
// verb or the doer of an act noun. The genitive of another noun is its
// doer or owner (لاقتراح السودان: Sudan proposes), and stays one.
func Venue(s frame.Sentence, pi int) bool {
	ph := s.Phrase(pi)
	if !ph.Place || ph.Role || ph.PersonIn || ph.Prep != "" || ph.Coord {
		return false
	}
	a, _ := s.Span()
	j := ph.Start - 1
	if j <= a {
		return false
	}
	t := s.Token(j)
	if vocab.Comma(t.Norm) {
		_, b := s.Span()
		return ph.End < b && vocab.Comma(s.Token(ph.End).Norm) && apposed(s, j, s.Token(ph.Start).Place)
	}
	cue := placeNoun(t)
	if t.Phrase != 0 || t.Bound || t.Quote || t.Verb || t.Number || t.Suffix || t.Definite && !cue || !t.Noun && !cue {
		return false // لاقتراح السودان, عن إصرار تركيا: the one who proposes, who insists
	}
	return !t.IsPrep && locative(t.Prep) || s.Token(j-1).IsPrep && locative(s.Token(j-1).Prep)
}

// locative reports whether the preposition p names where an act happens
// or whither it goes (في العاصمة الرياض, إلى جمهورية مصر), not whence: a
// place after من names whom a party comes from (وفدا قدم من جمهورية
// الجزائر: the delegation's country), and stays its actor.
func locative(p string) bool { return p != "" && p != "من" }

// apposed reports whether the comma at j closes a phrase of place under a
// preposition, of at most four words, one of which names a kind of place
// (lexicon class loc-cue: العاصمة, مدينة), a place of country cc or its
// nisba (في العاصمة العمانية، مسقط،): the place after the comma, set
// between commas, names it again. A phrase of time or of manner (في غضون
// ذلك، مصر تدعو) names no place, and the name after its comma is a
// subject.
func apposed(s frame.Sentence, j int, cc string) bool {
	a, _ := s.Span()
	seen := false
	for i := j - 1; i >= a && i >= j-4 && cc != ""; i-- {
		t := s.Token(i)
		if t.Bound || t.Verb || t.Quote || t.Number {
			return false
		}
		seen = seen || t.Place == cc || !t.IsPrep && placeNoun(t)
		if t.IsPrep {
			return seen && i < j-1 && locative(t.Prep)
		}
		if t.Prep != "" {
			return seen && locative(t.Prep)
		}
	}
	return false
}

// placeNoun reports whether t is a noun of place (lexicon class loc-cue:
// العاصمة, مدينة, حدود).
func placeNoun(t frame.Token) bool {
	l := lexicon.Default()
	return l.Has(t.Norm, "loc-cue") || l.Has(t.Word, "loc-cue")
}
