package vocab

import (
	"slices"

	"rasad/internal/event/morph"
)

// PastVerb reports whether a word's forms read it as an active verb in the
// past of the third person.
func PastVerb(fs []Form) bool {
	return slices.ContainsFunc(fs, func(f Form) bool {
		return f.P.Kind == Verb && !f.Present && !f.Passive && f.Person == morph.Third
	})
}
