package vocab

import "testing"

func TestCircumstance(t *testing.T) {
	part, verb := Form{P: &Pattern{Code: "112"}, Participle: true}, Form{P: &Pattern{Code: "112"}}
	for _, tc := range []struct {
		name       string
		fs         []Form
		norm       string
		afterBound bool
		want       int
	}{
		{"the masculine accusative anywhere", []Form{part}, "متهما", false, 1},
		{"the feminine after a comma", []Form{part}, "متهمة", true, 1},
		{"the feminine after a noun is its adjective", []Form{part}, "متهمة", false, 0},
		{"the plural after a number is a noun", []Form{part}, "متهمين", false, 0},
		{"other readings stay", []Form{verb, part}, "متهمة", false, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Circumstance(tc.fs, tc.norm, tc.afterBound); len(got) != tc.want {
				t.Errorf("Circumstance(%q, %v) kept %d readings, want %d", tc.norm, tc.afterBound, len(got), tc.want)
			}
		})
	}
}
