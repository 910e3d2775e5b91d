package doer

import (
	"testing"

	"rasad/internal/event/frame/frametest"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

func TestTitledPlace(t *testing.T) {
	// entity 0, marked +: the place; entity 1, marked * in the row: a person
	places := map[string]news.Entity{
		"city":    {Type: news.LOC, Country: "IRQ", Actor: "IRQ", ActorID: "basra"},
		"country": {Type: news.LOC, Country: "IRQ", Actor: "IRQ", ActorID: "irq"},
		"unknown": {Type: news.LOC, Country: "IRQ"},
	}
	person := news.Entity{Type: news.PER, Country: "IRQ"}
	rows := tabletest.Fields(t, "testdata/titled.tsv", 4)
	if len(rows) == 0 {
		t.Fatal("testdata/titled.tsv has no rows")
	}
	for _, r := range rows {
		s := titledSentence(r[1])
		ents := []news.Entity{places[r[2]], person}
		pi := -1
		for i, p := range s.Phr {
			if s.Toks[p.End-1].Actor == 1 {
				pi = i
			}
		}
		if pi < 0 {
			t.Fatalf("%s: no phrase holds the place in %s", r[0], r[1])
		}
		got := "place"
		if e, role, ok := TitledPlace(s, s.Phr[pi].Start, ents, 0, ""); ok && e == 1 && role == "GOV" {
			got = "person"
		} else if ok {
			got = "office"
		}
		if got != r[3] {
			t.Errorf("%s: TitledPlace(%s) = %s, want %s", r[0], r[1], got, r[3])
		}
	}
}

// titledSentence builds a sentence in appeal's notation, with * marking a
// word of the person (entity 1); a word of a name after a word of another
// actor, or none, starts that name.
func titledSentence(row string) *frametest.Sentence {
	s := appeal(row)
	for j := range s.Toks {
		x := &s.Toks[j]
		if n := len([]rune(x.Norm)); n > 0 && []rune(x.Norm)[n-1] == '*' {
			x.Norm = string([]rune(x.Norm)[:n-1])
			x.Word, x.Plain, x.Actor = x.Norm, x.Norm, 2
		}
		x.NameStart = x.Actor != 0 && (j == 0 || s.Toks[j-1].Actor != x.Actor)
	}
	for i, p := range s.Phr {
		for j := p.Start; j < p.End; j++ {
			if s.Toks[j].Actor == 2 {
				s.Phr[i].Person, s.Phr[i].Ent = true, 2
			}
		}
	}
	return s
}
