package event

import "testing"

// After a verb of appeal, a name nobody linked and then a definite body
// whose content follows after إلى is subject and object: the body is
// called on, never the caller (doer.UnknownName); the body right after
// the verb is the caller still.
func TestUnknownNameCallsOn(t *testing.T) {
	for _, tc := range []struct {
		text, code, want string
	}{
		{"ودعا أكبر أغا الأمم المتحدة إلى التدخل في الأزمة.", "020", ""},
		{"وطالب جمال سليمان الحوثيين بالعودة إلى الحوار.", "100", ""},
		{"ودعت الأمم المتحدة إلى التدخل في الأزمة.", "020", "United Nations"},
		{"وطالب الحوثيون بالعودة إلى الحوار.", "100", "Houthis"},
	} {
		if src, _ := coded(t, tc.text, tc.code); src.Name != tc.want {
			t.Errorf("%s: %s source %q, want %q", tc.text, tc.code, src.Name, tc.want)
		}
	}
}
