package server

import (
	"fmt"
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/server/draw"
)

// manyActors is a document with n linked actors of long and short names,
// each meeting the next (cooperation) and every third attacking the first
// (conflict), and one actor in no event.
func manyActors(n int) *news.Document {
	d := &news.Document{ID: "many", Published: "2023-04-16"}
	for i := range n + 1 {
		name := fmt.Sprintf("Actor %d", i)
		if i%4 == 0 {
			name = strings.Repeat("Longname ", 1+i%3) + fmt.Sprint(i)
		}
		d.Entities = append(d.Entities, news.Entity{ID: fmt.Sprintf("e%d", i), Name: name, NameAr: "فاعل " + fmt.Sprint(i), Type: news.PER,
			Actor: fmt.Sprintf("A%02dGOV", i), ActorID: fmt.Sprintf("a%d", i), Mentions: make([]news.Mention, 1+i%5)})
	}
	party := func(i int) news.Party {
		return news.Party{Entity: fmt.Sprintf("e%d", i), Name: fmt.Sprintf("Actor %d", i)}
	}
	for i := range n - 1 {
		t := party(i + 1)
		d.Events = append(d.Events, news.Event{Code: "040", QuadClass: 1, Source: party(i), Target: &t})
		if i%3 == 0 && i > 0 {
			t0 := party(0)
			d.Events = append(d.Events, news.Event{Code: "190", QuadClass: 4, Source: party(i), Target: &t0})
		}
	}
	return d
}

// Every label's box lies inside the drawing, isolated actors are left
// out, and the filters keep the edges they name.
func TestNetworkLayout(t *testing.T) {
	for _, lang := range []string{langEn, langAr} {
		for _, n := range []int{2, 5, 12, 30} {
			net := buildNetwork([]*news.Document{manyActors(n)}, lang, networkFilter{})
			if len(net.Nodes) != n || net.Isolated != 1 {
				t.Errorf("%d actors: %d nodes drawn, %d isolated; want %d and 1", n, len(net.Nodes), net.Isolated, n)
			}
			var labels []draw.Box
			overlaps := 0
			for _, nd := range net.Nodes {
				b := draw.LabelBox(nd.Anchor, nd.LabelX, nd.LabelY, draw.LabelWidth(nd.Name))
				if b.X0 < 0 || b.X1 > float64(net.Width) || b.Y0 < 0 || b.Y1 > float64(net.Height) {
					t.Errorf("%s, %d actors: label of %q spans %+v, outside %d×%d", lang, n, nd.Name, b, net.Width, net.Height)
				}
				if b.HitsAny(labels) {
					overlaps++
				}
				labels = append(labels, b)
				if nd.X-nd.R < 0 || nd.X+nd.R > float64(net.Width) || nd.Y-nd.R < 0 || nd.Y+nd.R > float64(net.Height) {
					t.Errorf("%s, %d actors: node %q at %.0f,%.0f r %.0f outside", lang, n, nd.Name, nd.X, nd.Y, nd.R)
				}
			}
			// Labels avoid each other where there is room: none may
			// overlap among a dozen actors, few among thirty long names.
			if overlaps > n/10 {
				t.Errorf("%s, %d actors: %d labels overlap another", lang, n, overlaps)
			}
			// The layout spreads the nodes: no two centres closer than 20.
			for i := range net.Nodes {
				for j := i + 1; j < len(net.Nodes); j++ {
					a, b := net.Nodes[i], net.Nodes[j]
					if dx, dy := a.X-b.X, a.Y-b.Y; dx*dx+dy*dy < 400 {
						t.Errorf("%s, %d actors: %q and %q are %.1f apart", lang, n, a.Name, b.Name, dx*dx+dy*dy)
					}
				}
			}
		}
	}
	d := manyActors(12)
	for _, tt := range []struct {
		f           networkFilter
		edges       int
		class, link string
	}{
		{networkFilter{}, 14, "", "/events?dyad=A00GOV%2CA01GOV"},
		{networkFilter{Quad: "coop"}, 11, "coop", ""},
		{networkFilter{Quad: "4"}, 3, "conflict", ""},
		{networkFilter{Quad: "2"}, 0, "", ""},
		{networkFilter{MinWeight: 2}, 0, "", ""},
	} {
		net := buildNetwork([]*news.Document{d, d}, langEn, tt.f) // the same document twice: each edge weighs 2
		if tt.f.MinWeight == 2 {
			tt.edges = 14
		}
		if len(net.Edges) != tt.edges {
			t.Errorf("filter %+v: %d edges, want %d", tt.f, len(net.Edges), tt.edges)
		}
		for _, e := range net.Edges {
			if tt.class != "" && e.Class != tt.class {
				t.Errorf("filter %+v: edge %s–%s is %s", tt.f, e.From, e.To, e.Class)
			}
		}
		if tt.link != "" && (len(net.Edges) == 0 || net.Edges[0].Link != tt.link) {
			t.Errorf("filter %+v: first edge %+v, want link %s", tt.f, net.Edges[0], tt.link)
		}
	}
	if net := buildNetwork([]*news.Document{d}, langEn, networkFilter{MinWeight: 2}); len(net.Edges) != 0 || len(net.Nodes) != 13 {
		t.Errorf("min weight 2 over one document: %d edges, %d nodes; want none, and the actors alone", len(net.Edges), len(net.Nodes))
	}
}
