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
	checkCases(t, "Requested", Requested, []wordCase{
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
		{"حث على بدء محادثات", []Word{verb("حث", "020"), actor("الحكومة"), prep("علي"), w("بدء"), noun("محادثات", "040")}, 4, true},
		{"طالب بإجراء مفاوضات", []Word{verb("طالب", "100"), actor("مصر"), {Rest: "اجراء", Prep: "ب"}, noun("مفاوضات", "046")}, 3, true},
		{"بدء after no request", []Word{verb("رحب", "051"), actor("مصر"), {Rest: "بدء", Prep: "ب"}, noun("محادثات", "040")}, 3, false},
		{"a complement joined by و past a comma", []Word{verb("ناشد", "020"), actor("التحالف"), {Rest: "تعزيز", Prep: "ب"}, noun("الضربات", "190"), w("علي"), w("معاقل"), {Rest: "،", Bound: true}, {Rest: "قطع", Conj: true, Code: "191"}, w("الامدادات")}, 7, true},
		{"... the first of them", []Word{verb("ناشد", "020"), actor("التحالف"), {Rest: "تعزيز", Prep: "ب"}, noun("الضربات", "190")}, 3, true},
		{"joined by و to an act done", []Word{verb("قصفت", "195"), actor("الطائرات"), noun("الجسور", "190"), {Rest: "،", Bound: true}, {Rest: "قطع", Conj: true, Code: "191"}}, 4, false},
		{"a noun without و past a comma", []Word{verb("دعا", "020"), prep("الي"), noun("الحوار", "040"), {Rest: "،", Bound: true}, noun("القصف", "190")}, 4, false},
		{"joined by و to a complement that is no event word", []Word{verb("طالبت", "100"), actor("المعارضة"), {Rest: "فرض", Prep: "ب"}, w("حظر"), w("جوي"), {Rest: "قطع", Conj: true, Code: "191"}, w("الامدادات")}, 5, true},
		{"a noun of starting joined by و", []Word{verb("حث", "020"), actor("الحكومة"), prep("علي"), w("بدء"), noun("محادثات", "040"), w("مع"), actor("المعارضة"), {Rest: "تكثيف", Conj: true}, noun("الغارات", "195")}, 8, true},
		{"من أجل إقناع ... بالتوقيع", []Word{w("من"), w("اجل"), w("اقناع"), actor("المؤتمر"), w("العام"), with("ب", "توقيع", "057"), prep("علي"), w("اتفاق")}, 5, true},
		{"a noun of joining with في", []Word{verb("دعا", "020"), actor("ايران"), prep("الي"), w("انخراط"), prep("في"), noun("مفاوضات", "046")}, 5, true},
		{"joining with في, no request", []Word{verb("اعلنت", "010"), actor("ايران"), w("انخراطها"), prep("في"), noun("مفاوضات", "046")}, 4, false},
		{"a word far off", []Word{noun("دعوة", "020"), w("a"), w("b"), w("c"), w("d"), w("e"), w("f"), w("g"), with("ل", "زيارة", "042")}, 8, false},
	})
}

// TestSought reads hand-built sentences: each row names the words (the act
// marked by its index) and whether an effort aims at it.
func TestSought(t *testing.T) {
	w := func(rest string) Word { return Word{Rest: rest} }
	actor := func(rest string) Word { return Word{Rest: rest, Actor: true} }
	noun := func(rest, code string) Word { return Word{Rest: rest, Code: code} }
	checkCases(t, "Sought", Sought, []wordCase{
		{"جهودا لإقناع ... بالانخراط في مفاوضات", []Word{w("تبذل"), actor("عمان"), w("جهودا"), {Rest: "اقناع", Prep: "ل"}, actor("ايران"), {Rest: "انخراط", Prep: "ب"}, w("في"), noun("مفاوضات", "046")}, 7, true},
		{"مساعي لاستضافة محادثات", []Word{w("مساعي"), {Rest: "استضافة", Prep: "ل"}, noun("محادثات", "040")}, 2, true},
		{"no effort", []Word{w("قرارا"), {Rest: "استضافة", Prep: "ل"}, noun("محادثات", "040")}, 2, false},
		{"a verb in the past between", []Word{w("جهود"), {Rest: "انهاء", Prep: "ل"}, w("الازمة"), {Rest: "التقي", Verb: true, Code: "040"}, noun("لقاء", "040")}, 4, false},
		{"what an effort lessens", []Word{w("محاولة"), {Rest: "تخفيف", Prep: "ل"}, {Rest: "من", Prep: "من"}, w("فضيحة"), noun("تعذيب", "1822")}, 4, false},
		{"the means: من خلال", []Word{w("جهود"), {Rest: "انجاحه", Prep: "ل"}, {Rest: "من", Prep: "من"}, w("خلال"), noun("حث", "020"), actor("العراقيين")}, 4, true},
		{"another clause", []Word{w("جهود"), {Rest: "انهاء", Prep: "ل"}, w("الازمة"), {Rest: ".", Bound: true}, noun("محادثات", "040")}, 4, false},
	})
}
