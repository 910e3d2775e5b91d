package surname_test

import (
	"strconv"
	"testing"

	"rasad/internal/entity/surname"
	"rasad/internal/news"
)

func person(name string, at ...int) news.Entity {
	e := news.Entity{Name: name, NameAr: name, Type: news.PER}
	for _, s := range at {
		e.Mentions = append(e.Mentions, news.Mention{Start: s, End: s + 1})
	}
	return e
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name string
		in   []news.Entity
		want []string // each entity: its name and its mentions' starts
	}{
		{"a surname in the headline joins the full name", []news.Entity{person("روبن", 0), person("جيمس روبن", 10, 30)},
			[]string{"جيمس روبن 0 10 30"}},
		{"two people of that surname: neither", []news.Entity{person("روبن", 0), person("جيمس روبن", 10), person("جيمي روبن", 20)},
			[]string{"روبن 0", "جيمس روبن 10", "جيمي روبن 20"}},
		{"a known person is left alone", []news.Entity{person("روبن", 0), {Name: "James Rubin", NameAr: "جيمس روبن", Type: news.PER, ActorID: "rubin", Mentions: []news.Mention{{Start: 10}}}},
			[]string{"روبن 0", "James Rubin 10"}},
		{"a known person of that surname too: neither", []news.Entity{{Name: "Michel Aoun", NameAr: "ميشال عون", Type: news.PER, ActorID: "aoun_michel", Mentions: []news.Mention{{Start: 0}}}, person("الان عون", 10), person("عون", 20)},
			[]string{"Michel Aoun 0", "الان عون 10", "عون 20"}},
		{"a given name and surname join the name with the father's", []news.Entity{person("سعد بن ناصر العتيبي", 0), person("سعد العتيبي", 20, 40)},
			[]string{"سعد بن ناصر العتيبي 0 20 40"}},
		{"and the name with a father's name without بن", []news.Entity{person("ماجد عبدالله القصبي", 0), person("ماجد القصبي", 20)},
			[]string{"ماجد عبدالله القصبي 0 20"}},
		{"two full names that begin and end alike: neither", []news.Entity{person("سعد بن ناصر العتيبي", 0), person("سعد بن فهد العتيبي", 10), person("سعد العتيبي", 20)},
			[]string{"سعد بن ناصر العتيبي 0", "سعد بن فهد العتيبي 10", "سعد العتيبي 20"}},
		{"a family name of two words in the headline joins the full name", []news.Entity{person("دي روسي", 0), person("دانييلي دي روسي", 10, 30)},
			[]string{"دانييلي دي روسي 0 10 30"}},
		{"and one opened by عبد", []news.Entity{person("عبد الكريم", 0), person("ماجد حسن عبد الكريم", 10)},
			[]string{"ماجد حسن عبد الكريم 0 10"}},
		{"two people of that family name: neither", []news.Entity{person("دي روسي", 0), person("دانييلي دي روسي", 10), person("ماركو دي روسي", 20)},
			[]string{"دي روسي 0", "دانييلي دي روسي 10", "ماركو دي روسي 20"}},
		{"a father's name is no family name: no particle, no join", []news.Entity{person("منير حداد", 0), person("بسام منير حداد", 10)},
			[]string{"منير حداد 0", "بسام منير حداد 10"}},
		{"another given name is another person", []news.Entity{person("سعد بن ناصر العتيبي", 0), person("فهد العتيبي", 20)},
			[]string{"سعد بن ناصر العتيبي 0", "فهد العتيبي 20"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range surname.Merge(tt.in) {
				s := e.Name
				for _, m := range e.Mentions {
					s += " " + itoa(m.Start)
				}
				got = append(got, s)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Merge = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Merge = %q, want %q", got, tt.want)
				}
			}
		})
	}
}

func TestOf(t *testing.T) {
	ents := []news.Entity{person("عمر الجاسر", 0), person("عمر العطاس", 20), person("فهمي هويدي", 40), person("عز الدين ابو العيش", 60)}
	byKey := map[string]int{"عمر الجاسر": 0, "عمر العطاس": 1, "فهمي هويدي": 2, "عز الدين ابو العيش": 3}
	// Family names of two words opened by the lexicon's surname-head.
	for _, name := range []string{"ماجد عبد الكريم", "سليمان ابا الخيل", "ماركو دي روسي", "يوهان فان دايك", "سيدي ولد الشيخ", "هند ام الخير"} {
		byKey[name] = len(ents)
		ents = append(ents, person(name, 62+len(ents)))
	}
	for _, tt := range []struct {
		key  string
		want int
		ok   bool
	}{
		{"هويدي", 2, true},
		{"عمر", 1, true}, // the one named last
		{"الجاسر", 0, true},
		{"سالم", 0, false},
		{"فهمي هويدي", 0, false},
		{"ابو العيش", 3, true}, // a surname of two words
		{"الدين ابو", 0, false},
		{"ابو العيش الطبيب", 0, false},
		{"عبد الكريم", 4, true}, // عبد and the divine name: a family name
		{"ابا الخيل", 5, true},  // أبو in the accusative
		{"دي روسي", 6, true},    // a European particle
		{"فان دايك", 7, true},
		{"ولد الشيخ", 8, true}, // the Mauritanian filiation
		{"ام الخير", 0, false}, // a woman is named again by her given name
		{"الكريم عبد", 0, false},
	} {
		if got, ok := surname.Of(tt.key, byKey, ents); got != tt.want || ok != tt.ok {
			t.Errorf("Of(%q) = %d, %v, want %d, %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
	// A known bearer named before the unknown one: the surname alone is
	// the one named last (سليم الجبوري, then غزوان الجبوري, then الجبوري).
	jabouri := append(ents[:len(ents):len(ents)], news.Entity{Name: "Salim al-Jabouri", NameAr: "سليم الجبوري", Type: news.PER, ActorID: "jabouri", Mentions: []news.Mention{{Start: 70}}}, person("غزوان الجبوري", 90))
	byKey["غزوان الجبوري"] = len(jabouri) - 1
	if got, ok := surname.Of("الجبوري", byKey, jabouri); !ok || got != len(jabouri)-1 {
		t.Errorf("Of(الجبوري) after the known Salim, then Ghazwan = %d, %v, want %d, true", got, ok, len(jabouri)-1)
	}
	jabouri[len(jabouri)-2].Mentions = append(jabouri[len(jabouri)-2].Mentions, news.Mention{Start: 95})
	if got, ok := surname.Of("الجبوري", byKey, jabouri); ok {
		t.Errorf("Of(الجبوري) with the known Salim named last = %d, true, want none", got)
	}
	delete(byKey, "غزوان الجبوري")
	known := append(ents, news.Entity{Name: "Michel Aoun", NameAr: "ميشال عون", Type: news.PER, ActorID: "aoun_michel"}, person("الان عون", 80))
	byKey["الان عون"] = len(known) - 1
	if got, ok := surname.Of("عون", byKey, known); ok {
		t.Errorf("Of(عون) beside the known Michel Aoun = %d, true, want none", got)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
