package force

import "testing"

func TestCodes(t *testing.T) {
	tests := []struct {
		code                string
		toll, violent, mass bool
		group               int
	}{
		{"1823", true, true, false, 1},
		{"182", true, true, false, 1},
		{"183", false, true, false, 1},
		{"190", false, true, false, 1},
		{"195", false, true, false, 1},
		{"202", false, true, true, 1},
		{"173", false, false, false, 1},
		{"145", false, false, false, 0},
		{"141", false, false, false, 0},
		{"21", false, false, false, 1},
	}
	for _, tt := range tests {
		if got := Toll(tt.code); got != tt.toll {
			t.Errorf("Toll(%q) = %v, want %v", tt.code, got, tt.toll)
		}
		if got := Violent(tt.code); got != tt.violent {
			t.Errorf("Violent(%q) = %v, want %v", tt.code, got, tt.violent)
		}
		if got := Mass(tt.code); got != tt.mass {
			t.Errorf("Mass(%q) = %v, want %v", tt.code, got, tt.mass)
		}
		if got := Group(tt.code); got != tt.group {
			t.Errorf("Group(%q) = %d, want %d", tt.code, got, tt.group)
		}
	}
}

func TestDoerPast(t *testing.T) {
	for verb, want := range map[string]bool{"ارتكبتها": true, "شنتها": true, "نفذه": true, "تشنها": false, "ينفذها": false} {
		if got := DoerPast(verb); got != want {
			t.Errorf("DoerPast(%q) = %v, want %v", verb, got, want)
		}
	}
}

func TestUnmanned(t *testing.T) {
	tests := []struct {
		w, next, prev string
		want          bool
	}{
		{"بدون", "طيار", "طائرة", true},
		{"دون", "طيار", "من", true},
		{"من", "دون", "طائرة", true},
		{"طيار", "اميركية", "بدون", true},
		{"من", "طراز", "طائرة", false},
		{"طيار", "سوري", "الطيران", false},
	}
	for _, tt := range tests {
		if got := Unmanned(tt.w, tt.next, tt.prev); got != tt.want {
			t.Errorf("Unmanned(%q, %q, %q) = %v, want %v", tt.w, tt.next, tt.prev, got, tt.want)
		}
	}
}

func TestAllied(t *testing.T) {
	for name, want := range map[string]bool{"طيران التحالف الدولي": true, "قوات التحالف": true, "وطيران التحالف": true,
		"الطائرات التركية": false, "قوات تحالفية": false, "التحالفات": false} {
		if got := Allied(name); got != want {
			t.Errorf("Allied(%q) = %v, want %v", name, got, want)
		}
	}
}
