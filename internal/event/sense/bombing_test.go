package sense

import (
	"strings"
	"testing"
)

// TestBombing checks that a verb of striking whose subject is a bomb, its
// blast or a bomber is read as that bombing, and that an air strike, a
// bomb struck, a weapon's quality or a clause of its own are not.
// Sentences written for these tests.
func TestBombing(t *testing.T) {
	cases := []struct {
		name, text, verb, lemma, act string
		devices                      map[string]string // the event nouns of the sentence and their codes
		want                         string
	}{
		{"blast through a relative pronoun", "وادان الوزير التفجير الارهابي الذي استهدف كنيسة في المدينة", "استهدف", "استهدف", "190",
			map[string]string{"التفجير": "183"}, "183"},
		{"a series of blasts", "قتل عشرون شخصا في سلسلة تفجيرات استهدفت اسواقا شعبية", "استهدفت", "استهدف", "190",
			map[string]string{"تفجيرات": "183"}, "183"},
		{"a car bomb, indefinite", "قتل جنديان في انفجار سيارة مفخخة استهدف دورية للجيش", "استهدف", "استهدف", "190",
			map[string]string{"سيارة": "1832"}, "1832"},
		{"a roadside bomb as subject", "وقال المصدر ان عبوة ناسفة استهدفت حافلة للشرطة", "استهدفت", "استهدف", "190",
			map[string]string{"عبوة": "1833"}, "1833"},
		{"a suicide attack", "ويأتي ذلك بعد الهجوم الانتحاري الذي استهدف حفلا في البلدة", "استهدف", "استهدف", "190",
			map[string]string{"الهجوم": "1831"}, "1831"},
		{"a suicide attack by car bomb", "قتل جندي في هجوم انتحاري بسيارة مفخخة استهدف ثكنة للجيش", "استهدف", "استهدف", "190",
			map[string]string{"هجوم": "1831", "بسيارة": "1832"}, "1831"},
		{"an attack by a roadside bomb", "قتل جندي في هجوم بعبوة ناسفة استهدف دورية للجيش", "استهدف", "استهدف", "190",
			map[string]string{"هجوم": "190", "بعبوة": "1833"}, "1833"},
		{"bombers after the verb", "قتل عشرة اشخاص عندما هاجم انتحاريان مقهى مزدحما", "هاجم", "هاجم", "190",
			map[string]string{}, "1831"},
		{"an air strike on a car bomb", "ودمرت غارة للتحالف سيارة مفخخة قبل ان تستهدف القوات", "تستهدف", "استهدف", "190",
			map[string]string{"غارة": "195", "سيارة": "1832"}, ""},
		{"a bomb as the object", "استهدفت الطائرات سيارة مفخخة على الطريق", "استهدفت", "استهدف", "190",
			map[string]string{"سيارة": "1832"}, ""},
		{"a quality of rockets", "اطلقوا صواريخ شديدة الانفجار التي استهدفت البلدة", "استهدفت", "استهدف", "190",
			map[string]string{"الانفجار": "183"}, ""},
		{"a clause of its own", "قتل خمسة في التفجير واستهدفت القوات مواقع المسلحين", "واستهدفت", "استهدف", "190",
			map[string]string{"التفجير": "183"}, ""},
		{"a place between", "وقع التفجير في السوق الذي استهدفه المسلحون", "استهدفه", "استهدف", "190",
			map[string]string{"التفجير": "183"}, ""},
		{"an air strike stays one", "وقال ان التفجير وقع بعد ان قصفت الطائرات البلدة", "قصفت", "قصف", "195",
			map[string]string{"التفجير": "183"}, ""},
		{"no verb of striking", "وادان الوزير التفجير الذي هز المدينة", "هز", "هز", "190",
			map[string]string{"التفجير": "183"}, ""},
	}
	for _, tc := range cases {
		toks, _, _ := tokens(tc.text)
		v := -1
		for i := range toks {
			if toks[i].Text == tc.verb {
				v = i
			}
		}
		if v < 0 {
			t.Fatalf("%s: %q lacks %q", tc.name, tc.text, tc.verb)
		}
		device := func(j int) string { return tc.devices[toks[j].Text] }
		if got := Bombing(toks, v, tc.lemma, tc.act, device); got != tc.want {
			t.Errorf("%s: Bombing(%q, %q at %d) = %q, want %q", tc.name, strings.Fields(tc.text), tc.verb, v, got, tc.want)
		}
	}
}
