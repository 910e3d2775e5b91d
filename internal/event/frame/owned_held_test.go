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
	checkInts(t, "HeldBy", 3, func(r []string) int {
		s := parse(r[1])
		for j := range s.toks {
			x := &s.toks[j]
			switch x.Norm {
			case "المركز", "المطار":
				x.Cue = vocab.CueSite
			case "عليه":
				x.IsPrep, x.Prep, x.Suffix = true, "على", true
			}
		}
		return siteOwner(s, 0)
	})
}
