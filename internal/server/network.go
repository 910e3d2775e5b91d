package server

import (
	"cmp"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"rasad/internal/news"
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
	Key      string
	Name     string // in the page's language where known
	Link     string // actor page id
	Code     string // CAMEO actor code, "" when unlinked
	Type     string
	Mentions int
	Degree   int // events on its edges
	X, Y, R  float64
	LabelX   float64
	LabelY   float64
	Anchor   string // text-anchor of the label
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
	labelCharW    = 7.2 // a character of a 12 px label, generously
	labelHeight   = 14
)

// buildNetwork draws the actors of docs that events join: a node for each
// linked or named person, organisation or place (sized by its mentions), an
// edge for each pair that an event joins (as wide as its events, coloured by
// their quad classes: 1–2 cooperation, 3–4 conflict). The nodes with most
// events and mentions are kept, up to maxNodes; actors without an edge are
// left out unless no actor has one. The layout is force-directed
// (forceLayout), the same for the same documents.
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
				n = &node{Key: k, Name: shorten(entityName(e, lang), maxLabelRunes), Link: k, Code: e.Actor, Type: string(e.Type)}
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
		n.R = round(6 + 16*math.Sqrt(float64(n.Mentions)/float64(maxM)))
	}
	pos := forceLayout(len(list), links, weights, float64(networkWidth)/networkHeight)
	placeNodes(net, list, pos)
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
		e.Width = round(1.5 + math.Min(7, 1.5*weights[k]))
		k++
		e.Title = fmt.Sprintf("%s – %s: %d %s, %d %s", a.Name, b.Name, e.Coop, tr(lang, "cooperation"), e.Conflict, tr(lang, "conflict"))
		if a.Code != "" && b.Code != "" {
			e.Link = "/events?" + url.Values{"dyad": {a.Code + "," + b.Code}}.Encode()
		}
		net.Edges = append(net.Edges, *e)
	}
	return net
}

// forceLayout places n nodes joined by links (weighted) in a rectangle
// aspect wide and 1 high by Fruchterman and Reingold's force-directed
// algorithm: nodes repel each other, links pull their ends together (more
// for heavier links), a pull to the centre keeps the separate parts of the
// graph near each other, and the moves cool down over a fixed number of
// rounds. It starts from an ellipse, so the same graph always gets the same
// layout.
func forceLayout(n int, links [][2]int, weights []float64, aspect float64) [][2]float64 {
	pos := make([][2]float64, n)
	cx, cy := aspect/2, 0.5
	if n == 1 {
		pos[0] = [2]float64{cx, cy}
	}
	if n <= 1 {
		return pos
	}
	for i := range pos {
		a := 2 * math.Pi * float64(i) / float64(n)
		pos[i] = [2]float64{cx + 0.4*aspect*math.Cos(a), cy + 0.4*math.Sin(a)}
	}
	k := math.Sqrt(aspect / float64(n)) // the ideal distance between nodes
	const (
		rounds  = 300
		gravity = 0.6
	)
	disp := make([][2]float64, n)
	for r := 0; r < rounds; r++ {
		temp := 0.1 * aspect * (1 - float64(r)/rounds)
		for i := range disp {
			disp[i] = [2]float64{(cx - pos[i][0]) * gravity, (cy - pos[i][1]) * gravity * aspect}
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				dx, dy := pos[i][0]-pos[j][0], pos[i][1]-pos[j][1]
				d := math.Max(math.Hypot(dx, dy), 1e-4)
				f := k * k / d
				disp[i][0] += dx / d * f
				disp[i][1] += dy / d * f
				disp[j][0] -= dx / d * f
				disp[j][1] -= dy / d * f
			}
		}
		for li, l := range links {
			i, j := l[0], l[1]
			dx, dy := pos[i][0]-pos[j][0], pos[i][1]-pos[j][1]
			d := math.Max(math.Hypot(dx, dy), 1e-4)
			f := d * d / k * (1 + math.Log1p(weights[li])) / 2
			disp[i][0] -= dx / d * f
			disp[i][1] -= dy / d * f
			disp[j][0] += dx / d * f
			disp[j][1] += dy / d * f
		}
		for i := range pos {
			d := math.Max(math.Hypot(disp[i][0], disp[i][1]), 1e-9)
			step := math.Min(d, temp)
			pos[i][0] += disp[i][0] / d * step
			pos[i][1] += disp[i][1] / d * step
		}
	}
	return pos
}

