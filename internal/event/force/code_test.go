package force

import "testing"

func TestCodes(t *testing.T) {
	tests := []struct {
		code          string
		toll, violent bool
	}{
		{"1823", true, true},
		{"182", true, true},
		{"183", false, true},
		{"190", false, true},
		{"195", false, true},
		{"202", false, true},
		{"173", false, false},
		{"145", false, false},
		{"21", false, false},
	}
	for _, tt := range tests {
		if got := Toll(tt.code); got != tt.toll {
			t.Errorf("Toll(%q) = %v, want %v", tt.code, got, tt.toll)
		}
		if got := Violent(tt.code); got != tt.violent {
			t.Errorf("Violent(%q) = %v, want %v", tt.code, got, tt.violent)
		}
	}
}
