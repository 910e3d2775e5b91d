package frame

import (
	"slices"
	"testing"
)

// TestEachOf: the phrases كل من lists, each joined to the one before by
// the conjunction و as the segmenter split it; a word whose و is a root
// letter (وزير) joins nothing.
func TestEachOf(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     []int
	}{
		{"شارك كل من [الرئيس الفرنسي] [والروسي] في القمة", []int{0, 1}},
		{"شارك كل من [الرئيس الفرنسي] ، [والروسي] في القمة", []int{0, 1}}, // a comma before و
		{"شارك كل من [مصر] [والسعودية] [والأردن] .", []int{0, 1, 2}},
		{"شارك كل من [الرئيس الفرنسي] ، [وزير الخارجية] في القمة", []int{0}}, // a root و
		{"شارك كل من [مصر] [السعودية] .", []int{0}},
		{"شارك بعض من [مصر] [والسعودية] .", nil}, // not كل من
	} {
		f := parse(tt.sentence)
		if got := EachOf(f, 1, len(f.toks)); !slices.Equal(got, tt.want) {
			t.Errorf("EachOf(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
