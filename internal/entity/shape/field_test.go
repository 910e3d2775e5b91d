package shape_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
)

func TestPersonAndFormer(t *testing.T) {
	for _, tt := range []struct {
		word           string
		person, former bool
	}{
		{"العضو", true, false},
		{"المدير", true, false},
		{"الكاتب", true, false},
		{"الإدارة", false, false},
		{"الأسبق", false, true},
		{"السابق", false, true},
		{"الراحل", false, true},
		{"الجديد", false, false},
	} {
		k := arabic.SearchKey(tt.word)
		if got := shape.Person(k); got != tt.person {
			t.Errorf("Person(%s) = %v, want %v", tt.word, got, tt.person)
		}
		if got := shape.Former(k); got != tt.former {
			t.Errorf("Former(%s) = %v, want %v", tt.word, got, tt.former)
		}
	}
	// the lexicon's class former, feminines and indefinites too
	for _, w := range []string{"المخلوعة", "المقال", "المستقيلة", "سابق"} {
		if !shape.Former(arabic.SearchKey(w)) {
			t.Errorf("Former(%s) = false, want true", w)
		}
	}
}
