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
	for _, c := range []struct {
		name, sentence string
		want           bool // the last phrase names where, not who
	}{
		{"the name of a summit", "وأعلن عنها في قمة! [كامب$ ديفيد$] الماضية", true},
		{"a border after a preposition", "انفجار في بلدة على حدود [سوريا$] أمس", true},
		{"a place after the capital under a preposition", "وبقي الوزراء في العاصمة [الرياض$] حيث", true},
		{"a name in apposition between commas", "تجري في العاصمة العمانية ، [مسقط$] ، مفاوضات!", true},
		{"the preposition on the noun of place", "تجري بالعاصمة العمانية ، [مسقط$] ، مفاوضات!", true},
		{"a place that proposes: no noun of place or occasion", "استجاب الأعضاء لاقتراح [السودان$] استئناف", false},
		{"a phrase of time before the comma", "في غضون ذلك ، [مسقط$] ، تدعو^ إلى", false},
		{"no second comma: the place is the subject", "في العاصمة ، [مسقط$] تدعو^ إلى", false},
		{"a noun of place with no preposition", "وتدعو^ حدود [سوريا$] إلى", false},
		{"a place after a verb is its subject", "ودعت^ [مسقط$] إلى الحوار", false},
		{"a place named as whence: its country's delegation", "وفدا قدم^ من جمهورية [الجزائر$] الشقيقة", false},
		{"a phrase of place that holds a person", "أن المدير بمنطقة [الرياض$ الأستاذ محمد@ المرشد@] شارك^", false},
		{"a phrase that names no place", "تجري في العاصمة العمانية ، [الحكومة] ، مفاوضات!", false},
	} {
		s := venueSentence(c.sentence)
		if got := Venue(s, len(s.Phr)-1); got != c.want {
			t.Errorf("%s: Venue(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}
