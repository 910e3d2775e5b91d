package event

import (
	"testing"

	"rasad/internal/news"
)

// coded returns the source and target (nil if none) of the last record of
// code that the coder makes of text, its entities those of the test actors.
func coded(t *testing.T, text, code string) (src news.Party, tgt *news.Party) {
	t.Helper()
	doc := buildDoc(text, "2015-08-01", readActors(t, "testdata/actors.txt"))
	for _, e := range DefaultCoder().Code(doc) {
		if e.Code == code {
			src, tgt = e.Source, e.Target
		}
	}
	return src, tgt
}

// A verb joined by و to the verb that opens its sentence, with no subject
// of its own, continues that verb's subject (doer.Opening), not the doer
// of an act told in the sentence before; with no opening clause of that
// shape, the last doer still goes on.
func TestOpeningSubjectContinued(t *testing.T) {
	for _, tc := range []struct {
		text, code, want string
	}{
		{"وانتقد أردوغان حزب العمال الكردستاني. وتحدث المالكي عن الأزمة، وأعرب عن أمله في الحل.", "013", "Nouri al-Maliki"},
		{"وانتقد أردوغان حزب العمال الكردستاني. وتحدث المالكي عن الأزمة، وأعربت عن أملها في الحل.", "013", "Recep Tayyip Erdogan"}, // (a feminine verb: not the minister's)
		{"وتحدث المالكي عن الأزمة، وأعرب عن أمله في الحل.", "013", "Nouri al-Maliki"},
		{"وانتقد أردوغان حزب العمال الكردستاني وأعرب عن أمله في الحل.", "013", "Recep Tayyip Erdogan"},
	} {
		if src, _ := coded(t, tc.text, tc.code); src.Name != tc.want {
			t.Errorf("%s: %s source %q, want %q", tc.text, tc.code, src.Name, tc.want)
		}
	}
}
