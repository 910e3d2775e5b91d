package background

import (
	"strings"
	"testing"
)

func TestPurpose(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		g, k     int // the gathering, the event word after it
		want     bool
	}{
		{"وكانت المدينة قد شهدت+ قبل أسبوعين مسيرات* للعمال للمطالبة* برفع الأجور", 6, 8, true},
		{"نظم الطلاب اعتصاما* للتنديد* بالقرار", 2, 3, true},
		{"خرجت مظاهرة* حاشدة للمطالبة* بالإصلاح", 1, 3, true},
		// too far, past a verb or a clause's end, or another act between
		{"خرجت مظاهرة* حاشدة في الساحة للمطالبة* بالإصلاح", 1, 5, false},
		{"خرجت مظاهرة* حاشدة في الساحة الكبرى للمطالبة* بالإصلاح", 1, 6, false},
		{"نظم الطلاب اعتصاما* ، للمطالبة* بحقوقهم", 2, 4, false},
		{"نظم الطلاب اعتصاما* وطالبوا+ بحقوقهم", 2, 3, false},
		{"شهدت المدينة مسيرة* واعتصاما* للمطالبة* بالإصلاح", 2, 4, false},
		// not after ل, or before the gathering
		{"نظم الطلاب اعتصاما* بعد المطالبة* بحقوقهم", 2, 4, false},
		{"للمطالبة* بحقوقهم نظم الطلاب اعتصاما*", 4, 0, false},
	} {
		if got := Purpose(words(strings.Fields(tc.sentence)), tc.g, tc.k); got != tc.want {
			t.Errorf("Purpose(%q, %d, %d) = %v, want %v", tc.sentence, tc.g, tc.k, got, tc.want)
		}
	}
}
