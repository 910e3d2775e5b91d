package event

import (
	"testing"

	"rasad/internal/news"
	"rasad/internal/when"
)

// An act told with «صباح اليوم (أمس)» is of the day in parentheses: the
// writer's today, corrected for the reader of the next day's paper
// (when.Corrected); one told with «اليوم» alone is of the day of
// publication.
func TestCorrectedDay(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, c := range []struct{ name, sentence, want string }{
		{"today corrected to yesterday", "وقصفت الطائرات التركية صباح اليوم (أمس) مواقع تنظيم داعش في سوريا.", "2015-07-24"},
		{"today alone", "وقصفت الطائرات التركية صباح اليوم مواقع تنظيم داعش في سوريا.", "2015-07-25"},
	} {
		doc := buildDoc(c.sentence, "2015-07-25", actors)
		doc.Dates = when.Find(doc.Text, doc.Tokens, "2015-07-25")
		evs := DefaultCoder().Code(doc)
		if len(evs) != 1 || evs[0].Date != c.want {
			t.Errorf("%s: %s: got %q, want one event of %s", c.name, c.sentence, lines(evs), c.want)
		}
	}
}

func lines(evs []news.Event) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, eventLines([]news.Event{ev})[0]+" "+ev.Date)
	}
	return out
}
