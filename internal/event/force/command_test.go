package force

import "testing"

func TestCommand(t *testing.T) {
	for _, c := range []struct{ name, head, next, want string }{
		{"a command of operations and its place", "قيادة", "عمليات", "MIL"},
		{"the joint operations command", "قيادة", "العمليات", "MIL"},
		{"an operations room is no state's force", "غرفة", "عمليات", ""},
		{"a party's leadership", "قيادة", "الحزب", ""},
	} {
		if got := Command(c.head, c.next); got != c.want {
			t.Errorf("%s: Command(%q, %q) = %q, want %q", c.name, c.head, c.next, got, c.want)
		}
	}
}
