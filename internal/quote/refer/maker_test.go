package refer

import (
	"strings"
	"testing"
)

func TestMaker(t *testing.T) {
	tests := []struct {
		name string
		text string // N a speech noun, P a person, C a word with a pronoun, V the verb
		n    int
		want int
	}{
		{"the maker after the noun", "N P x C x P , V", -1, 5},
		{"no word with a pronoun", "N P x x x P , V", -1, 0},
		{"the genitive right after the noun", "N P , V", -1, 0},
		{"no speech noun", "x C P , V", -1, 0},
		{"noun given", "N x C P V", 0, 3},
		{"the nearest noun", "N P C P N x V", -1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := strings.Fields(tt.text)
			is := func(s string) func(int) bool { return func(j int) bool { return w[j] == s } }
			if got := Maker(tt.n, len(w)-1, 0, is("N"), is("P"), is("C")); got != tt.want {
				t.Errorf("Maker(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}
