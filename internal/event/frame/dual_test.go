package frame

import "testing"

// TestParties: the two holders after بين and the dual of their title, each
// with his nisba, are the sides of a call; without the dual, Sides reads
// the sides.
func TestParties(t *testing.T) {
	title := func(w string) bool { return w == "رئيس" || w == "وزير" }
	for _, tt := range []struct {
		name, sentence string
		first, second  int
	}{
		{"the dual of a title, two nisbas", "اتصال* هاتفي جرى بين الرئيسين [التركي$ رجب# اردوغان] [+والامريكي$ باراك# اوباما] .", 0, -1},
		{"right after the noun", "اتصال* بين الوزيرين [السعودي$ عادل# الجبير] [+والروسي$ سيرغي# لافروف] .", 0, -1},
		{"two sides without the dual", "اتصال* هاتفي بين [اردوغان#] [+واوباما#] .", 0, -1},
		{"the dual of no title", "اتصال* بين الجانبين [التركي$ رجب# اردوغان] [+والامريكي$ باراك# اوباما] .", -1, -1},
		{"no nisba after the dual", "اتصال* بين الرئيسين [رجب# اردوغان] [+وباراك# اوباما] .", -1, -1},
		{"one holder", "اتصال* بين الرئيسين [التركي$ رجب# اردوغان] .", -1, -1},
		{"بين too far", "اتصال* هاتفي جرى امس بين الرئيسين [التركي$ رجب# اردوغان] [+والامريكي$ باراك# اوباما] .", -1, -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := counterpartSentence(tt.sentence)
			if a, b := Parties(f, 0, len(f.toks), title); a != tt.first || b != tt.second {
				t.Errorf("Parties = %d, %d, want %d, %d", a, b, tt.first, tt.second)
			}
		})
	}
}
