package entity

import "testing"

// TestMentionsCode holds a token no mention holds: it has no code, and
// asking does not read before the mentions (at[k] is 0).
func TestMentionsCode(t *testing.T) {
	m := mentions{ms: []found{{code: "IGOMEAARL"}}, at: []int{0, 1}}
	for _, tt := range []struct {
		k    int
		want string
	}{{0, ""}, {1, "IGOMEAARL"}} {
		if got := m.Code(tt.k); got != tt.want {
			t.Errorf("Code(%d) = %q, want %q", tt.k, got, tt.want)
		}
	}
}
