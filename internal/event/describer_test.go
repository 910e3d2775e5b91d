package event

import (
	"testing"
)

// The one praised or blamed is the doer of the deed the object names, the
// subject of the clause that describes it (blame.Target), even where the
// sentence names another actor the act could reach (the people helped, a
// place); the subject's place or occasion under a preposition the act
// does not take stands between the subject and that object.
func TestDescribedDeedDoer(t *testing.T) {
	for _, tc := range []struct {
		text, code, want string
	}{
		{"ثمن أردوغان الدور الذي تقوم به الحكومة العراقية لإغاثة الشعب السوري.", "051", "IRQ"},
		{"ثمن أردوغان رئيس الوفد التركي في المؤتمر الدور الذي تقوم به الحكومة العراقية.", "051", "IRQ"},
		{"ثمن أردوغان رئيس الوفد التركي حول العالم الدور الذي تقوم به السعودية.", "051", "SAU"},
		{"دانت الحكومة العراقية السبت القصف الجوي الذي شنته الطائرات التركية على مواقع في الموصل.", "111", "TUR"},
	} {
		if _, tgt := coded(t, tc.text, tc.code); tgt == nil || tgt.Country != tc.want {
			t.Errorf("%s: %s target %v, want one of %q", tc.text, tc.code, tgt, tc.want)
		}
	}
}
