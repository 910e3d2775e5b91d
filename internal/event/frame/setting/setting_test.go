package setting

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/tabletest"
)

// parse reads a sentence written for a test: words apart by spaces, [ and
// ] around an actor phrase, word=CC a place (or its nisba) of country CC,
// word=CC! the nisba of an armed or official actor (الجيش الاميركي), و+word
// a word that the conjunction و opens. Words are written normalised.
func parse(sentence string) *frametest.Sentence {
	return frametest.Parse(sentence, func(w string) frame.Token {
		t := frame.Token{}
		if rest, ok := strings.CutPrefix(w, "و+"); ok {
			t.And, w = true, rest
		}
		if word, cc, ok := strings.Cut(w, "="); ok {
			w = word
			t.Place, t.OfAgent = strings.TrimSuffix(cc, "!"), strings.HasSuffix(cc, "!")
		}
		t.Norm, t.Word, t.Plain = w, w, w
		return t
	})
}

// TestCountry runs the rows of testdata/country.tsv: the country of the
// scene that Sole, Near (from a word) or Country finds, the tokens of a
// word to skip left out.
func TestCountry(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/country.tsv", 5) {
		t.Run(r[0], func(t *testing.T) {
			s := parse(r[1])
			at := func(w string) int {
				for j, x := range s.Toks {
					if x.Norm == w {
						return j
					}
				}
				t.Fatalf("no word %q in %q", w, r[1])
				return -1
			}
			skip := func(int) bool { return false }
			if w, ok := strings.CutPrefix(r[2], "skip "); ok {
				skip = func(j int) bool { return s.Toks[j].Norm == w }
			}
			var got string
			switch fn, w, _ := strings.Cut(r[3], " "); fn {
			case "sole":
				got = Sole(s, skip)
			case "near":
				got = Near(s, at(w), skip)
			default:
				got = Country("", s, at(w), skip)
			}
			if got != r[4] {
				t.Errorf("%s in %q = %q, want %q", r[3], r[1], got, r[4])
			}
		})
	}
}
