package shape_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
)

func TestParticiple(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"المنتشرة", true},  // form VIII
		{"المشرف", true},    // form IV
		{"المقدر", true},    // form II
		{"المستهلك", true},  // form X
		{"المعلمون", false}, // people: shape.People
		{"المراجعة", false}, // form III masdar
		{"الموارد", false},  // a broken plural
		{"المياه", false},
		{"المالية", false}, // a relational adjective
		{"المدنية", false},
		{"التعليم", false},
		{"الزراعة", false},
		{"منتشرة", false}, // indefinite
	} {
		if got := shape.Participle(arabic.SearchKey(tt.word)); got != tt.want {
			t.Errorf("Participle(%s) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

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

func TestFormation(t *testing.T) {
	for _, tt := range []struct {
		phrase string
		want   bool
	}{
		{"الفرقة الرابعة", true},
		{"الفرقة 30", true},
		{"اللواء 93", true},
		{"الكتيبة الثالثة", true},
		{"اللواء عدنان", false}, // a rank before a name
		{"الفرقة رابعة", false}, // an indefinite ordinal
		{"الوزارة الرابعة", false},
	} {
		toks := segmented(tt.phrase)
		if got := shape.Formation(arabic.SearchKey(toks[0].Norm), toks[1], arabic.SearchKey(toks[1].Norm)); got != tt.want {
			t.Errorf("Formation(%s) = %v, want %v", tt.phrase, got, tt.want)
		}
	}
}

func TestRoman(t *testing.T) {
	for _, tt := range []struct {
		phrase string
		want   bool
	}{
		{"الإمبراطور الروماني", true},
		{"للإمبراطور الروماني", true}, // with its preposition
		{"الحضارة الرومانية", true},
		{"العصر الروماني", true},
		{"المدرج الروماني", true},
		{"الرئيس الروماني", false}, // Romania's president
		{"الحكومة الرومانية", false},
		{"العصر العباسي", false},                           // another nisba
		{"باسمها الروماني نسبة للإمبراطور الروماني", true}, // the article reads it so
		{"الوفد الروماني زار الرئيس الروماني", false},
	} {
		toks := segmented(tt.phrase)
		if got := shape.Roman(toks, 1); got != tt.want {
			t.Errorf("Roman(%s) = %v, want %v", tt.phrase, got, tt.want)
		}
	}
}
