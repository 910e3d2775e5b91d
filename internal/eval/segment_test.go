package eval

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

func readFixture(t *testing.T, name string) ([]Sentence, int) {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, skipped, err := ReadCoNLLU(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return sents, skipped
}

// render writes a sentence's gold tokens as their words joined by +, and
// the tokens by |; ignored tokens in brackets.
func render(s Sentence) string {
	var toks []string
	for _, g := range s.Tokens {
		var ws []string
		for _, k := range g.Words {
			w := s.Words[k]
			if w.Start >= 0 && s.Text[w.Start:w.End] != w.Form {
				ws = append(ws, "!"+w.Form)
				continue
			}
			ws = append(ws, w.Form)
		}
		t := strings.Join(ws, "+")
		if s.Text[g.Start:g.End] != strings.Join(ws, "") && s.Words[g.Words[0]].Start >= 0 {
			t = "!" + t
		}
		if g.Ignore {
			t = "[" + t + "]"
		}
		toks = append(toks, t)
	}
	return strings.Join(toks, "|")
}

func TestReadCoNLLU(t *testing.T) {
	tests := []struct {
		file        string
		texts       []string
		rendered    []string
		wantSkipped int
	}{
		{"pud-style.conllu",
			[]string{"قال بوتين لروسيا: علاقاتنا جيدة.", "وللسلطة رأي."},
			[]string{"قال|بوتين|ل+روسيا|:|علاقات+نا|جيدة|.", "و+ل+لسلطة|رأي|."}, 0},
		{"padt-style.conllu",
			[]string{"وقال للحظر ألقاها هو وذلك ."},
			[]string{"و+قال|ل+لحظر|ألقا+ها|هو|[وذلك]|."}, 1},
		{"mwt-style.conllu",
			[]string{"للسلطة قرار"},
			[]string{"ل+السلطة|قرار"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			sents, skipped := readFixture(t, tt.file)
			if len(sents) != len(tt.texts) {
				t.Fatalf("ReadCoNLLU(%s): %d sentences, want %d", tt.file, len(sents), len(tt.texts))
			}
			for i, s := range sents {
				if s.Text != tt.texts[i] {
					t.Errorf("sentence %d text = %q, want %q", i, s.Text, tt.texts[i])
				}
				if got := render(s); got != tt.rendered[i] {
					t.Errorf("sentence %d = %q, want %q", i, got, tt.rendered[i])
				}
			}
			if skipped != tt.wantSkipped {
				t.Errorf("skipped = %d, want %d", skipped, tt.wantSkipped)
			}
		})
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	f, err := os.Open("testdata/bad-columns.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, _, err = ReadCoNLLU(f, "bad-columns.conllu")
	if err == nil || !strings.Contains(err.Error(), "bad-columns.conllu:2:") {
		t.Errorf("ReadCoNLLU error = %v, want one naming bad-columns.conllu:2", err)
	}
	_, _, err = ReadCoNLLU(strings.NewReader("# text = أ ب\n1\tج\t_\t_\t_\t_\t_\t_\t_\t_\n\n"), "x.conllu")
	if err == nil || !strings.Contains(err.Error(), "x.conllu:2:") {
		t.Errorf("ReadCoNLLU of a form not in the text: error = %v, want one naming x.conllu:2", err)
	}
}

func TestSegmentScores(t *testing.T) {
	seg := arabic.DefaultSegmenter()
	tests := []struct {
		file          string
		tokens, words Score
	}{
		{"pud-style.conllu", Score{Gold: 10, System: 10, Correct: 10}, Score{Gold: 14, System: 14, Correct: 14}},
		{"padt-style.conllu", Score{Gold: 5, System: 5, Correct: 5}, Score{Gold: 8, System: 8, Correct: 8}},
		{"mwt-style.conllu", Score{Gold: 2, System: 2, Correct: 2}, Score{Gold: 3, System: 3, Correct: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			sents, _ := readFixture(t, tt.file)
			got := Segment(sents, seg)
			if got.Tokens != tt.tokens || got.Words != tt.words {
				t.Errorf("Segment(%s) = tokens %+v words %+v, want %+v %+v", tt.file, got.Tokens, got.Words, tt.tokens, tt.words)
			}
		})
	}
}

// TestScoreTokensMisses scores a system that left لروسيا whole and split
// جيدة wrongly.
func TestScoreTokensMisses(t *testing.T) {
	sents, _ := readFixture(t, "pud-style.conllu")
	s := &sents[0]
	toks := arabic.Tokenize(s.Text)
	arabic.DefaultSegmenter().Segment(toks)
	for i := range toks {
		switch toks[i].Text {
		case "لروسيا":
			toks[i].Parts = []news.Part{{Start: toks[i].Start, End: toks[i].End, Form: "لروسيا", Role: news.Stem}}
		case "جيدة":
			mid := toks[i].Start + len("جيد")
			toks[i].Parts = []news.Part{
				{Start: toks[i].Start, End: mid, Form: "جيد", Role: news.Stem},
				{Start: mid, End: toks[i].End, Form: "ة", Role: news.Enclitic},
			}
		}
	}
	tokens, words := scoreTokens(s, toks)
	if want := (Score{Gold: 7, System: 7, Correct: 7}); tokens != want {
		t.Errorf("tokens = %+v, want %+v", tokens, want)
	}
	if want := (Score{Gold: 9, System: 9, Correct: 6}); words != want {
		t.Errorf("words = %+v, want %+v", words, want)
	}
	if p, r, f := words.Precision(), words.Recall(), words.F1(); p != 100*6.0/9 || r != 100*6.0/9 || f != 100*6.0/9 {
		t.Errorf("P R F1 = %v %v %v, want all %v", p, r, f, 100*6.0/9)
	}
}

func TestLCS(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want int
	}{
		{"equal", []string{"ل", "السلطة"}, []string{"ل", "السلطة"}, 2},
		{"one missing", []string{"و", "ل", "السلطة"}, []string{"و", "للسلطة"}, 1},
		{"empty", nil, []string{"x"}, 0},
		{"order", []string{"a", "b", "c"}, []string{"c", "a", "c"}, 2},
	}
	for _, tt := range tests {
		if got := lcs(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: lcs(%q, %q) = %d, want %d", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestWrite(t *testing.T) {
	var b bytes.Buffer
	s := SegmentScores{Tokens: Score{Gold: 10, System: 10, Correct: 9}, Words: Score{Gold: 20, System: 18, Correct: 17}}
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	want := "tokens  P 90.0  R 90.0  F1 90.0\nwords   P 94.4  R 85.0  F1 89.5\n"
	if b.String() != want {
		t.Errorf("Write = %q, want %q", b.String(), want)
	}
}
