package background

import (
	"testing"

	"rasad/internal/news"
)

func TestHeadline(t *testing.T) {
	// the text: the headline, then the body (byte offsets of its words)
	const head = "وفد من المعارضة يزور موسكو لعقد جولة من المحادثات"
	text := head + "\nقال مصدر إن من المقرر أن يزور وفد المعارضة موسكو في 12 أغسطس."
	span := func(w string) *news.Span {
		for i := 0; i+len(w) <= len(head); i++ {
			if head[i:i+len(w)] == w {
				return &news.Span{Start: i, End: i + len(w)}
			}
		}
		t.Fatalf("no %q", w)
		return nil
	}
	ev := func(code, country string, sent int, pol news.Polarity, date string, tr *news.Span) news.Event {
		return news.Event{Code: code, Source: news.Party{Country: country}, Sentence: sent, Polarity: pol, Date: date, Trigger: tr}
	}
	visit, talks := span("يزور"), span("المحادثات")
	for _, tc := range []struct {
		name  string
		title string
		in    []news.Event
		want  []news.Polarity
	}{
		{"a visit the body sets after publication, and its purpose", head,
			[]news.Event{ev("042", "SYR", 0, news.Asserted, "2015-08-07", visit), ev("040", "RUS", 0, news.Asserted, "2015-08-07", talks), ev("042", "SYR", 1, news.Alleged, "2015-08-12", nil)},
			[]news.Polarity{news.Alleged, news.Alleged, news.Alleged}},
		{"the body tells it done too", head,
			[]news.Event{ev("042", "SYR", 0, news.Asserted, "2015-08-07", visit), ev("042", "SYR", 1, news.Alleged, "2015-08-12", nil), ev("042", "SYR", 2, news.Asserted, "2015-08-07", nil)},
			[]news.Polarity{news.Asserted, news.Alleged, news.Asserted}},
		{"the body's intent has no date to come", head,
			[]news.Event{ev("042", "SYR", 0, news.Asserted, "2015-08-07", visit), ev("042", "SYR", 1, news.Alleged, "2015-08-07", nil)},
			[]news.Polarity{news.Asserted, news.Alleged}},
		{"another country's act to come", head,
			[]news.Event{ev("042", "SYR", 0, news.Asserted, "2015-08-07", visit), ev("042", "RUS", 1, news.Alleged, "2015-08-12", nil)},
			[]news.Polarity{news.Asserted, news.Alleged}},
		{"no title: sentence 0 is the body's", "",
			[]news.Event{ev("042", "SYR", 0, news.Asserted, "2015-08-07", visit), ev("042", "SYR", 1, news.Alleged, "2015-08-12", nil)},
			[]news.Polarity{news.Asserted, news.Alleged}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &news.Document{Title: tc.title, Text: text, Published: "2015-08-07"}
			got := Headline(tc.in, doc)
			for i, e := range got {
				if e.Polarity != tc.want[i] {
					t.Errorf("event %d (%s, sentence %d): %s, want %s", i, e.Code, e.Sentence, e.Polarity, tc.want[i])
				}
			}
			if tc.want[0] == news.Alleged && got[0].Date != "2015-08-12" {
				t.Errorf("headline dated %s, want the body's 2015-08-12", got[0].Date)
			}
		})
	}
}
