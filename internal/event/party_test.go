package event

import "testing"

// An official of the UN or the EU acts for the body: the party has the
// body's code and no country (not his nationality); a national official
// keeps his country.
func TestPartyOfBody(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		sentence, name, country, actor string
	}{
		{"وأدان الأمين العام للأمم المتحدة بان كي مون أمس الهجوم على الجيش العراقي.", "Ban Ki-moon", "", "IGOUNO"},
		{"وأدان وزير الخارجية السعودي عادل الجبير أمس الهجوم على الجيش العراقي.", "Adel al-Jubeir", "SAU", "SAUGOV"},
	} {
		doc := buildDoc(tc.sentence, "2015-08-01", actors)
		evs := DefaultCoder().Code(doc)
		found := false
		for _, e := range evs {
			if e.Source.Name == tc.name {
				found = true
				if e.Source.Country != tc.country || e.Source.Actor != tc.actor {
					t.Errorf("%s: source %+v, want country %q actor %q", tc.sentence, e.Source, tc.country, tc.actor)
				}
			}
		}
		if !found {
			t.Errorf("%s: no event of %s in %+v", tc.sentence, tc.name, evs)
		}
	}
}
