package report

import (
	"testing"

	"rasad/internal/event/vocab"
)

// TestRepeated reads hand-built sentences: each row names the words (the
// act at index 0) and whether the act is told as a habit or repeated.
func TestRepeated(t *testing.T) {
	w := func(rest string) Word { return Word{Rest: rest} }
	b := func(rest string) Word { return Word{Rest: rest, Prep: "ب"} }
	verb := func(rest, code string) Word { return Word{Rest: rest, Verb: true, Code: code} }
	comma := Word{Rest: "،", Bound: true}
	for _, tc := range []struct {
		name string
		ws   []Word
		want bool
	}{
		{"بصفة منتظمة", []Word{verb("يزور", "042"), w("الوزير"), w("طهران"), b("صفة"), w("منتظمة")}, true},
		{"بشكل دوري", []Word{verb("يلتقي", "040"), w("الطرفان"), b("شكل"), w("دوري")}, true},
		{"بانتظام", []Word{verb("تستقبل", "043"), w("الرياض"), w("وفودا"), b("انتظام")}, true},
		{"عدة مرات", []Word{verb("قصفت", "195"), w("الطائرات"), w("حلب"), w("عدة"), w("مرات")}, true},
		{"أكثر من مرة", []Word{verb("انتقدت", "111"), w("مصر"), w("قطر"), w("اكثر"), w("من"), w("مرة")}, true},
		{"في أكثر من مناسبة", []Word{verb("طلبت", "020"), w("ايران"), w("في"), w("اكثر"), w("من"), w("مناسبة")}, true},
		{"مرات عديدة", []Word{verb("التقي", "040"), w("الوزيران"), w("مرات"), w("عديدة")}, true},
		{"the day named: its news", []Word{verb("قصفت", "195"), w("الطائرات"), w("حلب"), w("عدة"), w("مرات"), {Rest: "امس", Cue: vocab.CueRecent}}, false},
		{"مرة أخرى: one act", []Word{verb("التقي", "040"), w("كيري"), w("لافروف"), w("مرة"), w("اخري")}, false},
		{"للمرة الثانية: one act", []Word{verb("زار", "042"), w("اردوغان"), w("موسكو"), {Rest: "مرة", Prep: "ل"}, w("الثانية")}, false},
		{"in another clause", []Word{verb("زار", "042"), w("طهران"), comma, w("والتقي"), w("عدة"), w("مرات")}, false},
		{"عدم انتظام is no adverb", []Word{verb("قصفت", "195"), w("عدم"), w("انتظام")}, false},
		{"يوميا", []Word{verb("تقتحم", "190"), w("القوات"), w("الاقصي"), w("يوميا")}, true},
		{"بشكل مفاجئ", []Word{verb("التقي", "040"), w("الوزير"), b("شكل"), w("مفاجئ")}, false},
	} {
		if got := Repeated(tc.ws, 0); got != tc.want {
			t.Errorf("%s: Repeated = %v, want %v", tc.name, got, tc.want)
		}
	}
}
