package event

import "testing"

// Forces named with a word of affiliation to a person (القوات الموالية
// للمالكي) are the doer, an agent of the person's country, not the person
// (doer.LoyalTo); the person heading the phrase stays its actor.
func TestLoyalForcesAct(t *testing.T) {
	for _, tc := range []struct {
		text, code, want string
	}{
		{"وشنت القوات الموالية لرئيس الوزراء نوري المالكي هجوما على حزب العمال الكردستاني.", "190", "IRQMIL"},
		{"وشن المالكي هجوما على حزب العمال الكردستاني.", "190", "IRQGOV"},
	} {
		if src, _ := coded(t, tc.text, tc.code); src.Actor != tc.want {
			t.Errorf("%s: %s source %q (%s), want %s", tc.text, tc.code, src.Name, src.Actor, tc.want)
		}
	}
}
