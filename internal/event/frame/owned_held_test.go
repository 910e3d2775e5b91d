package frame

import (
	"testing"

	"rasad/internal/event/vocab"
)

// A relative clause of holding or using after the site hit names its
// holder, past the site's adjective and a comma, and past the preposition
// that carries the pronoun of the place; a relative clause of another
// verb names no owner.
func TestHeldBy(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		want           int
	}{
		{"a relative clause of use", "قصف@ [الطيران] المركز الثقافي ، الذي يتخذه [المتمردون] مقرا .", 1},
		{"control, with its preposition", "قصف@ [الطيران] المطار الذي تسيطر عليه [جماعة الحوثي] .", 1},
		{"a relative clause of another verb", "قصف@ [الطيران] المركز الذي زاره [الوزير] .", -1},
		{"no relative clause", "قصف@ [الطيران] المركز قرب [المتمردين] .", -1},
	} {
		s := parse(tc.sentence)
		for j := range s.toks {
			x := &s.toks[j]
			switch x.Norm {
			case "المركز", "المطار":
				x.Cue = vocab.CueSite
			case "عليه":
				x.IsPrep, x.Prep, x.Suffix = true, "على", true
			}
		}
		if got := siteOwner(s, 0); got != tc.want {
			t.Errorf("%s: %s: got phrase %d, want %d", tc.name, tc.sentence, got, tc.want)
		}
	}
}
