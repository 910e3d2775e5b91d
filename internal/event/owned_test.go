package event

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/tabletest"
)

// The owner of the thing or place an act hits is its target: after ل or
// a word of belonging, past the thing's adjective, for a verb and for a
// suicide bombing at (على) a checkpoint, for a rally before (أمام) a seat;
// a thing of nobody gives none.
// (The genitive of an act noun, تدمير, is frame.ObjectSite's test.) The
// sentences are testdata/owned.tsv.
func TestThingOwnerTarget(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, r := range tabletest.Fields(t, "testdata/owned.tsv", 3) {
		name, sentence, want := r[0], r[1], r[2]
		lines := eventLines(DefaultCoder().Code(buildDoc(sentence, "2015-07-01", actors)))
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, want) }) {
			t.Errorf("%s: %s: got %q, want a line with %q", name, sentence, lines, want)
		}
	}
}
