package draw

import (
	"math"
	"unicode/utf8"
)

// Node is a circle of a graph and its label, placed by Place.
type Node struct {
	Name           string  // the label
	X, Y, R        float64 // the centre and radius
	LabelX, LabelY float64 // where the label is anchored, on its baseline
	Anchor         string  // text-anchor of the label
}

// Sizes of a graph's labels, in SVG units.
const (
	labelCharW  = 7.2 // a character of a 12 px label, generously
	labelHeight = 14
)

// ForceLayout places n nodes joined by links (weighted) in a rectangle
// aspect wide and 1 high by Fruchterman and Reingold's force-directed
// algorithm: nodes repel each other, links pull their ends together (more
// for heavier links), a pull to the centre keeps the separate parts of the
// graph near each other, and the moves cool down over a fixed number of
// rounds. It starts from an ellipse, so the same graph always gets the same
// layout.
func ForceLayout(n int, links [][2]int, weights []float64, aspect float64) [][2]float64 {
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

// Shorten cuts a node's label s to at most 28 runes, the last an ellipsis
// when it cut.
func Shorten(s string) string {
	if utf8.RuneCountInString(s) <= maxLabelRunes {
		return s
	}
	r := []rune(s)
	return string(r[:maxLabelRunes-1]) + "…"
}

// LabelWidth is about how wide a node's label is drawn.
func LabelWidth(name string) float64 { return labelCharW * float64(utf8.RuneCountInString(name)) }

// Place scales the layout pos (of ForceLayout) to a drawing width by
// height, leaving room for the labels, and puts each label beside its node
// on the side with room, so that every label's box lies inside the drawing.
// The nodes' radii are given; their labels are placed in their order, the
// first where it likes best.
func Place(list []*Node, pos [][2]float64, width, height int) {
	if len(list) == 0 {
		return
	}
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p[0]), math.Max(maxX, p[0])
		minY, maxY = math.Min(minY, p[1]), math.Max(maxY, p[1])
	}
	const margin = 30
	W, H := float64(width), float64(height)
	// Horizontally, leave room for the longest label on either side.
	widest := 0.0
	for _, n := range list {
		widest = math.Max(widest, LabelWidth(n.Name))
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
		n.X = Round(W/2 + (pos[i][0]-(minX+maxX)/2)*sc)
		n.Y = Round(H/2 + (pos[i][1]-(minY+maxY)/2)*sc)
	}
	// Labels, most linked actors first, each where it overlaps nothing
	// placed before it and no circle: beside its node on the outer side,
	// on the inner side, above, below, or beside a line higher or lower;
	// else at the first of those inside the drawing.
	circles := make([]Box, len(list))
	for i, c := range list {
		circles[i] = Box{c.X - c.R, c.Y - c.R, c.X + c.R, c.Y + c.R}
	}
	var taken []Box // the labels placed
	for i, n := range list {
		w := LabelWidth(n.Name)
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
			b := LabelBox(sp.anchor, sp.x, sp.y, w)
			if b.X0 < 2 || b.X1 > W-2 || b.Y0 < 2 || b.Y1 > H-2 {
				continue
			}
			if best < 0 {
				best = k // inside the drawing at least
			}
			if !b.HitsAny(taken) && !b.HitsAny(circles[:i]) && !b.HitsAny(circles[i+1:]) {
				best = k
				break
			}
		}
		if best < 0 {
			best = 0
		}
		sp := spots[best]
		n.Anchor, n.LabelX, n.LabelY = sp.anchor, Round(sp.x), Round(sp.y)
		taken = append(taken, LabelBox(sp.anchor, sp.x, sp.y, w))
	}
}

// Box is a rectangle of the drawing: X0 ≤ X1, Y0 ≤ Y1.
type Box struct{ X0, Y0, X1, Y1 float64 }

// LabelBox returns the box of a label of width w anchored at x with its
// baseline at y.
func LabelBox(anchor string, x, y, w float64) Box {
	switch anchor {
	case "start":
		return Box{x, y - labelHeight + 3, x + w, y + 3}
	case "end":
		return Box{x - w, y - labelHeight + 3, x, y + 3}
	}
	return Box{x - w/2, y - labelHeight + 3, x + w/2, y + 3}
}

// HitsAny reports whether b overlaps any of bs.
func (b Box) HitsAny(bs []Box) bool {
	for _, o := range bs {
		if b.X0 < o.X1 && o.X0 < b.X1 && b.Y0 < o.Y1 && o.Y0 < b.Y1 {
			return true
		}
	}
	return false
}
