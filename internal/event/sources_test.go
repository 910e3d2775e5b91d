package event

import (
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// TestQuotedSources: texts written for the test, each with one quote
// (testdata/quoted_sources.tsv, where each group of rows states its rule),
// and the one source of an act in them: a support verb's subject, or the
// doer a dropped subject continues.
func TestQuotedSources(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	speakers := map[string]*news.Speaker{
		"Barack Obama":         {Name: "Barack Obama", Country: "USA", Actor: "USAGOV"},
		"Recep Tayyip Erdogan": {Name: "Recep Tayyip Erdogan", Country: "TUR", Actor: "TURGOV"},
		"مصادر":                {Name: "مصادر", Country: "TUR"},
	}
	for _, r := range tabletest.Fields(t, "testdata/quoted_sources.tsv", 5) {
		text, quote, speaker, code, want := r[0], r[1], r[2], r[3], r[4]
		doc := buildDoc(text, "2015-08-01", actors)
		s := strings.Index(doc.Text, quote)
		if s < 0 || speakers[speaker] == nil {
			t.Fatalf("testdata/quoted_sources.tsv: %s: no quote %q or no speaker %q", text, quote, speaker)
		}
		doc.Quotes = []news.Quote{{Speaker: speakers[speaker], Text: quote, Start: s, End: s + len(quote)}}
		var got []string
		for _, e := range DefaultCoder().Code(doc) {
			if e.Code == code {
				got = append(got, e.Source.Name)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: %s sources %q, want [%s]", text, code, got, want)
		}
	}
}
