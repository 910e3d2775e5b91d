package server

import (
	"fmt"
	"math"
	"sort"

	"rasad/internal/news"
)

// network is the graph of the actors in some documents, laid out for an
// inline SVG.
type network struct {
	Size  int // the SVG's width and height
	Nodes []node
	Edges []edge
}

type node struct {
	Key      string
	Name     string // in the page's language where known
	Link     string // actor page id
	Type     string
	Mentions int
	X, Y, R  float64
	LabelX   float64
	LabelY   float64
	Anchor   string // text-anchor of the label
}

type edge struct {
	From, To       string
	X1, Y1, X2, Y2 float64
	Coop, Conflict int
	Class          string // coop, conflict or mixed
	Width          float64
	Title          string
}

// maxNodes bounds the actors drawn.
const maxNodes = 30

// buildNetwork draws the actors of docs: a node for each linked or named
// person, organisation or place (sized by its mentions), an edge for each
// pair that an event joins (coloured by the events' quad classes: 1–2
// cooperation, 3–4 conflict). The layout is a circle, biggest first,
// which is deterministic and keeps labels apart.
func buildNetwork(docs []*news.Document, lang string) *network {
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
				name := e.NameAr
				if lang == langEn || name == "" {
					name = e.Name
				}
				n = &node{Key: k, Name: name, Link: k, Type: string(e.Type)}
				nodes[k] = n
			}
			n.Mentions += len(e.Mentions)
		}
		for _, ev := range d.Events {
			if ev.Target == nil {
				continue
			}
			a, b := keyOf[ev.Source.Entity], keyOf[ev.Target.Entity]
			if a == "" || b == "" || a == b {
				continue
			}
			p := pair{a, b}
			if b < a {
				p = pair{b, a}
			}
			e := edges[p]
			if e == nil {
				e = &edge{From: p.a, To: p.b}
				edges[p] = e
			}
			switch quadOf(ev.QuadClass, ev.Code) {
			case 1, 2:
				e.Coop++
			case 3, 4:
				e.Conflict++
			}
		}
	}
	list := make([]*node, 0, len(nodes))
	for _, n := range nodes {
		list = append(list, n)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Mentions != list[j].Mentions {
			return list[i].Mentions > list[j].Mentions
		}
		return list[i].Key < list[j].Key
	})
	if len(list) > maxNodes {
		list = list[:maxNodes]
	}
	net := &network{Size: 640}
	c := float64(net.Size) / 2
	radius := c - 110 // room for labels
	maxM := 1
	for _, n := range list {
		maxM = max(maxM, n.Mentions)
	}
	drawn := map[string]*node{}
	for i, n := range list {
		angle := -math.Pi/2 + 2*math.Pi*float64(i)/float64(max(len(list), 1))
		if len(list) == 1 {
			n.X, n.Y = c, c
		} else {
			n.X, n.Y = round(c+radius*math.Cos(angle)), round(c+radius*math.Sin(angle))
		}
		n.R = round(6 + 22*math.Sqrt(float64(n.Mentions)/float64(maxM)))
		off := n.R + 6
		n.LabelX, n.LabelY = round(n.X+off*math.Cos(angle)), round(n.Y+off*math.Sin(angle)+4)
		switch cos := math.Cos(angle); {
		case cos > 0.3:
			n.Anchor = "start"
		case cos < -0.3:
			n.Anchor = "end"
		default:
			n.Anchor = "middle"
		}
		drawn[n.Key] = n
		net.Nodes = append(net.Nodes, *n)
	}
	keys := make([]pair, 0, len(edges))
	for p := range edges {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].a != keys[j].a {
			return keys[i].a < keys[j].a
		}
		return keys[i].b < keys[j].b
	})
	for _, p := range keys {
		e := edges[p]
		a, b := drawn[p.a], drawn[p.b]
		if a == nil || b == nil {
			continue
		}
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
		e.Width = round(1.5 + math.Min(6, float64(e.Coop+e.Conflict)))
		e.Title = fmt.Sprintf("%s – %s: %d %s, %d %s", a.Name, b.Name, e.Coop, tr(lang, "cooperation"), e.Conflict, tr(lang, "conflict"))
		net.Edges = append(net.Edges, *e)
	}
	return net
}

func round(f float64) float64 { return math.Round(f*10) / 10 }
