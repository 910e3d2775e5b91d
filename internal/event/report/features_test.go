package report

import (
	"slices"
	"testing"
)

// TestFeatures sets the features of one act from what the coder found of it.
func TestFeatures(t *testing.T) {
	ws := make([]Word, 5)
	for _, tc := range []struct {
		name string
		act  Act
		want map[int]float64 // the features named, the others left as they come
	}{
		{"a verb in the present, passive: of the past", Act{Code: "190", Verb: true, Present: true, Passive: true}, map[int]float64{VerbPast: 1, Present: 0, Passive: 1, Noun: 0}},
		{"a verb in the present, active", Act{Code: "190", Verb: true, Present: true}, map[int]float64{VerbPast: 0, Present: 1}},
		{"a noun with the article under a preposition", Act{Code: "190", Definite: true, Governed: true}, map[int]float64{Noun: 1, Definite: 1, Governed: 1, VerbPast: 0}},
		{"dated to the day near the verb", Act{Code: "190", Verb: true, Date: 10, DateGap: 2}, map[int]float64{DatedDay: 1, DateNear: 1}},
		{"dated to the day far from the verb", Act{Code: "190", Verb: true, Date: 10, DateGap: 9}, map[int]float64{DatedDay: 1, DateNear: 0}},
		{"dated to the year: never near", Act{Code: "190", Verb: true, Date: 4}, map[int]float64{DatedYear: 1, DateNear: 0}},
		{"a protest among others", Act{Code: "141", Many: 2, At: 1}, map[int]float64{Protest: 1, Many: 1, Start: 1}},
		{"a target and no doer: an actor", Act{Code: "190", Target: true, At: 4}, map[int]float64{Actor: 1, Start: 0, Bias: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var x [NFeatures]float64
			Features(ws, &tc.act, &x)
			for f, v := range tc.want {
				if x[f] != v {
					t.Errorf("Features(%+v): %s = %v, want %v", tc.act, Names[f], x[f], v)
				}
			}
		})
	}
}

// TestEvidence keeps each feature at its largest over the acts, a
// negative prior too, and each lemma once.
func TestEvidence(t *testing.T) {
	var e Evidence
	ws := make([]Word, 3)
	e.Add(ws, &Act{Code: "190", Prior: -0.8}, "اشتباك")
	e.Add(ws, &Act{Code: "190", Prior: -0.5, Verb: true}, "اشتباك")
	e.Add(ws, &Act{Code: "1823", Prior: -1}, "قتل")
	if e.Acts != 3 || e.X[Prior] != -0.5 || e.X[Noun] != 1 || e.X[VerbPast] != 1 {
		t.Errorf("Evidence: %d acts, prior %v, noun %v, past %v; want 3, -0.5, 1, 1", e.Acts, e.X[Prior], e.X[Noun], e.X[VerbPast])
	}
	if got := e.Lemmas(); !slices.Equal(got, []string{"اشتباك", "قتل"}) {
		t.Errorf("Lemmas() = %q, want [اشتباك قتل]", got)
	}
}
