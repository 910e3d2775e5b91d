package report

import "testing"

// TestRequested reads hand-built sentences: each row names the words (the
// event noun marked by its index) and whether a request asks for it.
func TestRequested(t *testing.T) {
	w := func(rest string) Word { return Word{Rest: rest} }
	actor := func(rest string) Word { return Word{Rest: rest, Actor: true} }
	verb := func(rest, code string) Word { return Word{Rest: rest, Verb: true, Code: code} }
	noun := func(rest, code string) Word { return Word{Rest: rest, Code: code} }
	prep := func(rest string) Word { return Word{Rest: rest, Prep: rest} }
	with := func(p, rest, code string) Word { return Word{Rest: rest, Prep: p, Code: code} }
	for _, tc := range []struct {
		name string
		ws   []Word
		k    int
		want bool
	}{
		{"دعا X إلى زيارة", []Word{verb("دعا", "020"), actor("بوتين"), actor("الرئيس"), w("التركي"), prep("الي"), noun("زيارة", "042"), actor("روسيا")}, 5, true},
		{"طالب X بالانسحاب", []Word{verb("طالبت", "100"), actor("مصر"), actor("اسرائيل"), with("ب", "انسحاب", "087")}, 3, true},
		{"حث على الحوار", []Word{verb("حث", "020"), actor("اوباما"), prep("علي"), noun("الحوار", "040")}, 3, true},
		{"دعوة إلى X لزيارة", []Word{noun("دعوة", "020"), prep("الي"), actor("اردوغان"), with("ل", "زيارة", "042"), actor("موسكو")}, 3, true},
		{"تلقى دعوة من X لزيارة", []Word{w("تلقي"), actor("اردوغان"), noun("دعوة", "020"), prep("من"), actor("بوتين"), with("ل", "زيارة", "042")}, 5, true},
		{"a time is no complement", []Word{verb("طالب", "100"), actor("اردوغان"), prep("خلال"), noun("زيارته", "042")}, 3, false},
		{"no request before", []Word{verb("رحب", "051"), actor("الرئيس"), with("ب", "زيارة", "042")}, 2, false},
		{"another clause", []Word{verb("دعا", "020"), actor("الجبير"), {Rest: ".", Bound: true}, noun("زيارة", "042")}, 3, false},
		{"past a verb", []Word{verb("دعا", "020"), actor("الجبير"), {Rest: "قال", Verb: true}, noun("الهجوم", "190")}, 3, false},
		{"a verb is no noun", []Word{verb("دعا", "020"), prep("الي"), verb("زار", "042")}, 2, false},
		{"a word far off", []Word{noun("دعوة", "020"), w("a"), w("b"), w("c"), w("d"), w("e"), w("f"), w("g"), with("ل", "زيارة", "042")}, 8, false},
	} {
		if got := Requested(tc.ws, tc.k); got != tc.want {
			t.Errorf("%s: Requested = %v, want %v", tc.name, got, tc.want)
		}
	}
}
