package arabic

import "testing"

func TestMasdarForm(t *testing.T) {
	for _, tc := range []struct {
		word string
		want int
	}{
		{"تدمير", 2},
		{"ترشح", 5},
		{"تقدم", 5},
		{"تعاون", 6},
		{"انسحاب", 7},
		{"اعتقال", 8},
		{"اجتماع", 8},
		{"اضطراب", 8}, // ت written ط after ض
		{"ازدحام", 8}, // ت written د after ز
		{"استمرار", 10},
		{"استخدام", 10},
		{"تحدي", 0},    // a fourth ي: no تفعّل
		{"اعلام", 0},   // إفعال: a bare form, not asked
		{"ابراهيم", 0}, // seven letters, no است
		{"اسماعيل", 0},
		{"عمر", 0},
		{"", 0},
		{"استعراضات", 0}, // a plural: too long
	} {
		if got := MasdarForm(tc.word); got != tc.want {
			t.Errorf("MasdarForm(%s) = %d, want %d", tc.word, got, tc.want)
		}
	}
}
