package report

import (
	"testing"

	"rasad/internal/event/vocab"
)

// TestStartPoint reads hand-built clauses: each row names the words (the
// act marked by its index) and whether منذ opens the act's own clause.
func TestStartPoint(t *testing.T) {
	since := Word{Rest: "منذ", Cue: vocab.CueSince}
	that := Word{Rest: "ان", Bound: true, Cue: vocab.CueBound}
	actor := func(rest string) Word { return Word{Rest: rest, Actor: true} }
	verb := func(rest string) Word { return Word{Rest: rest, Verb: true, Code: "195"} }
	noun := func(rest string) Word { return Word{Rest: rest, Code: "195"} }
	launch := Word{Rest: "بدات", Cue: vocab.CueLaunch}
	tests := []struct {
		name string
		ws   []Word
		k    int
		want bool
	}{
		{"منذ أن + verb", []Word{since, that, verb("قصفت"), actor("تركيا")}, 2, true},
		{"منذ + verb", []Word{since, verb("قصفت"), actor("تركيا")}, 1, true},
		{"منذ أن + launching verb + noun", []Word{since, that, launch, actor("انقرة"), {Rest: "حملة"}, noun("ضربات")}, 5, true},
		{"a noun after منذ: a span", []Word{since, {Rest: "بدء"}, noun("الغارات")}, 2, false},
		{"منذ in another clause", []Word{since, {Rest: "اسبوع"}, {Rest: "،", Bound: true}, verb("قصفت")}, 3, false},
		{"a verb without منذ", []Word{{Rest: "و"}, verb("قصفت"), actor("تركيا")}, 1, false},
		{"the first word", []Word{verb("قصفت")}, 0, false},
	}
	for _, tt := range tests {
		if got := StartPoint(tt.ws, tt.k); got != tt.want {
			t.Errorf("%s: StartPoint = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestStanding reads hand-built clauses: each row names the words (the
// act marked by its index) and whether منذ makes it a standing state.
func TestStanding(t *testing.T) {
	since := Word{Rest: "منذ", Cue: vocab.CueSince}
	actor := func(rest string) Word { return Word{Rest: rest, Actor: true} }
	pres := func(rest string) Word { return Word{Rest: rest, Verb: true, Present: true, Code: "050"} }
	past := func(rest string) Word { return Word{Rest: rest, Verb: true, Code: "050"} }
	for _, tc := range []struct {
		name string
		ws   []Word
		k    int
		want bool
	}{
		{"منذ ذلك الحين + present", []Word{since, {Rest: "ذلك"}, {Rest: "حين"}, pres("تقيم"), actor("اندونيسيا"), {Rest: "علاقات"}}, 3, true},
		{"present + منذ after it", []Word{pres("يقدم"), actor("حزب"), {Rest: "دعما"}, {Rest: "في"}, {Rest: "الحرب"}, since, {Rest: "سنوات"}}, 0, true},
		{"a first time since", []Word{pres("يزور"), actor("موسكو"), {Rest: "لاول"}, {Rest: "مرة"}, since, {Rest: "2010", Number: true}}, 0, false},
		{"a past verb", []Word{since, {Rest: "ذلك"}, past("اقامت"), actor("اندونيسيا")}, 2, false},
		{"منذ in another clause", []Word{pres("تقيم"), actor("اندونيسيا"), {Rest: ".", Bound: true}, since, {Rest: "سنوات"}}, 0, false},
	} {
		if got := Standing(tc.ws, tc.k); got != tc.want {
			t.Errorf("%s: Standing = %v, want %v", tc.name, got, tc.want)
		}
	}
}
