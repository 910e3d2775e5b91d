package morph

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

func TestCaseBreak(t *testing.T) {
	for _, c := range []struct {
		prev, rest string
		def, want  bool
	}{
		{"مسلحون", "جنديين", false, true},   // قتل مسلحون جنديين: the object
		{"مقاتلون", "جنودا", false, true},   // قتل مقاتلون جنودا: an accusative
		{"مسلحون", "مجهولون", false, false}, // مسلحون مجهولون: an adjective agrees
		{"مسلحين", "مجهولين", false, false}, // both in ين: agree
		{"مسلحون", "الجنديين", true, false}, // the article: another rule's
		{"جنود", "مسلحين", false, false},    // a broken plural shows no case
	} {
		if got := CaseBreak(c.prev, c.rest, c.def); got != c.want {
			t.Errorf("CaseBreak(%s, %s) = %v, want %v", c.prev, c.rest, got, c.want)
		}
	}
}

func TestDualShape(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"قيادتان", true}, // القيادتان
		{"حكومتين", true}, // الحكومتين
		{"بيان", false},   // too short for a dual
		{"حكومة", false},  // a singular
	} {
		if got := DualShape(c.w); got != c.want {
			t.Errorf("DualShape(%s) = %v, want %v", c.w, got, c.want)
		}
	}
}

func TestSingularNisba(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"تركي", true}, {"تركية", true}, {"أتراك", false}, {"فلسطينيين", false},
	} {
		if got := SingularNisba(c.w); got != c.want {
			t.Errorf("SingularNisba(%s) = %v, want %v", c.w, got, c.want)
		}
	}
}
