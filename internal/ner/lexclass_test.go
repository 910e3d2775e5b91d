package ner

import (
	"testing"

	"rasad/internal/arabic"
)

func TestLexClass(t *testing.T) {
	lex := arabic.DefaultSegmenter()
	tests := []struct {
		name string
		word string
		want byte
	}{
		{"function word", "في", lexFunction},
		{"stem with teh marbuta", "حكومة", lexStem},
		{"stem", "كتاب", lexStem},
		{"article", "الكتاب", lexInflected},
		{"article and teh marbuta", "الحكومة", lexInflected},
		{"feminine plural", "حكومات", lexInflected},
		{"foreign name", "شوماخر", lexNone},
		{"family name", "لاريجاني", lexNone},
		{"Latin word", "Reuters", 0},
		{"number", "2006", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lexClass(lex, arabic.SearchKey(tt.word)); got != tt.want {
				t.Errorf("lexClass(%q) = %d, want %d", tt.word, got, tt.want)
			}
		})
	}
	if got := lexClass(nil, "كتاب"); got != 0 {
		t.Errorf("lexClass without a lexicon = %d, want 0", got)
	}
}
