package event

import (
	"testing"

	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// coded returns the source and target (nil if none) of the last record of
// code that the coder makes of text, its entities those of the test actors.
func coded(t *testing.T, text, code string) (src news.Party, tgt *news.Party) {
	t.Helper()
	doc := buildDoc(text, "2015-08-01", readActors(t, "testdata/actors.txt"))
	for _, e := range DefaultCoder().Code(doc) {
		if e.Code == code {
			src, tgt = e.Source, e.Target
		}
	}
	return src, tgt
}

// TestParties: sentences written for the test (testdata/parties.tsv, where
// each group of rows states its rule), each with the part of one of its
// events that the rule decides.
func TestParties(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/parties.tsv", 4) {
		text, code, part, want := r[0], r[1], r[2], r[3]
		src, tgt := coded(t, text, code)
		var got string
		switch part {
		case "source":
			got = src.Name
		case "source actor":
			got = src.Actor
		case "target country":
			if tgt == nil {
				got = "(no target)"
			} else {
				got = tgt.Country
			}
		default:
			t.Fatalf("testdata/parties.tsv: %q: no part %q", text, part)
		}
		if got != want {
			t.Errorf("%s: %s %s %q, want %q", text, code, part, got, want)
		}
	}
}
