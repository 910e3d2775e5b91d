package parts

import (
	"testing"

	"rasad/internal/lexicon"
)

func TestTopic(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"demonstrative and noun", "بهذا الخصوص :", 2},
		{"feminine", "بهذه المناسبة إن", 2},
		{"alone", "بذلك .", 1},
		{"no preposition", "هذا المسؤول إن", 0},
		{"a role", "الوزير الفرنسي :", 0},
		{"preposition, no demonstrative", "بالقول إن", 0},
		{"a speaker after the demonstrative", "بذلك المتحدث الرسمي", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := lexicon.Tokens(tt.text)
			if got := Topic(toks, 0, len(toks), func(k int) bool { return toks[k].Norm == "المتحدث" }); got != tt.want {
				t.Errorf("Topic(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}
