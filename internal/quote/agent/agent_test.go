package agent

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
)

// words builds a Sentence over space-separated words: a name is a word in
// upper case (X, Y), a complementizer أن/إن/بأن;
// the speaker's phrase is the run of names.
func words(text string) ([]string, Sentence) {
	w := strings.Fields(text)
	name := func(k int) bool { return w[k] == strings.ToUpper(w[k]) && w[k] != strings.ToLower(w[k]) }
	return w, Sentence{
		Phrase: func(a, b int) int {
			for a < b && name(a) {
				a++
			}
			return a
		},
		Names: func(a, e int) bool { return e > a },
		Comp:  func(k int) bool { return w[k] == "أن" || w[k] == "إن" || w[k] == "بأن" },
		Word:  func(k int) string { return arabic.Normalize(w[k]) },
	}
}

func TestSpeaks(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"complementizer after the speaker", "بعد إعلان X Y أن القوات", true},
		{"preposition then complementizer", "مع تشديد X على أن الحل", true},
		{"warning from", "غداة تحذير X من أن الحل", true},
		{"bi-anna", "بعد تصريح X بأن الاتفاق", true},
		{"no speaker", "بعد إعلان الحرب أن", false},
		{"no complementizer", "بعد إعلان X عن خطة", false},
		{"preposition without complementizer", "مع تأكيد X على ضرورة الحل", false},
		{"sentence ends", "بعد إعلان X", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, s := words(tt.text)
			if got := Speaks(s, 1, len(w)); got != tt.want {
				t.Errorf("Speaks(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
