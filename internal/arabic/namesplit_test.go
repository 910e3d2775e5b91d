package arabic

import (
	"fmt"
	"testing"

	"rasad/internal/tabletest"
)

func TestNameProclitics(t *testing.T) {
	known := map[string]bool{"بكين": true, "واشنطن": true, "روسيا": true, "وليد": true, "الصين": true}
	isKnown := func(s string) bool { return known[s] }
	tabletest.Strings(t, "NameProclitics", func(w string) string {
		n, rest := NameProclitics(SearchKey(w), isKnown)
		return fmt.Sprint(n, " ", rest)
	}, tabletest.Rows(t, "testdata/nameproclitics.tsv"))
}

func TestLetterOffset(t *testing.T) {
	tests := []struct {
		name, in string
		n, want  int
	}{
		{"none", "وبكين", 0, 0},
		{"one letter", "وبكين", 1, 2},
		{"letter with a mark", "وَبكين", 1, 4},
		{"letter with tatweel", "وـبكين", 1, 4},
		{"two letters", "وبكين", 2, 4},
		{"past the end", "وب", 3, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LetterOffset(tt.in, tt.n); got != tt.want {
				t.Errorf("LetterOffset(%q, %d) = %d, want %d", tt.in, tt.n, got, tt.want)
			}
		})
	}
}
