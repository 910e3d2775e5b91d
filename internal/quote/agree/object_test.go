package agree

import "testing"

func TestObject(t *testing.T) {
	for _, c := range []struct {
		stem, word, head string
		fem, want        bool
	}{
		{"طالب", "طالب", "دول", true, true},       // وطالب الدول الغربية: the object
		{"طالب", "طالب", "حكومة", false, true},    // ودعا الحكومة: the object
		{"يطالب", "يطالب", "منظمة", false, true},  // an imperfect without ت
		{"طالبت", "طالبت", "دول", true, false},    // a feminine perfect: the subject
		{"تطالب", "تطالب", "حكومة", false, false}, // a feminine imperfect
		{"وصفتها", "وصفتها", "امم", true, false},  // ت before an object pronoun
		{"اتهم", "اتهم", "حكومة", false, false},   // اتهم or ات+هم: not judged
		{"طالب", "طالب", "اتحاد", false, false},   // a masculine body: the subject
		{"", "", "حكومة", false, false},
		{"صفة", "وصفتها", "امم", true, false}, // a stem misread: the word has ت
		{"طالب", "وطالب", "دول", true, true},  // the conjunction written on it
	} {
		if got := Object(c.stem, c.word, c.head, c.fem); got != c.want {
			t.Errorf("Object(%q, %q, %q, %v) = %v, want %v", c.stem, c.word, c.head, c.fem, got, c.want)
		}
	}
}
