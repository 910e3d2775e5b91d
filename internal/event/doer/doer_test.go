package doer

import (
	"fmt"
	"testing"
)

func TestObject(t *testing.T) {
	for _, c := range []struct {
		verb, stem, bare   string
		body, named, crowd bool
		want               bool
	}{
		{"اختطف", "طائرات", "طائرات", false, false, false, true},   // واختطف طائرات: he hijacked planes
		{"اختطفت", "طائرات", "طائرات", false, false, false, false}, // اختطفت طائرات: planes were the subject
		{"يقصف", "سيارات", "سيارات", false, false, false, true},    // a masculine present
		{"تقصف", "سيارات", "سيارات", false, false, false, false},   // a feminine present
		{"هاجم", "السلطة", "سلطة", true, true, false, true},        // فهاجم السلطة الفلسطينية
		{"قال", "الحكومة", "حكومة", false, false, false, false},    // no body named: not an object
		{"قتل", "المواطنات", "مواطنات", false, false, true, false}, // a count of people
		{"اعلن", "الولايات", "ولايات", false, true, false, false},  // a name
		{"زار", "بات", "بات", false, false, false, false},          // too short for a plural
	} {
		if got := Object(c.verb, c.stem, c.bare, c.body, c.named, c.crowd); got != c.want {
			t.Errorf("Object(%s, %s) = %v, want %v", c.verb, c.stem, got, c.want)
		}
	}
}

func ExampleObject() {
	// واختطف طائرات: a masculine verb before a plural of things
	fmt.Println(Object("اختطف", "طائرات", "طائرات", false, false, false))
	// اختطفت طائرات: the planes agree with the feminine verb
	fmt.Println(Object("اختطفت", "طائرات", "طائرات", false, false, false))
	// Output:
	// true
	// false
}
