package background

import "testing"

func TestChronicle(t *testing.T) {
	for _, tc := range []struct {
		headline string
		want     bool
	}{
		{"هذا اليوم في التاريخ: 1 أغسطس", true},
		{"حدث في مثل هذا اليوم", true},
		{"في مثل هذا اليوم من عام 1944 انتفضت وارسو", true},
		{"أردوغان يزور موسكو اليوم", false},
		{"التاريخ يشهد على هذا الاتفاق", false},
	} {
		if got := Chronicle(tc.headline); got != tc.want {
			t.Errorf("Chronicle(%q) = %v, want %v", tc.headline, got, tc.want)
		}
	}
}
