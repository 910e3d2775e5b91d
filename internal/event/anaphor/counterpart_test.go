package anaphor

import (
	"testing"

	"rasad/internal/news"
)

func TestCounterpart(t *testing.T) {
	per := func(name, country, actor string, starts ...int) news.Entity {
		return mentioned(news.Entity{Name: name, Type: news.PER, Country: country, Actor: actor}, 5, starts...)
	}
	tests := []struct {
		name string
		ents []news.Entity // the last is X
		want int
	}{
		{"the minister named before", []news.Entity{per("Muallem", "SYR", "SYRGOV", 100), per("bin Alawi", "OMN", "OMNGOV", 300)}, 0},
		{"the last named of that office", []news.Entity{per("Jaafari", "IRQ", "IRQGOV", 50), per("Muallem", "SYR", "SYRGOV", 100), per("bin Alawi", "OMN", "OMNGOV", 300)}, 1},
		{"a later mention counts", []news.Entity{per("Muallem", "SYR", "SYRGOV", 50, 250), per("Jaafari", "IRQ", "IRQGOV", 100), per("bin Alawi", "OMN", "OMNGOV", 300)}, 0},
		{"another office is no counterpart", []news.Entity{per("Shoigu", "RUS", "RUSMIL", 100), per("Ayoub", "SYR", "SYRMIL", 50), per("Muallem", "SYR", "SYRGOV", 150), per("Lavrov", "RUS", "RUSGOV", 300)}, 2},
		{"the same state is no counterpart", []news.Entity{per("Muallem", "SYR", "SYRGOV", 100), per("Assad", "SYR", "SYRGOV", 300)}, -1},
		{"named after the verb", []news.Entity{per("Muallem", "SYR", "SYRGOV", 400), per("bin Alawi", "OMN", "OMNGOV", 300)}, -1},
		{"a person without a role", []news.Entity{per("Muallem", "SYR", "SYR", 100), per("bin Alawi", "OMN", "OMNGOV", 300)}, -1},
		{"X without a role", []news.Entity{per("Muallem", "SYR", "SYRGOV", 100), per("bin Alawi", "OMN", "OMN", 300)}, -1},
		{"a body is no counterpart", []news.Entity{{Name: "the Syrian government", Type: news.ORG, Country: "SYR", Actor: "SYRGOV", Mentions: []news.Mention{{Start: 100, End: 105}}}, per("bin Alawi", "OMN", "OMNGOV", 300)}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &news.Document{Entities: tt.ents}
			if got := Counterpart(doc, 290, len(tt.ents)-1); got != tt.want {
				t.Errorf("Counterpart = %d, want %d", got, tt.want)
			}
		})
	}
	if got := Counterpart(&news.Document{}, 10, -1); got != -1 {
		t.Errorf("Counterpart of no X = %d, want -1", got)
	}
}
