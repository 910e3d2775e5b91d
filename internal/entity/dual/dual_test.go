package dual

import (
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
)

func TestOf(t *testing.T) {
	g := actor.Default()
	for _, tc := range []struct {
		name, word, next string
		want             bool
	}{
		{"the two seas, the Red and ...", "البحرين", "الأحمر", true},
		{"Bahrain before a verb", "البحرين", "تعلن", false},
		{"no dual ending", "البحر", "الأحمر", false},
		{"an indefinite dual is no name", "بحرين", "الأحمر", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Of(g, arabic.SearchKey(tc.word), arabic.SearchKey(tc.next)); got != tc.want {
				t.Errorf("Of(%q, %q) = %v, want %v", tc.word, tc.next, got, tc.want)
			}
		})
	}
}
