package ner

import (
	"strings"
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

// TestLexPins checks that each class data/lexclass.tsv pins is one the
// dictionary no longer gives (else the line is dead: remove it), and that
// a bad line is refused with its file and line.
func TestLexPins(t *testing.T) {
	lex := arabic.DefaultSegmenter()
	pins := defaultPins()
	if len(pins) == 0 {
		t.Fatal("no pinned classes read")
	}
	for w, c := range pins {
		if got := lexClass(lex, w); got == c {
			t.Errorf("data/lexclass.tsv: %s is pinned to class %d, which the dictionary gives anyway", w, c)
		}
		if got := pins.class(lex, w); got != c {
			t.Errorf("class(%s) = %d, want the pinned %d", w, got, c)
		}
	}
	if got, want := pins.class(lex, arabic.SearchKey("في")), lexFunction; got != want {
		t.Errorf("class(في) = %d, want %d", got, want)
	}
	for _, tc := range []struct{ data, want string }{
		{"وفق\tstem\n", ""},
		{"# c\nوفق stem\n", "x.tsv:2: want WORD<TAB>CLASS"},
		{"وفق\tnoun\n", "x.tsv:1: want WORD<TAB>CLASS"},
		{"\tstem\n", "x.tsv:1: want WORD<TAB>CLASS"},
	} {
		_, err := readLexPins(strings.NewReader(tc.data), "x.tsv")
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("readLexPins(%q) = %v, want %q", tc.data, err, tc.want)
		}
	}
}
