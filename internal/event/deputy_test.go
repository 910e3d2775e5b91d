package event

import "testing"

// The one who serves a person (نائب, مستشار, المتحدث باسم before his
// name, doer.Deputy) is the doer, not the person: the person's actor code
// gives the deputy his role where it has one; where it names the person's
// country alone, the deputy is left unnamed rather than read as the
// person, while the person as subject stays the doer.
func TestDeputyNotThePerson(t *testing.T) {
	for _, tc := range []struct {
		text, code, name, actor string
	}{
		{"وانتقد نائب هويدي قرار الحكومة العراقية.", "111", "", ""},
		{"وانتقد مستشار هويدي قرار الحكومة العراقية.", "111", "", ""},
		{"وانتقد هويدي قرار الحكومة العراقية.", "111", "Fahmi Howeidy", "EGY"},
	} {
		if src, _ := coded(t, tc.text, tc.code); src.Name != tc.name || src.Actor != tc.actor {
			t.Errorf("%s: %s source %q (%s), want %q (%s)", tc.text, tc.code, src.Name, src.Actor, tc.name, tc.actor)
		}
	}
}
