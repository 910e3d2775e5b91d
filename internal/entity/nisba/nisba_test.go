package nisba

import (
	"slices"
	"testing"

	"rasad/internal/news"
)

func TestPrune(t *testing.T) {
	name := news.Mention{Start: 0, End: 10, Text: "البرازيل"}
	adj := news.Mention{Start: 20, End: 34, Text: "برازيلي", Nisba: true}
	tests := []struct {
		name   string
		ents   []news.Entity
		events []news.Event
		want   []string // IDs kept
	}{
		{"an adjective only: dropped", []news.Entity{{ID: "e1", Mentions: []news.Mention{adj}}}, nil, []string{}},
		{"named and an adjective: kept", []news.Entity{{ID: "e1", Mentions: []news.Mention{adj, name}}}, nil, []string{"e1"}},
		{"named only: kept", []news.Entity{{ID: "e1", Mentions: []news.Mention{name}}}, nil, []string{"e1"}},
		{"no mention: kept", []news.Entity{{ID: "e1"}}, nil, []string{"e1"}},
		{"an adjective an event's source names: kept",
			[]news.Entity{{ID: "e1", Mentions: []news.Mention{adj}}, {ID: "e2", Mentions: []news.Mention{adj}}},
			[]news.Event{{Source: news.Party{Entity: "e2"}}}, []string{"e2"}},
		{"an adjective an event's target names: kept, IDs unchanged",
			[]news.Entity{{ID: "e1", Mentions: []news.Mention{adj}}, {ID: "e2", Mentions: []news.Mention{name}}, {ID: "e3", Mentions: []news.Mention{adj}}},
			[]news.Event{{Source: news.Party{Entity: "e2"}, Target: &news.Party{Entity: "e3"}}}, []string{"e2", "e3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := news.Document{Entities: tt.ents, Events: tt.events}
			Prune(&doc)
			got := []string{}
			for _, e := range doc.Entities {
				got = append(got, e.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("kept %v, want %v", got, tt.want)
			}
		})
	}
}
