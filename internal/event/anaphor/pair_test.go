package anaphor

import (
	"testing"

	"rasad/internal/news"
)

func TestPair(t *testing.T) {
	per := func(name, actor string, starts ...int) news.Entity {
		return mentioned(news.Entity{Name: name, Type: news.PER, Actor: actor}, 5, starts...)
	}
	sents := []news.Sentence{{Start: 0, End: 100}, {Start: 100, End: 200}, {Start: 200, End: 300}, {Start: 300, End: 400}, {Start: 400, End: 500}}
	tests := []struct {
		name   string
		ents   []news.Entity
		pos    int
		wa, wb int
	}{
		{"two holders in the sentence before", []news.Entity{per("Obama", "USAGOV", 110), per("Xi", "CHNGOV", 150)}, 210, 0, 1},
		{"three sentences back", []news.Entity{per("Obama", "USAGOV", 110), per("Xi", "CHNGOV", 150)}, 410, 0, 1},
		{"four sentences back: out of reach", []news.Entity{per("Obama", "USAGOV", 10), per("Xi", "CHNGOV", 50)}, 410, -1, -1},
		{"one holder", []news.Entity{per("Obama", "USAGOV", 110)}, 210, -1, -1},
		{"three holders", []news.Entity{per("Obama", "USAGOV", 110), per("Xi", "CHNGOV", 150), per("Putin", "RUSGOV", 160)}, 210, -1, -1},
		{"a person without a role is no holder", []news.Entity{per("Obama", "USAGOV", 110), per("Xi", "CHNGOV", 150), per("Rezaian", "", 160)}, 210, 0, 1},
		{"named after the dual", []news.Entity{per("Obama", "USAGOV", 110), per("Xi", "CHNGOV", 250)}, 210, -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &news.Document{Sentences: sents, Entities: tt.ents}
			if a, b := Pair(doc, tt.pos); a != tt.wa || b != tt.wb {
				t.Errorf("Pair(%d) = %d, %d, want %d, %d", tt.pos, a, b, tt.wa, tt.wb)
			}
		})
	}
}

func TestOther(t *testing.T) {
	doc := &news.Document{Sentences: []news.Sentence{{Start: 0, End: 100}, {Start: 100, End: 200}}, Entities: []news.Entity{
		{Name: "Obama", Type: news.PER, Actor: "USAGOV", Mentions: []news.Mention{{Start: 10, End: 15}}},
		{Name: "Xi", Type: news.PER, Actor: "CHNGOV", Mentions: []news.Mention{{Start: 50, End: 55}}},
		{Name: "Iran", Type: news.LOC, Actor: "IRN", Mentions: []news.Mention{{Start: 60, End: 65}}},
	}}
	tests := []struct {
		name string
		ents []int
		want int
	}{
		{"the first caller: the second", []int{0}, 1},
		{"the second: the first", []int{1}, 0},
		{"a doer not of the pair", []int{2}, -1},
		{"two doers", []int{0, 1}, -1},
		{"no doer", nil, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Other(doc, 150, len(tt.ents), func(i int) int { return tt.ents[i] }); got != tt.want {
				t.Errorf("Other(%v) = %d, want %d", tt.ents, got, tt.want)
			}
		})
	}
}
