package eval

import (
	"bytes"
	"strings"
	"testing"
)

func TestScoreBIO(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		typ        string
		want       NERCounts
	}{
		{"exact match", []string{"B-PER", "I-PER", "O"}, []string{"B-PER", "I-PER", "O"}, "PER", NERCounts{1, 1, 1}},
		{"short span is wrong", []string{"B-PER", "I-PER", "O"}, []string{"B-PER", "O", "O"}, "PER", NERCounts{1, 1, 0}},
		{"long span is wrong", []string{"B-PER", "O", "O"}, []string{"B-PER", "I-PER", "O"}, "PER", NERCounts{1, 1, 0}},
		{"wrong type", []string{"B-LOC", "O"}, []string{"B-ORG", "O"}, "LOC", NERCounts{0, 1, 0}},
		{"two adjacent spans", []string{"B-LOC", "B-LOC"}, []string{"B-LOC", "B-LOC"}, "LOC", NERCounts{2, 2, 2}},
		{"stray inside starts a span", []string{"I-ORG", "I-ORG"}, []string{"B-ORG", "I-ORG"}, "ORG", NERCounts{1, 1, 1}},
		{"missed", []string{"O", "B-MISC"}, []string{"O", "O"}, "MISC", NERCounts{0, 1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NERScore{}
			s.ScoreBIO(tt.gold, tt.pred)
			got := NERCounts{}
			if c := s[tt.typ]; c != nil {
				got = *c
			}
			if got != tt.want {
				t.Errorf("ScoreBIO(%v, %v)[%s] = %+v, want %+v", tt.gold, tt.pred, tt.typ, got, tt.want)
			}
		})
	}
}

func TestNERCounts(t *testing.T) {
	c := NERCounts{Pred: 4, Gold: 5, Correct: 3}
	if p, r, f := c.Precision(), c.Recall(), c.F1(); p != 75 || r != 60 || f < 66.66 || f > 66.67 {
		t.Errorf("P, R, F1 = %v, %v, %v, want 75, 60, 66.67", p, r, f)
	}
	if f := (NERCounts{}).F1(); f != 0 {
		t.Errorf("F1 of nothing = %v, want 0", f)
	}
}

func TestWriteNER(t *testing.T) {
	s := NERScore{}
	s.ScoreBIO([]string{"B-PER", "I-PER", "B-LOC", "B-MISC"}, []string{"B-PER", "I-PER", "B-ORG", "B-MISC"})
	var b bytes.Buffer
	if err := s.WriteNER(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	want := []string{
		"PER    P 100.0  R 100.0  F1 100.0",
		"LOC    P   0.0  R   0.0  F1   0.0",
		"ORG    P   0.0  R   0.0  F1   0.0",
		"MISC   P 100.0  R 100.0  F1 100.0",
		"micro  P  50.0  R  50.0  F1  50.0",
	}
	if len(lines) != len(want) {
		t.Fatalf("WriteNER printed %d lines, want %d:\n%s", len(lines), len(want), b.String())
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("line %d = %q, want %q", i, lines[i], want[i])
		}
	}
}
