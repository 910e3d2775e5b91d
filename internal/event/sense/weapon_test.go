package sense

import (
	"strings"
	"testing"
)

// TestWeapon checks that a bombing device introduced by an attached ب is
// the instrument of a plain act of force before it, and nothing else is.
func TestWeapon(t *testing.T) {
	cases := []struct {
		name, text, act, device string // the words of the act and the device
		actCode, devCode        string
		want                    bool
	}{
		{"car bomb after attack", "نفذ مسلحون هجوما بسيارة مفخخة على ثكنة للجيش", "هجوما", "بسيارة", "190", "1832", true},
		{"roadside bomb after verb", "هاجم مقاتلون دورية للشرطة بعبوة ناسفة قرب الحدود", "هاجم", "بعبوة", "190", "1833", true},
		{"suicide belt", "استهدف انتحاري بحزام ناسف حفل زفاف", "استهدف", "بحزام", "190", "1831", true},
		{"device without ب", "هاجم مسلحون القرية ثم انفجرت سيارة مفخخة", "هاجم", "سيارة", "190", "1832", false},
		{"device before the act", "بعبوة ناسفة هاجم المسلحون الحاجز", "هاجم", "بعبوة", "190", "1833", false},
		{"act with a manner of its own", "قصفت الطائرات الموقع بعبوات ناسفة", "قصفت", "بعبوات", "195", "1833", false},
		{"device too far", "هاجم مسلحون أمس مواقع الجيش والشرطة في مدن الشمال الثلاث بعبوة ناسفة", "هاجم", "بعبوة", "190", "1833", false},
		{"not a device", "هاجم مسلحون الحاجز بقذائف الهاون", "هاجم", "بقذائف", "190", "190", false},
	}
	for _, tc := range cases {
		toks, _, _ := tokens(tc.text)
		v, d := -1, -1
		for i := range toks {
			switch {
			case toks[i].Text == tc.act && v < 0:
				v = i
			case toks[i].Text == tc.device:
				d = i
			}
		}
		if v < 0 || d < 0 {
			t.Fatalf("%s: %q lacks %q or %q", tc.name, tc.text, tc.act, tc.device)
		}
		if got := Weapon(toks, d, tc.devCode, v, tc.actCode); got != tc.want {
			t.Errorf("%s: Weapon(%q, %q at %d, %q at %d) = %v, want %v", tc.name, strings.Fields(tc.text), tc.device, d, tc.act, v, got, tc.want)
		}
	}
}
