package act

import (
	"testing"

	"rasad/internal/news"
)

// TestTowns: records of one event word whose doers are towns of one
// country are one record, the country's people at the country level with
// the first town as its place; towns of two countries, a town beside a
// body, two event words or two codes stay apart.
func TestTowns(t *testing.T) {
	town := func(id, name, cc string) news.Party {
		return news.Party{Name: name, Country: cc, Actor: cc, Entity: id}
	}
	at := func(start int) *news.Span { return &news.Span{Start: start, End: start + 8} }
	rec := func(code string, src news.Party, trig *news.Span) news.Event {
		return news.Event{Code: code, Source: src, Date: "2015-08-01", Polarity: news.Asserted, Sentence: 2, Sentences: []int{2}, Trigger: trig}
	}
	basra, nasiriyah, amarah := town("e1", "Basra", "IRQ"), town("e2", "Nasiriyah", "IRQ"), town("e3", "Amarah", "IRQ")
	places := States([]news.Entity{
		{ID: "e1", Type: news.LOC, Country: "IRQ", Actor: "IRQ"}, {ID: "e2", Type: news.LOC, Country: "IRQ", Actor: "IRQ"}, {ID: "e3", Type: news.LOC, Country: "IRQ", Actor: "IRQ"},
		{ID: "e4", Type: news.LOC, Country: "GBR", Actor: "GBR"}, {ID: "e5", Type: news.LOC, Country: "FRA", Actor: "FRA"},
		{ID: "e6", Type: news.PER, Country: "SAU", Actor: "SAU"}, {ID: "e7", Type: news.PER, Country: "SAU", Actor: "SAU"},
	})
	for _, tt := range []struct {
		name string
		in   []news.Event
		want []string // source actor|name|location of each record
	}{
		{"three towns, one protest", []news.Event{rec("141", basra, at(10)), rec("141", nasiriyah, at(10)), rec("141", amarah, at(10))}, []string{"IRQ||Basra"}},
		{"two countries", []news.Event{rec("020", town("e4", "United Kingdom", "GBR"), at(10)), rec("020", town("e5", "France", "FRA"), at(10))}, []string{"GBR|United Kingdom|", "FRA|France|"}},
		{"a town and a body", []news.Event{rec("100", basra, at(10)), rec("100", news.Party{Name: "الحكومة", Country: "IRQ", Actor: "IRQGOV"}, at(10))}, []string{"IRQ|Basra|", "IRQGOV|الحكومة|"}},
		{"two event words", []news.Event{rec("141", basra, at(10)), rec("141", nasiriyah, at(40))}, []string{"IRQ|Basra|", "IRQ|Nasiriyah|"}},
		{"two codes", []news.Event{rec("141", basra, at(10)), rec("100", nasiriyah, at(10))}, []string{"IRQ|Basra|", "IRQ|Nasiriyah|"}},
		{"two persons of one country", []news.Event{rec("100", news.Party{Name: "محمد النفيعي", Country: "SAU", Actor: "SAU", Entity: "e6"}, at(10)), rec("100", news.Party{Name: "يوسف ناصر", Country: "SAU", Actor: "SAU", Entity: "e7"}, at(10))}, []string{"SAU|محمد النفيعي|", "SAU|يوسف ناصر|"}},
	} {
		out := Towns(tt.in, places)
		var got []string
		for _, e := range out {
			got = append(got, e.Source.Actor+"|"+e.Source.Name+"|"+e.Location)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
				break
			}
		}
	}
}
