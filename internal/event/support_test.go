package event

import (
	"strings"
	"testing"

	"rasad/internal/news"
)

// A support verb's subject (قدم له المالكي التعازي, أبدى أردوغان رفضه)
// does the act its object noun names, even inside a quote: the speaker of
// the quote (who reports the act) is not its doer.
func TestSupportVerbInQuote(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		sentence, quote, code, want string
	}{
		{"وأوضح أوباما أن ضابطا عراقيا قتل في الموصل حيث أقيمت له جنازة وقدم له المالكي التعازي.",
			"ضابطا عراقيا قتل في الموصل حيث أقيمت له جنازة وقدم له المالكي التعازي", "018", "Nouri al-Maliki"},
		{"وأوضح أوباما أن ضابطا عراقيا قتل في الموصل حيث أقيمت له جنازة وقدم المالكي التعازي.",
			"ضابطا عراقيا قتل في الموصل حيث أقيمت له جنازة وقدم المالكي التعازي", "018", "Nouri al-Maliki"},
	} {
		doc := buildDoc(tc.sentence, "2015-08-01", actors)
		s := strings.Index(doc.Text, tc.quote)
		obama := &news.Speaker{Name: "Barack Obama", Country: "USA", Actor: "USAGOV"}
		doc.Quotes = []news.Quote{{Speaker: obama, Text: tc.quote, Start: s, End: s + len(tc.quote)}}
		var got []string
		for _, e := range DefaultCoder().Code(doc) {
			if e.Code == tc.code {
				got = append(got, e.Source.Name)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s: %s sources %q, want [%s]", tc.sentence, tc.code, got, tc.want)
		}
	}
}
