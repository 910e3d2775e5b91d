package object

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
	"rasad/internal/tabletest"
)

// towns are the words that open a phrase naming a place in the tests.
var towns = map[string]bool{"القاهرة": true, "الخليل": true, "غزة": true}

// parse reads a sentence written for a test: [ and ] enclose an actor
// phrase (one that opens with a word of towns names a place), p+word a
// word with the attached preposition p, word! an event noun whose
// genitive is its patient, word= a word carrying a pronoun, امس a word of
// the day; في, علي, الي and من are prepositions, . and ، bounds; words are
// written normalised.
func parse(sentence string) *frametest.Sentence {
	f := frametest.Parse(sentence, func(w string) frame.Token {
		t := frame.Token{Norm: w}
		if p, rest, ok := strings.Cut(w, "+"); ok {
			t.Prep, w = p, rest
		}
		if rest, ok := strings.CutSuffix(w, "!"); ok {
			w, t.Norm, t.Noun, t.Event, t.Patient = rest, rest, true, true, true
		}
		if rest, ok := strings.CutSuffix(w, "="); ok {
			w, t.Norm, t.Suffix = rest, rest, true
		}
		t.Word, t.Bound, t.IsPrep = w, w == "." || w == "،", w == "علي" || w == "الي" || w == "في" || w == "من"
		if t.IsPrep {
			t.Prep = w
		}
		if w == "امس" {
			t.Cue = vocab.CueRecent
		}
		return t
	})
	for i := range f.Phr {
		first := f.Toks[f.Phr[i].Start]
		f.Phr[i].Place = towns[first.Norm]
		for j := f.Phr[i].Start; j < f.Phr[i].End; j++ {
			f.Toks[j].Actor = i + 1
		}
		if first.Prep != "" {
			f.Phr[i].Prep = first.Prep
		}
	}
	return f
}

// TestEnd: the direct object stops at the first preposition no name holds,
// past a place after في and the doer's own statement.
func TestEnd(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/end.tsv", 5) {
		f := parse(r[1])
		from := 0
		for f.Toks[from].Norm != r[2] {
			from++
		}
		got := End(f, from, len(f.Toks), -1, r[4] == "verbal")
		word := "-"
		if got < len(f.Toks) {
			word = f.Toks[got].Norm
		}
		if word != r[3] {
			t.Errorf("%s: End(%q) stops at %q, want %q", r[0], r[1], word, r[3])
		}
	}
}
