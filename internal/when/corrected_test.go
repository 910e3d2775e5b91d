package when

import (
	"strings"
	"testing"
)

func TestCorrected(t *testing.T) {
	for _, c := range []struct {
		name, text, at string
		want           bool
	}{
		{"today corrected to yesterday", "تمكنت القوة صباح اليوم (أمس) من تحرير الطريق", "صباح اليوم", true},
		{"this day corrected, the space inside", "شنتها الطائرات فجر هذا اليوم ( أمس ) ضد مواقع", "اليوم", true},
		{"a day with no correction", "تمكنت القوة صباح اليوم من تحرير الطريق (الرابط)", "صباح اليوم", false},
		{"the corrected day itself", "تمكنت القوة صباح اليوم (أمس) من تحرير الطريق", "أمس", false},
	} {
		ds := findAll(c.text, "2015-07-31")
		i := strings.Index(c.text, c.at)
		got := false
		for _, d := range ds {
			if d.Start == i {
				got = Corrected(c.text, d, ds)
			}
		}
		if got != c.want {
			t.Errorf("%s: Corrected(%q at %q) = %v, want %v (dates %v)", c.name, c.text, c.at, got, c.want, ds)
		}
	}
}
