package background

import (
	"strings"

	"rasad/internal/news"
)

// Headline gives a headline's act the time its article gives it. A
// headline tells what the article reports in the present tense, whatever
// its time (وفد من المعارضة السورية يزور موسكو: the visit the body sets for
// 12 and 13 August); when the body tells the same act (its code, by an
// actor of the same country) only as one to come, alleged and dated after
// the day of publication, and never as done, the headline's record is
// that act to come: alleged, of the body's date; and so is the act of
// purpose after it, a verbal noun with ل (يزور موسكو لعقد جولة جديدة من
// المحادثات). Sentence 0 is the headline when doc has a title. It
// changes evs in place and returns it.
func Headline(evs []news.Event, doc *news.Document) []news.Event {
	if doc.Title == "" {
		return evs
	}
	for i := range evs {
		h := &evs[i]
		if h.Sentence != 0 || h.Polarity != news.Asserted || h.Source.Country == "" {
			continue
		}
		date, done := "", false
		for _, b := range evs {
			if b.Sentence == 0 || b.Code != h.Code || b.Source.Country != h.Source.Country {
				continue
			}
			switch {
			case b.Polarity == news.Asserted:
				done = true
			case b.Polarity == news.Alleged && Future(b.Date, doc.Published) && date == "":
				date = b.Date
			}
		}
		if date == "" || done {
			continue
		}
		h.Polarity, h.Date = news.Alleged, date
		for j := range evs {
			if p := &evs[j]; p.Sentence == 0 && p.Polarity == news.Asserted && purpose(doc.Text, h.Trigger, p.Trigger) {
				p.Polarity, p.Date = news.Alleged, date
			}
		}
	}
	return evs
}

// purpose reports whether the trigger p follows the trigger h past a word
// with ل attached, or is one (يزور موسكو لعقد جولة من المحادثات, للمشاركة):
// an act of the purpose of h.
func purpose(text string, h, p *news.Span) bool {
	if h == nil || p == nil || p.Start <= h.End || p.End > len(text) {
		return false
	}
	for _, w := range strings.Fields(text[h.End:p.End]) {
		if strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "لا") {
			return true
		}
	}
	return false
}
