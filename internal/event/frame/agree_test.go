package frame

import "testing"

func TestPluralAfterNisba(t *testing.T) {
	for _, c := range []struct {
		prev           string
		prevDef        bool
		rest           string
		def, newPhrase bool
	}{
		{"عراقي", true, "مسلحين", true, true},       // الجيش العراقي المسلحين
		{"تركية", true, "متظاهرين", true, true},     // الشرطة التركية المتظاهرين
		{"إسرائيليين", true, "مسلحين", true, false}, // المستوطنين الإسرائيليين المسلحين
		{"عراقي", true, "فلسطينيين", true, false},   // a nisba of persons after it
		{"عراقي", true, "مسلحين", false, false},     // indefinite: no object of this shape
		{"عراقي", false, "مسلحين", true, false},
	} {
		if got := PluralAfterNisba(c.prev, c.prevDef, c.rest, c.def); got != c.newPhrase {
			t.Errorf("PluralAfterNisba(%s, %s) = %v, want %v", c.prev, c.rest, got, c.newPhrase)
		}
	}
}
