package event

import (
	"sort"
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/when"
)

// A chronicle of this day in history tells acts of past years: history, no
// record, and one with no date of its own, or dated this year (في هذا
// اليوم: the day of publication), is no record either (package
// background); the same lines under another headline are news, but for
// the act of 2003, history there too, and the one of 20 July a record of
// its day.
func TestChronicle(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	body := "\nزار أردوغان موسكو وبحث مع بوتين الأزمة السورية.\nوفي عام 2003 زار بوتين أنقرة.\nوفي 20 يوليو 2015 زار بوتين أنقرة.\nوفي هذا اليوم هاجم الجيش العراقي الكويت.\n"
	for _, tc := range []struct {
		headline string
		want     []string
	}{
		{"حدث في مثل هذا اليوم", nil},
		{"أردوغان في موسكو", []string{"IRQMIL | 190 | KWT | asserted 2015-08-01", "RUSGOV | 042 | TUR | asserted 2015-07-20", "TURGOV | 042 | RUS | asserted 2015-08-01"}},
	} {
		doc := buildDoc(tc.headline+body, "2015-08-01", actors)
		doc.Dates = when.Find(doc.Text, doc.Tokens, "2015-08-01")
		var got []string
		for _, ev := range DefaultCoder().Code(doc) {
			if ev.Polarity == "asserted" {
				got = append(got, eventLines([]news.Event{ev})[0]+" "+ev.Date)
			}
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\ngot:\n\t%s\nwant:\n\t%s", tc.headline, strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
		}
	}
}
