package act

import (
	"fmt"
	"reflect"
	"testing"

	"rasad/internal/news"
)

func TestStates(t *testing.T) {
	ents := []news.Entity{
		{ID: "e1", Type: news.LOC, Country: "EGY", Actor: "EGY", ActorID: "egy"},
		{ID: "e2", Type: news.LOC, Country: "EGY", Actor: "EGY", ActorID: "cairo"},
		{ID: "e3", Type: news.ORG, Country: "EGY", Actor: "EGYGOV", ActorID: "egygov"},
		{ID: "e4", Type: news.PER, Country: "EGY", Actor: "EGY"},
	}
	want := map[string]bool{"e1": true, "e2": false}
	if got := States(ents); !reflect.DeepEqual(got, want) {
		t.Errorf("States = %v, want %v", got, want)
	}
}

// TestMergeState: a state named at the country level and its bodies and
// officials tell one act; cities, other countries, other targets, other
// days and other polarities do not.
func TestMergeState(t *testing.T) {
	state := news.Party{Name: "Egypt", Country: "EGY", Actor: "EGY", Entity: "s1"}
	city := news.Party{Name: "Cairo", Country: "EGY", Actor: "EGY", Entity: "c1"}
	other := news.Party{Name: "Jordan", Country: "JOR", Actor: "JOR", Entity: "s2"}
	body := news.Party{Name: "السلطات المصرية", Country: "EGY", Actor: "EGYGOV"}
	official := news.Party{Name: "وزير الداخلية", Country: "EGY", Actor: "EGY", Entity: "p1"}
	foreign := news.Party{Name: "السلطات الأردنية", Country: "JOR", Actor: "JORGOV"}
	held := news.Party{Name: "40 شخصا", Country: "EGY", Actor: "EGYCVL"}
	rebels := news.Party{Name: "مسلحين", Country: "EGY", Actor: "EGYREB"}
	places := map[string]bool{"s1": true, "s2": true, "c1": false}
	ev := func(code string, src news.Party, tgt *news.Party, date string, pol news.Polarity, sent int) news.Event {
		return news.Event{Code: code, Source: src, Target: tgt, Date: date, Polarity: pol, Sentence: sent, Sentences: []int{sent}}
	}
	const day, before = "2015-08-02", "2015-08-01"
	a, n := news.Asserted, news.Negated
	for _, tc := range []struct {
		name string
		in   []news.Event
		want []string // source name > target name, sentences
	}{
		{"the headline's state and the lede's authorities: one arrest, the fuller source and the target",
			[]news.Event{ev("173", state, nil, day, a, 0), ev("173", body, &held, day, a, 1)},
			[]string{"السلطات المصرية>40 شخصا [0 1]"}},
		{"the state's denial and its minister's: one denial, the minister stands",
			[]news.Event{ev("016", state, nil, day, a, 1), ev("016", official, nil, day, a, 5)},
			[]string{"وزير الداخلية>- [1 5]"}},
		{"the official first, the state after: the official stands",
			[]news.Event{ev("016", official, nil, day, a, 1), ev("016", state, nil, day, a, 5)},
			[]string{"وزير الداخلية>- [1 5]"}},
		{"different targets: two arrests",
			[]news.Event{ev("173", state, &rebels, day, a, 1), ev("173", body, &held, day, a, 3)},
			[]string{"Egypt>مسلحين [1]", "السلطات المصرية>40 شخصا [3]"}},
		{"different days (no headline): two acts",
			[]news.Event{ev("173", state, nil, day, a, 2), ev("173", body, &held, before, a, 3)},
			[]string{"Egypt>- [2]", "السلطات المصرية>40 شخصا [3]"}},
		{"a denial and its negation: two records",
			[]news.Event{ev("016", state, nil, day, a, 1), ev("016", official, nil, day, n, 5)},
			[]string{"Egypt>- [1]", "وزير الداخلية>- [5]"}},
		{"the authorities of another country: two acts",
			[]news.Event{ev("173", state, nil, day, a, 1), ev("173", foreign, &held, day, a, 3)},
			[]string{"Egypt>- [1]", "السلطات الأردنية>40 شخصا [3]"}},
		{"two states: two acts",
			[]news.Event{ev("111", state, nil, day, a, 1), ev("111", other, nil, day, a, 3)},
			[]string{"Egypt>- [1]", "Jordan>- [3]"}},
		{"a city of the state is neither a body nor an official: two records",
			[]news.Event{ev("046", state, nil, day, a, 1), ev("046", city, nil, day, a, 3)},
			[]string{"Egypt>- [1]", "Cairo>- [3]"}},
		{"two officials coded at the country level are two persons",
			[]news.Event{ev("051", official, nil, day, a, 1), ev("051", news.Party{Name: "مدير الأمن", Country: "EGY", Actor: "EGY", Entity: "p2"}, nil, day, a, 3)},
			[]string{"وزير الداخلية>- [1]", "مدير الأمن>- [3]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range Merge(tc.in, day, places) {
				tgt := "-"
				if e.Target != nil {
					tgt = e.Target.Name
				}
				got = append(got, e.Source.Name+">"+tgt+" "+fmt.Sprint(e.Sentences))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
