package nameparts

import (
	"testing"

	"rasad/internal/lexicon"
)

func TestGoverningMasdar(t *testing.T) {
	function := func(w string) bool { return w == "من" || w == "في" || w == "الى" || w == "على" }
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"form V before ل", "رغبة بيليه الترشح لرئاسة الاتحاد", true},
		{"form VII before من", "قرر سامي الانسحاب من السباق", true},
		{"form VIII before في", "أعلن كريم الاستمرار في منصبه", true},
		{"form VI before مع", "بحث حسن التعاون مع الوزارة", false}, // مع is no function word of the test
		{"form VI before ل", "طلب حسن التعاون لإنجاح الخطة", true},
		{"a family name before a preposition", "وقال عبدالمنعم الحيزان في تصريح", false},
		{"a masdar with no preposition after", "رغبة بيليه الترشح الآن", false},
		{"a nisba of masdar length", "قال محمد التركي في بيان", false},
	} {
		toks := lexicon.Tokens(tc.text)
		j := 2
		if got := governingMasdar(toks, j, function); got != tc.want {
			t.Errorf("%s: governingMasdar(%q, %d) = %v, want %v", tc.name, tc.text, j, got, tc.want)
		}
	}
}
