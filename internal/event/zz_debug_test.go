package event_test

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"rasad/internal/event"
	"rasad/internal/news"
	"rasad/internal/pipeline"
)

func TestZZDebug(t *testing.T) {
	file := os.Getenv("ZZ_SENT")
	if file == "" {
		t.Skip()
	}
	wts := map[string]float64{}
	f, _ := os.Open("data/report.tsv")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) == 3 {
			v, _ := strconv.ParseFloat(p[2], 64)
			wts[p[0]+"|"+p[1]] = v
		}
	}
	b, _ := os.ReadFile(file)
	p := pipeline.New()
	c := p.Coder()
	for _, s := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		fmt.Println("==", s)
		event.SetTraceReport(func(group int, score float64, x []float64, ws []string) {
			g := "violence"
			if group == 0 {
				g = "protest"
			}
			type kv struct {
				k string
				v float64
			}
			var l []kv
			for i, v := range x {
				if v != 0 {
					l = append(l, kv{"f:" + event.FeatureNames[i], v * wts[g+"|f:"+event.FeatureNames[i]]})
				}
			}
			seen := map[string]bool{}
			for _, w := range ws {
				if seen[w] {
					continue
				}
				seen[w] = true
				k := "w:" + w
				if strings.HasPrefix(w, "t:") {
					k = w
				}
				if v, ok := wts[g+"|"+k]; ok {
					l = append(l, kv{k, v})
				}
			}
			sort.Slice(l, func(a, b int) bool { return l[a].v < l[b].v })
			fmt.Printf("  %s score %.2f:", g, score)
			for _, e := range l {
				fmt.Printf(" %s=%.2f", e.k, e.v)
			}
			fmt.Println()
		})
		doc := p.Analyse(news.Article{Text: s})
		c.Code(&doc)
		for _, e := range doc.Events {
			fmt.Println("  ev", e.Code, e.Polarity)
		}
	}
	event.SetTraceReport(nil)
}
