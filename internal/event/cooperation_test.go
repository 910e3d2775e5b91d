package event

import (
	"strings"
	"testing"
)

// TestVenue: a city in the genitive of a meeting noun is where the meeting
// is held, not one who meets (اجتماع الدوحة); a country there takes part
// (محادثات قطر). The actor list of the tests has no gazetteer keys: the
// keys are set here as the gazetteer sets them (a country's is its code).
func TestVenue(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		sentence, actorID string
		want              []string
	}{
		{"وشارك الجبير في اجتماع الدوحة مع نظرائه أمس.", "doha", []string{"SAUGOV | 040 | - | asserted"}},
		{"وبدأت محادثات قطر مع أوباما في واشنطن أمس.", "qat", []string{"QAT | 040 | USAGOV | asserted"}},
		{"وأكد الجبير أن زيارة الدوحة كانت ناجحة.", "doha", nil}, // the place visited, by someone unnamed
	} {
		doc := buildDoc(tc.sentence, "2015-08-01", actors)
		for i := range doc.Entities {
			if doc.Entities[i].Country == "QAT" {
				doc.Entities[i].ActorID = tc.actorID
			}
		}
		got := eventLines(DefaultCoder().Code(doc))
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s (%s): got %q, want %q", tc.sentence, tc.actorID, got, tc.want)
		}
	}
}
