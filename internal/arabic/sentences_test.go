package arabic

import "testing"

// TestAbbreviations: a period after a word of data/abbreviations.txt does
// not end the sentence; after another word it does.
func TestAbbreviations(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int // sentences
	}{
		{"التقى الوزير Mr. Smith في الرياض.", 1},
		{"وحضر ممثلو Google Inc. الاجتماع.", 1},
		{"التقى الوزير Smith. ثم غادر.", 2},
	} {
		if got := len(Sentences(tt.text, Tokenize(tt.text))); got != tt.want {
			t.Errorf("Sentences(%q): %d sentences, want %d", tt.text, got, tt.want)
		}
	}
}
