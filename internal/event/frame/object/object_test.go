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
var towns = map[string]bool{"القاهرة": true, "الخليل": true, "غزة": true, "اليمن": true, "الرياض": true, "ايران": true}

// parse reads a sentence written for a test: [ and ] enclose an actor
// phrase (one that opens with a word of towns names a place), p+word a
// word with the attached preposition p, word! an event noun whose
// genitive is its patient, word= a word carrying a pronoun, word^ a title,
// word@ the start of a person's name (its phrase a person's), امس a word of
// the day, تسعة ثلاثة خمسة عشرة اربعة ثمانية احد خمس عشرين numbers in words, digits numbers, ال a definite word, الاتراك a nisba of Turkey; في, علي, الي, من, مع and عن are prepositions, . and ، bounds; words are
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
		if rest, ok := strings.CutSuffix(w, "^"); ok {
			w, t.Norm, t.Title = rest, rest, true
		}
		if rest, ok := strings.CutSuffix(w, "@"); ok {
			w, t.Norm, t.NameStart = rest, rest, true
		}
		t.Word, t.Bound, t.IsPrep = w, w == "." || w == "،", w == "علي" || w == "الي" || w == "في" || w == "من" || w == "مع" || w == "عن"
		t.Plain, t.Number, t.Definite = w, strings.Trim(w, "0123456789") == "", strings.HasPrefix(w, "ال")
		if t.IsPrep {
			t.Prep = w
		}
		if w == "امس" {
			t.Cue = vocab.CueRecent
		}
		if w == "تسعة" || w == "ثلاثة" || w == "خمسة" || w == "عشرة" || w == "اربعة" || w == "ثمانية" || w == "احد" || w == "خمس" || w == "عشرين" {
			t.Cue = vocab.CueNumber
		}
		if w == "الاتراك" {
			t.Place = "TUR"
		}
		return t
	})
	for i := range f.Phr {
		first := f.Toks[f.Phr[i].Start]
		f.Phr[i].Place = towns[first.Norm]
		f.Phr[i].Person = first.NameStart
		for j := f.Phr[i].Start; j < f.Phr[i].End; j++ {
			f.Phr[i].PersonIn = f.Phr[i].PersonIn || f.Toks[j].NameStart
		}
		for j := f.Phr[i].Start; j < f.Phr[i].End; j++ {
			f.Toks[j].Actor = i + 1
		}
		if first.Prep != "" {
			f.Phr[i].Prep = first.Prep
		}
	}
	return f
}

// word returns the token at j, "-" past the sentence or for -1.
func word(f *frametest.Sentence, j int) string {
	if j < 0 || j >= len(f.Toks) {
		return "-"
	}
	return f.Toks[j].Norm
}

// TestEnd: the direct object stops at the first preposition no name holds,
// past a place after في and the doer's own statement.
func TestEnd(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/end.tsv", 5) {
		f := parse(r[1])
		if got := word(f, End(f, f.Index(r[2]), len(f.Toks), -1, r[4] == "verbal")); got != r[3] {
			t.Errorf("%s: End(%q) stops at %q, want %q", r[0], r[1], got, r[3])
		}
	}
}

// TestCounted: people counted by a noun that names no actor.
func TestCounted(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/counted.tsv", 5) {
		f := parse(r[1])
		j, _, cc := Counted(f, f.Index(r[2]), len(f.Toks), []string{"عن"})
		if got := word(f, j); got != r[3] || cc != r[4] {
			t.Errorf("%s: Counted(%q) = %q, %q, want %q, %q", r[0], r[1], got, cc, r[3], r[4])
		}
	}
}

// TestPhrases: the phrase or the word each rule finds, by its name in the
// table (the phrase's first word, "-" for none).
func TestPhrases(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/phrases.tsv", 5) {
		f := parse(r[1])
		at, got := f.Index(r[3]), ""
		first := func(pi int) string {
			if pi < 0 {
				return "-"
			}
			return f.Toks[f.Phr[pi].Start].Norm
		}
		switch r[2] {
		case "Governed", "Governed without complement":
			if got = Governed(f, f.Toks[len(f.Toks)-2].Phrase-1, at, r[2] == "Governed"); got == "" {
				got = "-"
			}
		case "Partner":
			got = first(Partner(f, 0, at, len(f.Toks)))
		case "AfterAgent":
			got = first(AfterAgent(f, at, len(f.Toks)))
		case "TitleName":
			got = word(f, TitleName(f, f.Toks[at].Phrase-1, f.Phr[f.Toks[at].Phrase-1].End))
		case "Host":
			country := func(pi int) string {
				if first(pi) == "ايران" {
					return "IRN"
				}
				return ""
			}
			got = first(Host(f, at, len(f.Toks), country, func(cc string) bool { return cc == "GBR" }))
		default:
			t.Fatalf("%s: no rule %q", r[0], r[2])
		}
		if got != r[4] {
			t.Errorf("%s: %s(%q) = %q, want %q", r[0], r[2], r[1], got, r[4])
		}
	}
}