// maxLabelRunes bounds a node's label; a longer name is cut with an ellipsis.
const maxLabelRunes = 28

// shorten cuts s to at most n runes, the last an ellipsis when it cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// labelWidth is about how wide a node's label is drawn.
func labelWidth(name string) float64 { return labelCharW * float64(utf8.RuneCountInString(name)) }

// placeNodes scales the layout pos to the drawing, leaving room for the
// labels, and puts each label beside its node on the side with room, so
// that every label's box lies inside the drawing.
func placeNodes(net *network, list []*node, pos [][2]float64) {
	if len(list) == 0 {
		return
	}
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p[0]), math.Max(maxX, p[0])
		minY, maxY = math.Min(minY, p[1]), math.Max(maxY, p[1])
	}
	const margin = 30
	W, H := float64(net.Width), float64(net.Height)
	// Horizontally, leave room for the longest label on either side.
	widest := 0.0
	for _, n := range list {
		widest = math.Max(widest, labelWidth(n.Name))
	}
	padX, padY := math.Min(widest+30, W/3), float64(margin+labelHeight)
	// One scale for both axes, so that the layout keeps its shape, centred.
	sc := math.Inf(1)
	if maxX-minX > 1e-9 {
		sc = (W - 2*padX) / (maxX - minX)
	}
	if maxY-minY > 1e-9 {
		sc = math.Min(sc, (H-2*padY)/(maxY-minY))
	}
	if math.IsInf(sc, 1) {
		sc = 0
	}
	for i, n := range list {
		n.X = round(W/2 + (pos[i][0]-(minX+maxX)/2)*sc)
		n.Y = round(H/2 + (pos[i][1]-(minY+maxY)/2)*sc)
	}
	// Labels, most linked actors first, each where it overlaps nothing
	// placed before it and no circle: beside its node on the outer side,
	// on the inner side, above, below, or beside a line higher or lower;
	// else at the first of those inside the drawing.
	circles := make([]box, len(list))
	for i, c := range list {
		circles[i] = box{c.X - c.R, c.Y - c.R, c.X + c.R, c.Y + c.R}
	}
	var taken []box // the labels placed
	for i, n := range list {
		w := labelWidth(n.Name)
		outer, inner := "start", "end"
		if n.X < W/2 {
			outer, inner = "end", "start"
		}
		type spot struct {
			anchor string
			x, y   float64
		}
		side := func(a string, dy float64) spot {
			if a == "start" {
				return spot{a, n.X + n.R + 4, n.Y + 4 + dy}
			}
			return spot{a, n.X - n.R - 4, n.Y + 4 + dy}
		}
		spots := []spot{side(outer, 0), side(inner, 0), {"middle", n.X, n.Y - n.R - 4}, {"middle", n.X, n.Y + n.R + labelHeight},
			side(outer, -labelHeight), side(outer, labelHeight), side(inner, -labelHeight), side(inner, labelHeight)}
		best := -1
		for k, sp := range spots {
			b := labelBox(sp.anchor, sp.x, sp.y, w)
			if b.x0 < 2 || b.x1 > W-2 || b.y0 < 2 || b.y1 > H-2 {
				continue
			}
			if best < 0 {
				best = k // inside the drawing at least
			}
			if !b.hitsAny(taken) && !b.hitsAny(circles[:i]) && !b.hitsAny(circles[i+1:]) {
				best = k
				break
			}
		}
		if best < 0 {
			best = 0
		}
		sp := spots[best]
		n.Anchor, n.LabelX, n.LabelY = sp.anchor, round(sp.x), round(sp.y)
		taken = append(taken, labelBox(sp.anchor, sp.x, sp.y, w))
		net.Nodes = append(net.Nodes, *n)
	}
}

// box is a rectangle of the drawing: x0 ≤ x1, y0 ≤ y1.
type box struct{ x0, y0, x1, y1 float64 }

// labelBox returns the box of a label of width w anchored at x with its
// baseline at y.
func labelBox(anchor string, x, y, w float64) box {
	switch anchor {
	case "start":
		return box{x, y - labelHeight + 3, x + w, y + 3}
	case "end":
		return box{x - w, y - labelHeight + 3, x, y + 3}
	}
	return box{x - w/2, y - labelHeight + 3, x + w/2, y + 3}
}

func (b box) hitsAny(bs []box) bool {
	for _, o := range bs {
		if b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1 {
			return true
		}
	}
	return false
}
