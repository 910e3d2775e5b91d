package doer

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

// sent is a sentence written for a test, one token a word: [word] is a
// one-word actor phrase, [word]^ one that names a place (a nisba), " a
// quotation mark; كان is a word of the cue aux; words are written
// normalised (ان for أن).
type sent = frametest.Sentence

func parseSent(s string) *sent {
	f := &sent{}
	for _, w := range strings.Fields(s) {
		j := len(f.Toks)
		t := frame.Token{Norm: w, Word: w, Quote: w == `"`}
		if w == "كان" || w == "وكان" {
			t.Cue = vocab.CueAux
		}
		if strings.HasPrefix(w, "[") {
			place := strings.HasSuffix(w, "^")
			w = strings.Trim(w, "[]^")
			t.Norm, t.Word = w, w
			f.Phr = append(f.Phr, frame.Phrase{Start: j, End: j + 1, Named: true})
			t.Phrase = len(f.Phr)
			if place {
				t.Place = "PSE"
			}
		}
		f.Toks = append(f.Toks, t)
	}
	return f
}

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
		{`وكان [الحوثيون] الذين يواجهون عملية [التحالف] ، قصفوا الحي`, "قصفوا", "الذين"},      // كان's subject, a clause describing it, its predicate
		{`[الحوثيون] الذين يواجهون عملية [التحالف] ، قصفوا الحي`, "قصفوا", ""},                // no كان before the subject
		{`وكان [الحوثيون] الذين يواجهون ، عملية [التحالف] ، قصفوا الحي`, "قصفوا", ""},         // another comma: the clause is not one
		{`وكان الهجوم على [الحوثيين] الذين يواجهون عملية ، قصفوا الحي`, "قصفوا", ""},          // كان not right before the phrase
	} {
		f := parseSent(c.s)
		k := -1
		for j, x := range f.Toks {
			if x.Word == c.verb {
				k = j
			}
		}
		got := Punctuated(f, k)
		want := k
		for j, x := range f.Toks {
			if c.want != "" && x.Word == c.want {
				want = j
			}
		}
		if got != want {
			t.Errorf("Punctuated(%s) = %d, want %d", c.s, got, want)
		}
	}
}
