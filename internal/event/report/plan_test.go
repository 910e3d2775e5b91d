package report

import "testing"

// TestProspective reads hand-built sentences: each row names the words (the
// act marked by its index) and whether a word of going, preparing or
// permitting frames it as an act to come.
func TestProspective(t *testing.T) {
	w := func(rest string) Word { return Word{Rest: rest} }
	actor := func(rest string) Word { return Word{Rest: rest, Actor: true} }
	noun := func(rest, code string) Word { return Word{Rest: rest, Code: code} }
	with := func(p, rest, code string) Word { return Word{Rest: rest, Prep: p, Code: code} }
	checkCases(t, "Prospective", Prospective, []wordCase{
		{"ذاهب للقاء", []Word{actor("الوفد"), w("ذاهب"), with("ل", "لقاء", "040"), actor("القيادة")}, 2, true},
		{"ذاهبا لحضور مؤتمر", []Word{actor("الوفد"), w("ذاهبا"), {Rest: "حضور", Prep: "ل"}, noun("مؤتمر", "040")}, 3, true},
		{"متوجها إلى موسكو للقاء: the place between", []Word{w("متوجها"), w("الي"), actor("موسكو"), with("ل", "لقاء", "040")}, 3, false},
		{"no going: لقاء after a noun", []Word{w("دعوة"), actor("الوفد"), with("ل", "لقاء", "040")}, 2, false},
		{"للإعداد لأجندة زيارة", []Word{w("نعمل"), w("حاليا"), {Rest: "اعداد", Prep: "ل"}, {Rest: "اجندة", Prep: "ل"}, noun("زيارة", "042"), actor("وفد")}, 4, true},
		{"استعدادا للقمة", []Word{w("استعدادا"), with("ل", "قمة", "043")}, 1, true},
		{"a noun of preparing far off", []Word{w("اعداد"), w("a"), w("b"), w("c"), noun("زيارة", "042")}, 4, false},
		{"السماح لطائرات أميركية بشن ضربات", []Word{w("سماح"), {Rest: "طائرات", Prep: "ل", Agent: true}, w("اميركية"), {Rest: "شن", Prep: "ب"}, noun("ضربات", "195")}, 4, true},
		{"سمحت تركيا للطائرات بالقصف", []Word{w("سمحت"), actor("تركيا"), {Rest: "طائرات", Prep: "ل"}, with("ب", "قصف", "195")}, 3, true},
		{"permitting, the act without ب", []Word{w("سماح"), {Rest: "طائرات", Prep: "ل"}, noun("ضربات", "195")}, 2, false},
		{"another event word between", []Word{w("سماح"), noun("زيارة", "042"), {Rest: "شن", Prep: "ب"}, noun("ضربات", "195")}, 3, false},
		{"another clause", []Word{w("سماح"), {Rest: ".", Bound: true}, with("ب", "قصف", "195")}, 2, false},
		{"a verb is no plan", []Word{w("ذاهب"), {Rest: "يلتقي", Prep: "ل", Verb: true, Code: "040"}}, 1, false},
	})
}

// wordCase is a hand-built sentence: its words, the act at index k and
// whether the rule under test holds for it.
type wordCase struct {
	name string
	ws   []Word
	k    int
	want bool
}

// checkCases runs the rule f, named name, over cases.
func checkCases(t *testing.T, name string, f func([]Word, int) bool, cases []wordCase) {
	t.Helper()
	for _, tc := range cases {
		if got := f(tc.ws, tc.k); got != tc.want {
			t.Errorf("%s: %s = %v, want %v", tc.name, name, got, tc.want)
		}
	}
}
