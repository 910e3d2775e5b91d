package doer

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
)

// sent is a sentence written for a test, one token a word: [word] is a
// one-word actor phrase, [word]^ one that names a place (a nisba), " a
// quotation mark; words are written normalised (ان for أن).
type sent struct {
	toks []frame.Token
	phr  []frame.Phrase
}

func parseSent(s string) *sent {
	f := &sent{}
	for _, w := range strings.Fields(s) {
		j := len(f.toks)
		t := frame.Token{Norm: w, Word: w, Quote: w == `"`}
		if strings.HasPrefix(w, "[") {
			place := strings.HasSuffix(w, "^")
			w = strings.Trim(w, "[]^")
			t.Norm, t.Word = w, w
			f.phr = append(f.phr, frame.Phrase{Start: j, End: j + 1, Named: true})
			t.Phrase = len(f.phr)
			if place {
				t.Place = "PSE"
			}
		}
		f.toks = append(f.toks, t)
	}
	return f
}

func (f *sent) Span() (int, int)           { return 0, len(f.toks) }
func (f *sent) Token(j int) frame.Token    { return f.toks[j] }
func (f *sent) Phrase(pi int) frame.Phrase { return f.phr[pi] }
func (f *sent) Phrases() int               { return len(f.phr) }

func TestPunctuated(t *testing.T) {
	for _, c := range []struct {
		s    string
		verb string
		want string // the token where the subject ends, "" for the verb itself
	}{
		{`اعلن [ابوردينة] ان [القيادة] " ستعقد اجتماعا`, "ستعقد", `"`},                        // a partial quote from the verb on
		{`قال [الرئيس] ان [الحكومة] ، ستستقبل الوفد`, "ستستقبل", "،"},                         // a comma after the subject
		{`اعلن [ابوردينة] ان [القيادة] [الفلسطينية]^ " ستعقد اجتماعا`, "ستعقد", "الفلسطينية"}, // a nisba read apart
		{`قال [الرئيس] ، ستستقبل الحكومة الوفد`, "ستستقبل", ""},                               // no أن: the comma ends a speaker's name
		{`اعلن ان [القيادة] ستعقد اجتماعا`, "ستعقد", ""},                                      // nothing between
		{`اعلن ان الوزير " ستعقد اجتماعا`, "ستعقد", ""},                                       // no actor phrase before the mark
	} {
		f := parseSent(c.s)
		k := -1
		for j, x := range f.toks {
			if x.Word == c.verb {
				k = j
			}
		}
		got := Punctuated(f, k)
		want := k
		for j, x := range f.toks {
			if c.want != "" && x.Word == c.want {
				want = j
			}
		}
		if got != want {
			t.Errorf("Punctuated(%s) = %d, want %d", c.s, got, want)
		}
	}
}
