package report

import (
	"testing"

	"rasad/internal/event/vocab"
)

func TestConditional(t *testing.T) {
	cond := Word{Rest: "اذا", Cue: vocab.CueCond}
	verb := Word{Rest: "هاجمت", Verb: true, Code: "190"}
	comma := Word{Rest: "،", Bound: true}
	that := Word{Rest: "ان", Bound: true, Cue: vocab.CueBound}
	tests := []struct {
		name string
		ws   []Word
		k    int
		want bool
	}{
		{"إذا + verb", []Word{cond, verb}, 1, true},
		{"إذا, then a subject", []Word{cond, {Rest: "ايران", Actor: true}, verb}, 2, true},
		{"a condition in another clause", []Word{cond, {Rest: "فاز"}, comma, verb}, 3, false},
		{"across أن", []Word{cond, {Rest: "قررت"}, that, verb}, 3, vocab.Subordinate("ان")},
		{"no condition", []Word{{Rest: "امس"}, verb}, 1, false},
	}
	for _, tt := range tests {
		if got := Conditional(tt.ws, tt.k); got != tt.want {
			t.Errorf("%s: Conditional = %v, want %v", tt.name, got, tt.want)
		}
	}
}
