package eval

import (
	"strings"
	"testing"

	"rasad/internal/news"
)

const wojoodSample = `بتاريخ O
( B-DATE
26 I-DATE
/ I-DATE
4 I-DATE
/ I-DATE
1948 I-DATE
) I-DATE
اجتمع O
الأسد B-PERS B-ORG
الأحد B-DATE

وصل O
اليوم B-DATE
`

func TestReadWojood(t *testing.T) {
	sents, err := ReadWojood(strings.NewReader(wojoodSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("ReadWojood: %d sentences, want 2", len(sents))
	}
	var got []string
	for _, s := range sents {
		for _, d := range s.Dates {
			got = append(got, s.Text[d.Start:d.End])
		}
	}
	want := []string{"( 26 / 4 / 1948 )", "الأحد", "اليوم"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("ReadWojood dates = %q, want %q", got, want)
	}
	if _, err := ReadWojood(strings.NewReader("كلمة\n"), "bad"); err == nil || !strings.Contains(err.Error(), "bad:1") {
		t.Errorf("ReadWojood(a line without tags) error = %v, want one naming bad:1", err)
	}
}

func TestDates(t *testing.T) {
	sents, err := ReadWojood(strings.NewReader(wojoodSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	// A system that finds "26 / 4 / 1948" (overlapping the first mention)
	// and "اجتمع" (overlapping nothing) in the first sentence, nothing in
	// the second.
	spans := func(text string) []news.Span {
		var out []news.Span
		for _, w := range []string{"26 / 4 / 1948", "اجتمع"} {
			if i := strings.Index(text, w); i >= 0 {
				out = append(out, news.Span{Start: i, End: i + len(w)})
			}
		}
		return out
	}
	sc := Dates(sents, spans)
	if sc.Gold != 3 || sc.Found != 1 || sc.System != 2 || sc.Right != 1 {
		t.Fatalf("Dates = %+v, want 3 gold (1 found), 2 system (1 right)", sc)
	}
	var b strings.Builder
	if err := sc.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(b.String(), "DATE  P 50.0  R 33.3  F1 40.0\n") {
		t.Errorf("Write = %q", b.String())
	}
}
