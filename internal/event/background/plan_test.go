package background

import (
	"strings"
	"testing"

	"rasad/internal/news"
)

func TestPlans(t *testing.T) {
	// each record's trigger is its sentence's number as a byte offset;
	// verbs lists the records whose trigger is a tensed verb
	ev := func(code, src, tgt string, sent int, pol news.Polarity, date string) news.Event {
		e := news.Event{Code: code, Source: news.Party{Country: src}, Sentence: sent, Polarity: pol, Date: date, Trigger: &news.Span{Start: sent, End: sent + 1}}
		if tgt != "" {
			e.Target = &news.Party{Country: tgt}
		}
		return e
	}
	const pub = "2015-07-22"
	headline := ev("042", "FRA", "IRN", 0, news.Asserted, pub)      // فابيوس يزور طهران
	plan := ev("036", "FRA", "IRN", 1, news.Asserted, "2015-07-29") // وسيزور فابيوس إيران الأسبوع المقبل
	for _, tc := range []struct {
		name  string
		in    []news.Event
		verbs []int
		want  string // the codes and sentences kept
	}{
		{"the body tells the headline's visit as a plan",
			[]news.Event{headline, plan, ev("042", "FRA", "", 2, news.Asserted, pub)}, []int{1},
			"036/1"},
		{"the body tells it done",
			[]news.Event{headline, plan, ev("042", "FRA", "IRN", 2, news.Asserted, pub)}, []int{1, 2},
			"042/0 036/1 042/2"},
		{"the body tells it under way today, in the present",
			[]news.Event{headline, plan, ev("042", "FRA", "", 3, news.Asserted, pub)}, []int{1, 3},
			"042/0 036/1 042/3"},
		{"the body's past talks are not the visit to come",
			[]news.Event{headline, plan, ev("040", "FRA", "IRN", 3, news.Asserted, pub)}, []int{1, 3},
			"036/1 040/3"},
		{"no plan: the headline's present stands",
			[]news.Event{headline, ev("010", "FRA", "", 1, news.Asserted, pub)}, []int{1},
			"042/0 010/1"},
		{"the plan of another country",
			[]news.Event{headline, ev("036", "DEU", "IRN", 1, news.Asserted, pub)}, []int{1},
			"042/0 036/1"},
		{"the plan toward another target",
			[]news.Event{headline, ev("036", "FRA", "RUS", 1, news.Asserted, pub)}, []int{1},
			"042/0 036/1"},
		{"a visit's noun dated before publication is another visit",
			[]news.Event{plan, ev("042", "FRA", "", 2, news.Asserted, "2015-07-15")}, []int{1},
			"036/1 042/2"},
		{"a noun a verb in the past tells as done",
			[]news.Event{plan, ev("040", "FRA", "IRN", 2, news.Asserted, pub)}, []int{1, 2},
			"036/1 040/2"},
		{"the headline's verb in the past tells it done",
			[]news.Event{headline, plan}, []int{0, 1},
			"042/0 036/1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := append([]news.Event(nil), tc.in...)
			tensed := func(sp *news.Span) bool {
				for _, v := range tc.verbs {
					if sp != nil && sp.Start == v {
						return true
					}
				}
				return false
			}
			var got []string
			for _, e := range Plans(in, pub, tensed) {
				got = append(got, e.Code+"/"+string(rune('0'+e.Sentence)))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("Plans kept %q, want %q", g, tc.want)
			}
		})
	}
}
