package server

import (
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/search"
)

func TestHighlightText(t *testing.T) {
	text := "قال بوتين: \"<b>نعم</b>\" & مضى"
	ent := strings.Index(text, "بوتين")
	q0 := strings.Index(text, "<b>")
	q1 := strings.Index(text, "\" &")
	tests := []struct {
		name string
		doc  news.Document
		want string
	}{
		{"plain, escaped", news.Document{Text: text},
			`قال بوتين: &#34;&lt;b&gt;نعم&lt;/b&gt;&#34; &amp; مضى`},
		{"entity and quote", news.Document{Text: text,
			Entities: []news.Entity{{Name: "Vladimir Putin", ActorID: "putin", Type: news.PER, Mentions: []news.Mention{{Start: ent, End: ent + len("بوتين")}}}},
			Quotes:   []news.Quote{{Speaker: &news.Speaker{Name: `Putin "V"`, Start: ent, End: ent + len("بوتين")}, Start: q0, End: q1}}},
			`قال <a class="hl-ent hl-speaker" href="/actors/putin" data-ent="0" data-quote="0" data-speaker="Putin &#34;V&#34;" title="Vladimir Putin (PER) · Speaker: Putin &#34;V&#34;">بوتين</a>: &#34;<span class="hl-quote" data-quote="0" data-speaker="Putin &#34;V&#34;" title="Speaker: Putin &#34;V&#34;">&lt;b&gt;نعم&lt;/b&gt;</span>&#34; &amp; مضى`},
		{"overlap", news.Document{Text: "ابجد هوز",
			Dates:  []news.Date{{Value: "2023", Start: 0, End: len("ابجد هوز")}},
			Events: []news.Event{{Code: "040", Trigger: &news.Span{Start: len("ابجد "), End: len("ابجد هوز")}}}},
			`<span class="hl-date" data-date="0" title="2023">ابجد </span><span class="hl-date hl-trig" data-date="0" data-event="0" title="2023 · 040 Consult">هوز</span>`},
		{"spans that do not fit are dropped", news.Document{Text: "ابجد",
			Dates: []news.Date{{Value: "x", Start: 1, End: 4}, {Value: "y", Start: 0, End: 99}, {Value: "z", Start: 2, End: 2}}},
			`ابجد`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(highlightText(&tt.doc, langEn)); got != tt.want {
				t.Errorf("highlightText =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestMarkSnippet(t *testing.T) {
	s := search.Snippet{Text: "<i>بوتين</i> في موسكو", Before: true, After: true,
		Highlights: []news.Span{{Start: 3, End: 3 + len("بوتين")}, {Start: 1, End: 2} /* overlaps the first: dropped */}}
	want := "… &lt;i&gt;<mark>بوتين</mark>&lt;/i&gt; في موسكو …"
	if got := string(markSnippet(s)); got != want {
		t.Errorf("markSnippet = %q, want %q", got, want)
	}
}

func TestNetwork(t *testing.T) {
	d := testDoc()
	d2 := testDoc()
	d2.Events[0].Code, d2.Events[0].QuadClass = "190", 4
	n := buildNetwork([]*news.Document{d, d2}, langEn, networkFilter{})
	if len(n.Nodes) != 2 || n.Nodes[0].Key != "li_shangfu" && n.Nodes[0].Key != "putin" {
		t.Fatalf("nodes %+v", n.Nodes)
	}
	if n.Nodes[0].Mentions != 4 || n.Nodes[0].Name == "" {
		t.Errorf("node %+v: want 4 mentions and a name", n.Nodes[0])
	}
	if len(n.Edges) != 1 || n.Edges[0].Coop != 1 || n.Edges[0].Conflict != 1 || n.Edges[0].Class != "mixed" {
		t.Errorf("edges %+v; want one mixed edge", n.Edges)
	}
	again := buildNetwork([]*news.Document{d, d2}, langEn, networkFilter{})
	if len(again.Nodes) != len(n.Nodes) || again.Nodes[0] != n.Nodes[0] || again.Nodes[1] != n.Nodes[1] {
		t.Error("the layout differs between two runs")
	}
}

func TestFillMonths(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []string
		want string
	}{
		{"gaps filled", []string{"2022-11", "2023-02"}, "2022-11 2022-12 2023-01 2023-02"},
		{"unknown last", []string{"????-??", "2023-02", "2023-01"}, "2023-01 2023-02 ????-??"},
		{"a year alone last, kept", []string{"2023", "2023-01"}, "2023-01 2023"},
		{"none", nil, ""},
	} {
		in := map[string]*monthCount{}
		for i, k := range tt.in {
			in[k] = &monthCount{Month: k, Events: i + 1}
		}
		var months []string
		events := 0
		for _, m := range fillMonths(in) {
			months = append(months, m.Month)
			events += m.Events
		}
		if strings.Join(months, " ") != tt.want || events != len(tt.in)*(len(tt.in)+1)/2 {
			t.Errorf("%s: fillMonths(%v) = %v with %d events, want %s with all %d", tt.name, tt.in, months, events, tt.want, len(tt.in)*(len(tt.in)+1)/2)
		}
	}
}
