package pipeline

import (
	"testing"

	"rasad/internal/news"
)

// TestEventsLeaveVerse: Events, which the evaluation of events scores, is
// what Run reports: the acts a poem's lines tell are none, though the
// coder alone codes them.
func TestEventsLeaveVerse(t *testing.T) {
	a := news.Article{
		Title:     "أمسية شعرية في الرياض",
		Published: "2015-03-10",
		Text: "وألقى الشاعر قصيدة في الأمسية قال فيها:\n" +
			"هاجمت إسرائيل مدينة غزة مع الفجر\n" +
			"فصمدنا كالجبال الراسيات أمام القهر\n" +
			"وقصفت أمريكا بغداد فما انكسر\n" +
			"عزم العراق ولا خاف من الخطر\n" +
			"وهاجمت إيران الكويت فكان لنا الظفر\n",
	}
	p := New()
	doc := p.Analyse(a)
	inVerse := func(evs []news.Event) int {
		n := 0
		for _, e := range evs {
			if e.Sentence >= 2 {
				n++
			}
		}
		return n
	}
	if n := inVerse(p.Coder().Code(&doc)); n == 0 {
		t.Fatalf("the coder alone codes no act of the poem: the test reads nothing")
	}
	if n := inVerse(p.Events(&doc)); n != 0 {
		t.Errorf("Events kept %d records told in verse", n)
	}
	if n := inVerse(p.Run(a).Events); n != 0 {
		t.Errorf("Run kept %d records told in verse", n)
	}
}
