package actor_test

import (
	"testing"

	"rasad/internal/actor"
	"rasad/internal/tabletest"
)

// TestVariant reads the rows of Variant, the key of a foreign name's
// spellings, and of PersonVariant, the person the gazetteer knows by one
// of them (the ID, "" for none).
func TestVariant(t *testing.T) {
	g := actor.Default()
	person := func(phrase string) string {
		if a := g.PersonVariant(phrase); a != nil {
			return a.ID
		}
		return ""
	}
	tabletest.Strings(t, "Variant", actor.Variant, tabletest.Rows(t, "testdata/variant.tsv"))
	tabletest.Strings(t, "PersonVariant", person, tabletest.Rows(t, "testdata/personvariant.tsv"))
}
