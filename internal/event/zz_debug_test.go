package event_test

import (
	"bufio"
	"fmt"
	"os"
	"testing"

	"rasad/internal/event"
	"rasad/internal/news"
	"rasad/internal/pipeline"
)

func TestZZDebug(t *testing.T) {
	in := os.Getenv("ZZ_IN")
	if in == "" {
		t.Skip()
	}
	p := pipeline.New()
	c := p.Coder().WithMentions()
	_ = event.SetTraceReport; if false { event.SetTraceReport(func(g int, s float64, x []float64, ws []string) {
		fmt.Printf("   score g%d %.2f", g, s)
		for i, v := range x {
			if v != 0 {
				fmt.Printf(" %s=%.0f", event.FeatureNames[i], v)
			}
		}
		fmt.Println()
	}) }
	f, _ := os.Open(in)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		doc := p.Analyse(news.Article{Text: sc.Text()})
		fmt.Println("##", sc.Text()[:min(len(sc.Text()), 200)])
		for _, e := range doc.Entities {
			fmt.Printf("   ent %s %s %s %q\n", e.Name, e.Type, e.Country, e.Mentions[0].Text)
		}
		for _, ev := range c.Code(&doc) {
			tg := ""
			if ev.Target != nil {
				tg = ev.Target.Name + "/" + ev.Target.Country
			}
			fmt.Printf("   ev %s %s %s src=%s/%s/%s tgt=%s loc=%s trig=%s\n", ev.Code, ev.Plover, ev.Polarity, ev.Source.Name, ev.Source.Country, ev.Source.Actor, tg, ev.Location, doc.Text[ev.Trigger.Start:ev.Trigger.End])
		}
	}
}
