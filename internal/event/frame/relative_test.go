package frame

import (
	"strings"
	"testing"
)

// TestRelative: a passive verb right after a relative pronoun has for its
// subject the definite actor noun before the pronoun, the one who
// suffered the act; not when an object follows the verb (then it is
// active), the noun is indefinite or no actor, or no pronoun stands
// between.
func TestRelative(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		want           int // the phrase; 9 stands for the other the caller gives
	}{
		{"the two policemen killed", "عثر علي [الشرطيين] اللذين قتلا@ ب_رصاصة .", 0},
		{"the soldiers killed, a place after", "شيع [الاهالي] [الجنود] الذين قتلوا@ في [حلب] .", 1},
		{"an adverb of manner after", "توفي والد [الرضيع] الذي قتل@ حرقا .", 0},
		{"an object after: active", "برأت [الهيئة] [الشرطي] الذي اطلق@ النار .", 9},
		{"an actor after: active", "اعتقلت [الشرطة] [المسلح] الذي قتل@ [الجندي] .", 9},
		{"no relative pronoun", "عثر علي [الشرطيين] قتلا@ ب_رصاصة .", 9},
		{"no actor before", "عثر علي السيارة التي سرقت@ ب_الامس .", 9},
	} {
		f := nameParse(tt.sentence)
		for j := range f.toks {
			f.toks[j].Definite = f.toks[j].Definite || strings.HasPrefix(f.toks[j].Norm, "ال")
		}
		k := -1
		for j, x := range f.toks {
			if x.Verb {
				k = j
			}
		}
		if got := Relative(f, k, 9); got != tt.want {
			t.Errorf("%s: Relative(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}
