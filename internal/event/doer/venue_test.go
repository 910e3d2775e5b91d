package doer

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

// venueSentence reads the notation of the venue tests: [ and ] hold an
// actor phrase, a word ending in $ names a place of Oman (a phrase that
// opens with one names a place), @ is part of a person's name, ! marks
// an act noun, ^ a verb; في, على and من are prepositions, and a word that
// starts with ب carries one.
func venueSentence(s string) *frametest.Sentence {
	f := frametest.Parse(s, func(w string) frame.Token {
		var t frame.Token
		for mark, set := range map[string]func(){"$": func() { t.Place = "OMN" }, "!": func() { t.Noun, t.Event = true, true }, "^": func() { t.Verb, t.Event = true, true }, "@": func() { t.Actor = 2 }} {
			if strings.HasSuffix(w, mark) {
				w = strings.TrimSuffix(w, mark)
				set()
			}
		}
		t.Norm = arabic.Normalize(w)
		t.Plain, t.Word = t.Norm, t.Norm
		switch {
		case t.Norm == "في" || t.Norm == "علي" || t.Norm == "من":
			t.IsPrep, t.Prep = true, t.Norm
		case strings.HasPrefix(t.Norm, "بال"):
			t.Prep, t.Word, t.Definite = "ب", strings.TrimPrefix(t.Norm, "بال"), true
		case strings.HasPrefix(t.Norm, "ب"):
			t.Prep, t.Word = "ب", strings.TrimPrefix(t.Norm, "ب")
		case strings.HasPrefix(t.Norm, "ال"):
			t.Definite, t.Word = true, strings.TrimPrefix(t.Norm, "ال")
		}
		t.Bound = w == "،" || w == "."
		return t
	})
	for i, p := range f.Phr {
		f.Phr[i].Place = f.Toks[p.Start].Place != ""
		for j := p.Start; j < p.End; j++ {
			f.Phr[i].PersonIn = f.Phr[i].PersonIn || f.Toks[j].Actor == 2
		}
	}
	return f
}

func TestVenue(t *testing.T) {
	checkHolds(t, "Venue", venueSentence, func(s *frametest.Sentence, _ holds) bool {
		return Venue(s, len(s.Phr)-1)
	}, "testdata/venue.tsv")
}
