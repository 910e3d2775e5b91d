package doer

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/tabletest"
)

// told builds a sentence from words apart by spaces: [ opens an actor
// phrase and ] closes it, ~ marks a word that carries an enclitic pronoun,
// @ an event word, % a verb the coder reads as of the third person
// feminine singular; a word with the article is definite.
func told(s string) *frametest.Sentence {
	return frametest.Parse(s, func(w string) frame.Token {
		var t frame.Token
		if strings.HasSuffix(w, "~") {
			w, t.Suffix = strings.TrimSuffix(w, "~"), true
		}
		if strings.HasSuffix(w, "%") { // the coder reads a verb of the third person feminine singular
			w, t.Fem = strings.TrimSuffix(w, "%"), true
		}
		if strings.HasSuffix(w, "@") {
			w, t.Event = strings.TrimSuffix(w, "@"), true
		}
		t.Norm = arabic.Normalize(w)
		t.Plain = t.Norm
		t.Definite = strings.HasPrefix(t.Norm, "ال")
		t.Word = strings.TrimPrefix(t.Norm, "ال")
		t.Quote = w == "«" || w == "»"
		t.Bound = w == "،" || w == "."
		return t
	})
}

func TestTold(t *testing.T) {
	checkHolds(t, "Told", told, func(s *frametest.Sentence, _ holds) bool {
		return Told(s, lastEvent(s))
	}, "testdata/told.tsv")
}

func TestTeller(t *testing.T) {
	s := told("وقال الوزير إن العالم رحب@")
	k := len(s.Toks) - 1
	if got := Teller(s, k, false, []string{"الوزير"}); got == nil || len(got) != 0 {
		t.Errorf("Teller of another's act = %q, want empty, not nil", got)
	}
	if got := Teller(s, k, true, []string{"الوزير"}); len(got) != 1 {
		t.Errorf("Teller of his own act = %q, want the teller", got)
	}
}

// holds is a row of a test of a reading that holds of a sentence or not:
// its name, the sentence in the notation of told (or appeal, or
// venueSentence), and whether the reading holds.
type holds struct {
	name, sentence string
	want           bool
}

// checkHolds reads the rows of a file of testdata (tabletest.Rows: the
// name, the sentence, and "true" or "false"), builds each sentence with
// build and checks that f, called name in failures, holds of it as the
// row wants.
func checkHolds(t *testing.T, name string, build func(string) *frametest.Sentence, f func(*frametest.Sentence, holds) bool, path string) {
	t.Helper()
	rows := tabletest.Rows(t, path)
	if len(rows) == 0 {
		t.Fatalf("%s: %s has no rows", name, path)
	}
	for _, r := range rows {
		want, err := strconv.ParseBool(r[2])
		if err != nil {
			t.Fatalf("%s: row %q: want true or false, got %q", path, r[0], r[2])
		}
		h := holds{name: r[0], sentence: r[1], want: want}
		if got := f(build(h.sentence), h); got != want {
			t.Errorf("%s: %s(%s) = %v, want %v", h.name, name, h.sentence, got, want)
		}
	}
}
