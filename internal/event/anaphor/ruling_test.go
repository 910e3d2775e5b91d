package anaphor

import "testing"

func TestRuling(t *testing.T) {
	for _, c := range []struct{ name, next, want string }{
		{"the ruling party", "الحاكم", "GOV"},
		{"the ruling coalition, feminine", "الحاكمة", "GOV"},
		{"another adjective", "الجمهوري", ""},
	} {
		if got := Ruling(c.next); got != c.want {
			t.Errorf("%s: Ruling(%q) = %q, want %q", c.name, c.next, got, c.want)
		}
	}
}
