package server

import (
	"cmp"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strings"

	"rasad/internal/news"
	"rasad/internal/server/draw"
)

// network is the graph of the actors in some documents, laid out for an
// inline SVG.
type network struct {
	Width, Height int
	Nodes         []node
	Edges         []edge
	Isolated      int // actors left out for want of an edge that passes the filters
}

type node struct {
	draw.Node // its circle and label; the label is its name in the page's language where known
	Key       string
	Link      string // actor page id
	Code      string // CAMEO actor code, "" when unlinked
	Type      string
	Mentions  int
	Degree    int // events on its edges
}

type edge struct {
	From, To       string
	X1, Y1, X2, Y2 float64
	Coop, Conflict int
	Quads          [5]int // events by quad class, 0 unknown
	Class          string // coop, conflict, mixed or neutral
	Width          float64
	Title          string
	Link           string // the events page of the pair, "" when a party has no code
}

// networkFilter restricts the edges drawn.
type networkFilter struct {
	Quad      string // "", "1"–"4", "coop" (1–2) or "conflict" (3–4)
	MinWeight int    // events an edge needs, at least 1
}

// counts reports whether an event of quad class q passes the filter.
func (f networkFilter) counts(q int) bool {
	switch f.Quad {
	case "":
		return true
	case "coop":
		return q == 1 || q == 2
	case "conflict":
		return q == 3 || q == 4
	}
	return f.Quad == fmt.Sprint(q)
}

// Bounds and sizes of the network's drawing, in SVG units.
const (
	maxNodes      = 30
	networkWidth  = 900
	networkHeight = 560
)

// buildNetwork draws the actors of docs that events join: a node for each
// linked or named person, organisation or place (sized by its mentions), an
// edge for each pair that an event joins (as wide as its events, coloured by
// their quad classes: 1–2 cooperation, 3–4 conflict). The nodes with most
// events and mentions are kept, up to maxNodes; actors without an edge are
// left out unless no actor has one. The layout is force-directed
// (draw.ForceLayout), the same for the same documents.
func buildNetwork(docs []*news.Document, lang string, f networkFilter) *network {
	nodes := map[string]*node{}
	type pair struct{ a, b string }
	edges := map[pair]*edge{}
	for _, d := range docs {
		keyOf := map[string]string{} // entity id → node key
		for i := range d.Entities {
			e := &d.Entities[i]
			if e.Type == news.MISC {
				continue
			}
			k := actorPageID(e)
			if k == "" {
				continue
			}
			if e.ID != "" {
				keyOf[e.ID] = k
			}
			n := nodes[k]
			if n == nil {
				n = &node{Node: draw.Node{Name: draw.Shorten(entityName(e, lang))}, Key: k, Link: k, Code: e.Actor, Type: string(e.Type)}
				nodes[k] = n
			}
			n.Mentions += len(e.Mentions)
		}
		for _, ev := range d.Events {
			if ev.Target == nil {
				continue
			}
			a, b := keyOf[ev.Source.Entity], keyOf[ev.Target.Entity]
			q := quadOf(ev.QuadClass, ev.Code)
			if a == "" || b == "" || a == b || !f.counts(q) {
				continue
			}
			p := pair{min(a, b), max(a, b)}
			e := edges[p]
			if e == nil {
				e = &edge{From: p.a, To: p.b}
				edges[p] = e
			}
			e.Quads[q]++
		}
	}
	net := &network{Width: networkWidth, Height: networkHeight}
	var kept []*edge
	for _, e := range edges {
		e.Coop, e.Conflict = e.Quads[1]+e.Quads[2], e.Quads[3]+e.Quads[4]
		if w := e.Quads[0] + e.Coop + e.Conflict; w >= max(f.MinWeight, 1) {
			kept = append(kept, e)
			nodes[e.From].Degree += w
			nodes[e.To].Degree += w
		}
	}
	list := make([]*node, 0, len(nodes))
	for _, n := range nodes {
		list = append(list, n)
	}
	slices.SortFunc(list, func(a, b *node) int {
		return cmp.Or(b.Degree-a.Degree, b.Mentions-a.Mentions, strings.Compare(a.Key, b.Key))
	})
	linked := 0
	for _, n := range list {
		if n.Degree > 0 {
			linked++
		}
	}
	if linked > 0 {
		net.Isolated = len(list) - linked
		list = list[:linked]
	}
	list = list[:min(len(list), maxNodes)]
	drawn := map[string]int{}
	for i, n := range list {
		drawn[n.Key] = i
	}
	slices.SortFunc(kept, func(a, b *edge) int { return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.To, b.To)) })
	var links [][2]int
	var weights []float64
	for _, e := range kept {
		i, ok1 := drawn[e.From]
		j, ok2 := drawn[e.To]
		if !ok1 || !ok2 {
			continue
		}
		links = append(links, [2]int{i, j})
		weights = append(weights, float64(e.Quads[0]+e.Coop+e.Conflict))
	}
	maxM := 1
	for _, n := range list {
		maxM = max(maxM, n.Mentions)
	}
	for _, n := range list {
		n.R = draw.Round(6 + 16*math.Sqrt(float64(n.Mentions)/float64(maxM)))
	}
	pos := draw.ForceLayout(len(list), links, weights, float64(networkWidth)/networkHeight)
	placed := make([]*draw.Node, len(list))
	for i, n := range list {
		placed[i] = &n.Node
	}
	draw.Place(placed, pos, net.Width, net.Height)
	for _, n := range list {
		net.Nodes = append(net.Nodes, *n)
	}
	k := 0
	for _, e := range kept {
		i, ok1 := drawn[e.From]
		j, ok2 := drawn[e.To]
		if !ok1 || !ok2 {
			continue
		}
		a, b := &net.Nodes[i], &net.Nodes[j]
		e.X1, e.Y1, e.X2, e.Y2 = a.X, a.Y, b.X, b.Y
		switch {
		case e.Coop > 0 && e.Conflict == 0:
			e.Class = "coop"
		case e.Conflict > 0 && e.Coop == 0:
			e.Class = "conflict"
		case e.Coop+e.Conflict == 0:
			e.Class = "neutral"
		default:
			e.Class = "mixed"
		}
		e.Width = draw.Round(1.5 + math.Min(7, 1.5*weights[k]))
		k++
		e.Title = fmt.Sprintf("%s – %s: %d %s, %d %s", a.Name, b.Name, e.Coop, tr(lang, "cooperation"), e.Conflict, tr(lang, "conflict"))
		if a.Code != "" && b.Code != "" {
			e.Link = "/events?" + url.Values{"dyad": {a.Code + "," + b.Code}}.Encode()
		}
		net.Edges = append(net.Edges, *e)
	}
	return net
}
