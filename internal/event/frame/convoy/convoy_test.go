package convoy

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
	"rasad/internal/tabletest"
)

// towns are the words that open a phrase naming a place in the tests.
var towns = map[string]bool{"عدن": true, "صنعاء": true, "المدينة": true}

// parse reads a sentence written for a test: [ and ] enclose an actor
// phrase ([? one that stands for no actor; one that opens with a word of
// towns names a place), p+word a word with the attached preposition p
// ([p+word: its phrase's), word* an event verb, word! an event noun,
// word~ a light verb (تمكن), و~word a word with the conjunction و, امس a
// word of the day, مدينة and مقر sites; على, الي, في and من are prepositions, . and ، bounds,
// ال before a word makes it definite; words are written normalised.
func parse(sentence string) *frametest.Sentence {
	f := frametest.Parse(sentence, func(w string) frame.Token {
		t := frame.Token{Norm: w}
		if p, rest, ok := strings.Cut(w, "+"); ok {
			t.Prep, w = p, rest
		}
		if rest, ok := strings.CutPrefix(w, "و~"); ok {
			t.And, w, t.Norm = true, rest, "و"+rest
		}
		if rest, ok := strings.CutSuffix(w, "*"); ok {
			w, t.Norm, t.Verb, t.Event = rest, rest, true, true
		}
		if rest, ok := strings.CutSuffix(w, "!"); ok {
			w, t.Norm, t.Noun, t.Event = rest, rest, true, true
		}
		if rest, ok := strings.CutSuffix(w, "~"); ok {
			w, t.Norm, t.Cue = rest, rest, vocab.CueLight
		}
		t.Word, t.Bound, t.IsPrep = w, w == "." || w == "،", w == "على" || w == "الي" || w == "في" || w == "من"
		if w == "امس" {
			t.Cue = vocab.CueRecent
		}
		if w == "مدينة" || w == "مقر" {
			t.Cue = vocab.CueSite
		}
		if rest, ok := strings.CutPrefix(w, "ال"); ok && len(rest) > 2 {
			t.Word, t.Definite = rest, true
		}
		return t
	})
	for i := range f.Phr {
		first := f.Toks[f.Phr[i].Start]
		f.Phr[i].Place = towns[first.Norm]
		if first.Prep != "" {
			f.Phr[i].Prep = first.Prep
		}
	}
	return f
}

// TestSiteOwner: an attack on what carries people or supplies to a side,
// or on a convoy going to its support, strikes that side.
func TestSiteOwner(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/siteowner.tsv", 4) {
		f := parse(r[1])
		if got := SiteOwner(f, f.Index(r[2]), len(f.Toks)); strconv.Itoa(got) != r[3] {
			t.Errorf("%s: SiteOwner(%q) = %d, want %s", r[0], r[1], got, r[3])
		}
	}
}
