package voice

import (
	"testing"

	"rasad/internal/news"
)

func TestPublic(t *testing.T) {
	doc := &news.Document{Entities: []news.Entity{
		{ID: "e1", Name: "خالد المطيري", Type: news.PER, Country: "SAU", Actor: "SAU"},                         // a resident, no role
		{ID: "e2", Name: "Adel al-Jubeir", Type: news.PER, Country: "SAU", Actor: "SAUGOV", ActorID: "jubeir"}, // a minister of the gazetteer
		{ID: "e3", Name: "سامي الحربي", Type: news.PER, Country: "SAU", Actor: "SAUGOV"},                       // a role the text gives
		{ID: "e4", Name: "Mike Huckabee", Type: news.PER, Country: "USA", Actor: "USA", ActorID: "huckabee"},   // in the gazetteer
		{ID: "e5", Name: "Saudi Arabia", Type: news.LOC, Country: "SAU", Actor: "SAU"},
	}}
	iran := &news.Party{Name: "Iran", Country: "IRN", Actor: "IRN"}
	for _, c := range []struct {
		name string
		ev   news.Event
		keep bool
	}{
		{"a resident praises a festival (وأشاد خالد المطيري بفعاليات المهرجان)", news.Event{Code: "051", Source: news.Party{Entity: "e1", Country: "SAU", Actor: "SAU"}}, false},
		{"a doctor warns of the heat (وحذر الدكتور خالد المطيري من التعرض للشمس)", news.Event{Code: "012", Source: news.Party{Entity: "e1", Country: "SAU", Actor: "SAU"}}, false},
		{"a resident demands of a named actor (وطالب المطيري إيران)", news.Event{Code: "100", Source: news.Party{Entity: "e1", Country: "SAU", Actor: "SAU"}, Target: iran}, true},
		{"a resident's act that is no words (زار)", news.Event{Code: "042", Source: news.Party{Entity: "e1", Country: "SAU", Actor: "SAU"}}, true},
		{"a minister of the gazetteer", news.Event{Code: "010", Source: news.Party{Entity: "e2", Country: "SAU", Actor: "SAUGOV"}}, true},
		{"a role the text gives", news.Event{Code: "020", Source: news.Party{Entity: "e3", Country: "SAU", Actor: "SAUGOV"}}, true},
		{"a person of the gazetteer with a bare code", news.Event{Code: "010", Source: news.Party{Entity: "e4", Country: "USA", Actor: "USA"}}, true},
		{"a state", news.Event{Code: "111", Source: news.Party{Entity: "e5", Country: "SAU", Actor: "SAU"}}, true},
		{"a description with no entity", news.Event{Code: "010", Source: news.Party{Name: "مصدر", Country: "SAU", Actor: "SAU"}}, true},
	} {
		got := Public(doc, []news.Event{c.ev})
		if (len(got) == 1) != c.keep {
			t.Errorf("Public(%s) kept %d records, want keep=%v", c.name, len(got), c.keep)
		}
	}
}
