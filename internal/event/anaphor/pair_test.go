package anaphor

import (
	"testing"

	"rasad/internal/news"
)

func TestPair(t *testing.T) {
	per := func(name, actor string, starts ...int) news.Entity {
		e := news.Entity{Name: name, Type: news.PER, Actor: actor}
		for _, s := range starts {
			e.Mentions = append(e.Mentions, news.Mention{Start: s, End: s + 5})
		}
		return e
	}
	sents := []news.Sentence{{Start: 0, End: 100}, {Start: 100, End: 200}, {Start: 200, End: 300}, {Start: 300, End: 400}}
	tests := []struct {
		name   string
		ents   []news.Entity
		pos    int
		wa, wb int
	}{
		{"two holders in the sentence before", []news.Entity{per("Obama", "USAGOV", 110), per("Xi", "CHNGOV", 150)}, 210, 0, 1},
		{"two sentences back", []news.Entity{per("Obama", "USAGOV", 110), per("Xi", "CHNGOV", 150)}, 310, 0, 1},
		{"three sentences back: out of reach", []news.Entity{per("Obama", "USAGOV", 10), per("Xi", "CHNGOV", 50)}, 310, -1, -1},
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
