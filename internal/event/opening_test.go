package event

import (
	"testing"
)

// A verb joined by و to the verb that opens its sentence, with no subject
// of its own, continues that verb's subject (doer.Opening), not the doer
// of an act told in the sentence before; with no opening clause of that
// shape, the last doer still goes on.
func TestOpeningSubjectContinued(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		text, code, want string
	}{
		{"وانتقد أردوغان حزب العمال الكردستاني. وتحدث المالكي عن الأزمة، وأعرب عن أمله في الحل.", "013", "Nouri al-Maliki"},
		{"وانتقد أردوغان حزب العمال الكردستاني. وتحدث المالكي عن الأزمة، وأعربت عن أملها في الحل.", "013", "Recep Tayyip Erdogan"}, // (a feminine verb: not the minister's)
		{"وتحدث المالكي عن الأزمة، وأعرب عن أمله في الحل.", "013", "Nouri al-Maliki"},
		{"وانتقد أردوغان حزب العمال الكردستاني وأعرب عن أمله في الحل.", "013", "Recep Tayyip Erdogan"},
	} {
		doc := buildDoc(tc.text, "2015-08-01", actors)
		got := ""
		for _, e := range DefaultCoder().Code(doc) {
			if e.Code == tc.code {
				got = e.Source.Name
			}
		}
		if got != tc.want {
			t.Errorf("%s: %s source %q, want %q", tc.text, tc.code, got, tc.want)
		}
	}
}
