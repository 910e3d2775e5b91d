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
	got := States(ents)
	if !reflect.DeepEqual(got.states, want) {
		t.Errorf("States = %v, want %v", got.states, want)
	}
	if len(got.people) != 2 || got.people[0].ID != "e3" || got.people[1].ID != "e4" {
		t.Errorf("States people = %v, want e3 and e4", got.people)
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
	places := &Places{states: map[string]bool{"s1": true, "s2": true, "c1": false}}
	ev := func(code string, src news.Party, tgt *news.Party, date string, pol news.Polarity, sent int) news.Event {
		return news.Event{Code: code, Source: src, Target: tgt, Date: date, Polarity: pol, Sentence: sent, Sentences: []int{sent}}
	}
	const day, before = "2015-08-02", "2015-08-01"
	a, n := news.Asserted, news.Negated
	runMerges(t, day, places, []mergeCase{
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
	})
}

// TestMergeSpeaker: a sentence coded at the country level that names its
// own speaker (a person or a body of the state, or an office over the
// state's name) is that one's act: merged only with a record of the same.
func TestMergeSpeaker(t *testing.T) {
	ents := []news.Entity{
		{ID: "s1", Type: news.LOC, Country: "JOR", Actor: "JOR", ActorID: "jor", Mentions: []news.Mention{{Text: "الأردن"}, {Text: "الأردني", Nisba: true}}},
		{ID: "p1", Type: news.PER, Country: "JOR", Actor: "JORGOV", Mentions: []news.Mention{{Text: "ناصر جودة"}, {Text: "جودة"}}},
		{ID: "p2", Type: news.PER, Country: "JOR", Mentions: []news.Mention{{Text: "سامي الخطيب"}}},
		{ID: "o1", Type: news.ORG, Country: "JOR", Actor: "JORMIL", Mentions: []news.Mention{{Text: "الجيش الأردني"}}},
		{ID: "p3", Type: news.PER, Mentions: []news.Mention{{Text: "محمد المومني"}}},
	}
	places := States(ents)
	state := news.Party{Name: "Jordan", Country: "JOR", Actor: "JOR", Entity: "s1"}
	minister := news.Party{Name: "ناصر جودة", Country: "JOR", Actor: "JORGOV", Entity: "p1"}
	army := news.Party{Name: "الجيش الأردني", Country: "JOR", Actor: "JORMIL", Entity: "o1"}
	ev := func(src news.Party, sent int, text string) news.Event {
		return news.Event{Code: "051", Source: src, Date: "2015-08-02", Polarity: news.Asserted, Sentence: sent, Sentences: []int{sent}, Text: text}
	}
	runMerges(t, "2015-08-02", places, []mergeCase{
		{"the state's sentence names another person of the state: two statements",
			[]news.Event{ev(army, 1, "وأشاد الجيش الأردني بالخطوة"), ev(state, 4, "وقال سامي الخطيب المتحدث باسم الحكومة إن الأردن يرحب")},
			[]string{"الجيش الأردني>- [1]", "Jordan>- [4]"}},
		{"the state's sentence names a person of no known country: two statements",
			[]news.Event{ev(army, 1, "وأشاد الجيش الأردني بالخطوة"), ev(state, 4, "وفي عمان قال محمد المومني إن الأردن يرحب")},
			[]string{"الجيش الأردني>- [1]", "Jordan>- [4]"}},
		{"the state's sentence names the other record's speaker: one statement",
			[]news.Event{ev(minister, 1, "وأشاد جودة بالخطوة"), ev(state, 4, "واعتبر ناصر جودة وزير خارجية الأردن أن الخطوة مهمة")},
			[]string{"ناصر جودة>- [1 4]"}},
		{"an office over the state's name that the other sentence gives: one statement",
			[]news.Event{ev(state, 0, "وزير الخارجية الأردني يشيد بالاتفاق"), ev(minister, 1, "أشاد وزير الخارجية الأردني ناصر جودة بالاتفاق")},
			[]string{"ناصر جودة>- [0 1]"}},
		{"another office over the state's name: two statements",
			[]news.Event{ev(minister, 1, "أشاد وزير الخارجية الأردني ناصر جودة بالاتفاق"), ev(state, 6, "وأشاد ملك الأردن خلال اللقاء بالاتفاق")},
			[]string{"ناصر جودة>- [1]", "Jordan>- [6]"}},
		{"the state alone: one statement",
			[]news.Event{ev(state, 0, "الأردن يشيد بالاتفاق"), ev(minister, 1, "أشاد وزير الخارجية الأردني ناصر جودة بالاتفاق")},
			[]string{"ناصر جودة>- [0 1]"}},
	})
}

// mergeCase is a row of a test of Merge: its records, and the records
// merged as "source name>target name [sentences]".
type mergeCase struct {
	name string
	in   []news.Event
	want []string
}

func runMerges(t *testing.T, day string, places *Places, cases []mergeCase) {
	t.Helper()
	for _, tc := range cases {
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
