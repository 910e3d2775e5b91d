package thing

import "testing"

func TestNoActor(t *testing.T) {
	common := Word{Rest: "نظام", Agent: true, Common: "any", Word: true}
	noun := Word{Rest: "دفاع", Word: true}
	tests := []struct {
		name       string
		prev, next *Word
		w          Word
		want       bool
	}{
		{"a system: نظام دفاع", nil, &noun, common, true},
		{"the regime of a ruler: نظام الأسد", nil, &Word{Rest: "اسد", Definite: true, Named: true, Word: true}, common, false},
		{"a country's regime: نظام سوري", nil, &Word{Rest: "سوري", Title: true, Word: true}, common, false},
		{"the organisation of the state: تنظيم الدولة", nil, &Word{Rest: "دولة", Definite: true, Agent: true, Word: true}, Word{Rest: "تنظيم", Agent: true, Common: "indefinite", Word: true}, false},
		{"organising parties: تنظيم حفلات", nil, &Word{Rest: "حفلات", Word: true}, Word{Rest: "تنظيم", Agent: true, Common: "indefinite", Word: true}, true},
		{"a group's name unknown: تنظيم النصرة", nil, &Word{Rest: "نصرة", Definite: true, Word: true}, Word{Rest: "تنظيم", Agent: true, Common: "indefinite", Word: true}, false},
		{"the subsidy system: نظام الدعم", nil, &Word{Rest: "دعم", Definite: true, Word: true}, common, true},
		{"with the article: النظام", nil, &noun, Word{Rest: "نظام", Definite: true, Agent: true, Common: "any", Word: true}, false},
		{"before a verb: تنظيم يتبع", nil, &Word{Rest: "يتبع", Verb: true, Word: true}, common, false},
		{"before a preposition: نظام في", nil, &Word{Rest: "في", Prep: true, Word: true}, common, false},
		{"last in the sentence", nil, nil, common, false},
		{"no common head: قوات الحكومة", nil, &noun, Word{Rest: "قوات", Agent: true, Word: true}, false},
		{"the honour guard: حرس الشرف العسكري", &Word{Rest: "شرف", Definite: true, Ceremony: true, Word: true}, nil, Word{Rest: "عسكري", Definite: true, Agent: true, Word: true}, true},
		{"a military ceremony: مراسم عسكرية", &Word{Rest: "مراسم", Ceremony: true, Word: true}, nil, Word{Rest: "عسكرية", Agent: true, Word: true}, true},
		{"no ceremony: الناطق العسكري", &Word{Rest: "ناطق", Definite: true, Title: true, Word: true}, nil, Word{Rest: "عسكري", Definite: true, Agent: true, Word: true}, false},
		{"a ceremony and a noun after a preposition: حفل للجيش", &Word{Rest: "حفل", Ceremony: true, Word: true}, nil, Word{Rest: "جيش", Prep: true, Definite: true, Agent: true, Word: true}, false},
		{"militarily: اقتصاديا وعسكريا", &Word{Rest: "اقتصاديا", Word: true}, nil, Word{Rest: "عسكريا", And: true, Agent: true, Word: true}, true},
		{"a civilian and a soldier: مدنيا وعسكريا", &Word{Rest: "مدنيا", Agent: true, Word: true}, nil, Word{Rest: "عسكريا", And: true, Agent: true, Word: true}, false},
		{"counted: 20 أجنبيا وشرطيا", &Word{Rest: "اجنبيا", Counted: true, Word: true}, nil, Word{Rest: "شرطيا", And: true, Agent: true, Word: true}, false},
		{"without و: اقتصاديا عسكريا", &Word{Rest: "اقتصاديا", Word: true}, nil, Word{Rest: "عسكريا", Agent: true, Word: true}, false},
		{"after a noun that is no nisba: وقتل شابا وعسكريا", &Word{Rest: "شابا", Word: true}, nil, Word{Rest: "عسكريا", And: true, Agent: true, Word: true}, false},
	}
	for _, tt := range tests {
		if got := NoActor(tt.prev, tt.w, tt.next); got != tt.want {
			t.Errorf("%s: NoActor = %v, want %v", tt.name, got, tt.want)
		}
	}
}
