package act

import (
	"testing"

	"rasad/internal/news"
)

// TestMergeCounted: one count of people acted on, told of doers of one
// country within a week, is one act whatever day each sentence gives it.
func TestMergeCounted(t *testing.T) {
	army := news.Party{Name: "الجيش المصري", Country: "EGY", Actor: "EGYMIL"}
	police := news.Party{Name: "الشرطة المصرية", Country: "EGY", Actor: "EGYCOP", Entity: "o1"}
	foreign := news.Party{Name: "الشرطة الليبية", Country: "LBY", Actor: "LBYCOP"}
	held := news.Party{Name: "120 شخصا", Country: "EGY", Actor: "EGYCVL"}
	two := news.Party{Name: "شخصين", Country: "EGY", Actor: "EGYCVL"}
	few := news.Party{Name: "3 أشخاص", Country: "EGY", Actor: "EGYCVL"}
	rebels := news.Party{Name: "مسلحين", Country: "EGY", Actor: "EGYREB"}
	ev := func(src news.Party, tgt *news.Party, date string, sent int, text string) news.Event {
		return news.Event{Code: "173", Source: src, Target: tgt, Date: date, Polarity: news.Asserted, Sentence: sent, Sentences: []int{sent}, Text: text}
	}
	const pub, since, weeks = "2016-03-12", "2016-03-10", "2016-02-20"
	runMerges(t, pub, nil, []mergeCase{
		{"the same count since an earlier day: one arrest",
			[]news.Event{ev(army, &held, pub, 1, "اعتقل الجيش المصري 120 شخصا في سيناء"), ev(police, nil, since, 3, "وقالت الوزارة إن الشرطة المصرية اعتقلت منذ الخميس 120 شخصا")},
			[]string{"الشرطة المصرية>120 شخصا [1 3]"}},
		{"the count given by the later sentence's record: one arrest",
			[]news.Event{ev(police, nil, since, 1, "اعتقلت الشرطة المصرية منذ الخميس 120 شخصا"), ev(army, &held, pub, 4, "واعتقل الجيش المصري 120 شخصا")},
			[]string{"الشرطة المصرية>120 شخصا [1 4]"}},
		{"another count: two arrests",
			[]news.Event{ev(army, &held, pub, 1, "اعتقل الجيش المصري 120 شخصا"), ev(police, nil, since, 3, "واعتقلت الشرطة المصرية منذ الخميس 40 شخصا")},
			[]string{"الجيش المصري>120 شخصا [1]", "الشرطة المصرية>- [3]"}},
		{"a small count recurs by chance: two arrests",
			[]news.Event{ev(army, &few, pub, 1, "اعتقل الجيش المصري 3 أشخاص"), ev(police, nil, since, 3, "واعتقلت الشرطة المصرية منذ الخميس 3 أشخاص")},
			[]string{"الجيش المصري>3 أشخاص [1]", "الشرطة المصرية>- [3]"}},
		{"a count in words is no count: two arrests",
			[]news.Event{ev(army, &two, pub, 1, "اعتقل الجيش المصري شخصين"), ev(police, nil, since, 3, "واعتقلت الشرطة المصرية منذ الخميس شخصين")},
			[]string{"الجيش المصري>شخصين [1]", "الشرطة المصرية>- [3]"}},
		{"doers of another country: two arrests",
			[]news.Event{ev(army, &held, pub, 1, "اعتقل الجيش المصري 120 شخصا"), ev(foreign, nil, since, 3, "واعتقلت الشرطة الليبية منذ الخميس 120 شخصا")},
			[]string{"الجيش المصري>120 شخصا [1]", "الشرطة الليبية>- [3]"}},
		{"another target named: two arrests",
			[]news.Event{ev(army, &held, pub, 1, "اعتقل الجيش المصري 120 شخصا"), ev(police, &rebels, since, 3, "واعتقلت الشرطة المصرية منذ الخميس 120 شخصا بينهم مسلحين")},
			[]string{"الجيش المصري>120 شخصا [1]", "الشرطة المصرية>مسلحين [3]"}},
		{"more than a week apart: two arrests",
			[]news.Event{ev(army, &held, pub, 1, "اعتقل الجيش المصري 120 شخصا"), ev(police, nil, weeks, 3, "واعتقلت الشرطة المصرية في فبراير 120 شخصا")},
			[]string{"الجيش المصري>120 شخصا [1]", "الشرطة المصرية>- [3]"}},
	})
}
