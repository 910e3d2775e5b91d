package background

import (
	"strings"
	"testing"
)

func TestLandmark(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		k        int // the event word
		want     bool
	}{
		{"وكان المجلس قد أقر القانون قبيل بدء المفاوضات* في يونيو", 7, true},
		{"وكانت الحكومة قد أعلنت الخطة قبل الزيارة* في مايو", 6, true},
		// no recall, or the noun not after قبل
		{"أقر المجلس القانون قبيل بدء المفاوضات* في يونيو", 5, false},
		{"وكان المجلس قد أقر القانون بعد المفاوضات* في يونيو", 6, false},
		{"وكان المجلس قد أقر القانون خلال المفاوضات* في يونيو", 6, false},
		{"وكان الاجتماع ناجحا قبيل المفاوضات*", 4, false},
	} {
		if got := Landmark(words(strings.Fields(tc.sentence)), tc.k); got != tc.want {
			t.Errorf("Landmark(%q, %d) = %v, want %v", tc.sentence, tc.k, got, tc.want)
		}
	}
}
