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

func TestOneCountry(t *testing.T) {
	type party struct{ country, code string }
	for _, c := range []struct {
		name    string
		parties []party
		want    string
	}{
		{"police at home", []party{{"IRQ", "IRQCOP"}}, "IRQ"},
		{"an armed group and a group of no country", []party{{"SYR", "SYRREB"}, {"", "IMGMUSALQ"}}, "SYR"},
		{"an army may act abroad", []party{{"USA", "USAMIL"}}, ""},
		{"a state named by its country", []party{{"USA", "USA"}}, ""},
		{"the media", []party{{"FRA", "FRAMED"}}, ""},
		{"two countries", []party{{"IRQ", "IRQGOV"}, {"SYR", "SYRGOV"}}, ""},
		{"an unnamed role", []party{{"TUR", "COP"}}, "TUR"},
		{"none", nil, ""},
	} {
		got := OneCountry(len(c.parties), func(i int) (string, string) { return c.parties[i].country, c.parties[i].code })
		if got != c.want {
			t.Errorf("%s: OneCountry = %q, want %q", c.name, got, c.want)
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
