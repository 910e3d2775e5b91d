package background

import (
	"strings"
	"testing"
)

func TestAny(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		k        int // the event word
		want     bool
	}{
		{"إن الحركة تتحمل المسؤولية عن أي اعتداء* ينطلق من القطاع", 6, true},
		{"أكد الوزير رفضه أية تدخلات* في شؤون بلاده", 4, true},
		{"لم يسجل أي هجوم* على القافلة", 3, true},
		// a done act: no quantifier, or a verb after أي
		{"شنت الطائرات هجوما* على القافلة", 2, false},
		{"لا نعرف أي جهة هاجمت+ القافلة", 4, false},
		{"أي اعتداء* على القافلة", 1, true},
		{"الاعتداء* على القافلة", 0, false},
	} {
		if got := Any(words(strings.Fields(tc.sentence)), tc.k); got != tc.want {
			t.Errorf("Any(%q, %d) = %v, want %v", tc.sentence, tc.k, got, tc.want)
		}
	}
}
