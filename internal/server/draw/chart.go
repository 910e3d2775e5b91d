// Package draw lays out the web page's SVG drawings, with no HTTP and no
// news in them: bar charts with round axis ticks and labels that fit
// (NewChart), and graphs placed by a force-directed layout (ForceLayout)
// with each node's label put where it overlaps nothing (Place). The page's
// templates draw what it returns; coordinates are SVG units, rounded to a
// tenth.
package draw

import (
	"fmt"
	"math"
	"strconv"
)

// Chart is a bar chart drawn as an inline SVG on the server: one group of
// bars per period (one bar per series), a y axis with round ticks and grid
// lines, an x axis with as many period labels as fit, and each bar's value
// in its title (shown on hover) and its link.
type Chart struct {
	Label         string // what it shows, for screen readers
	Width, Height int
	Left, Bottom  float64 // the plot's left edge and baseline
	Right, Top    float64
	Series        []Series
	Groups        []Group
	YTicks        []Tick
	XTicks        []Tick
	Empty         bool
}

// Series is one kind of bar: its name in the page's language and its
// CSS class (bar-ev, bar-m).
type Series struct {
	Name, Class string
}

// Group is the bars of one period.
type Group struct {
	Label string
	Bars  []Bar
}

type Bar struct {
	X, Y, W, H float64
	Value      int
	Class      string
	Title      string // "2023-04: 3 events"
	Link       string // "" for none
}

type Tick struct {
	Pos    float64 // y of a y tick, x of an x tick
	Label  string
	Anchor string // text-anchor of an x tick's label
}

// Span returns the x range an x tick's label covers.
func (t Tick) Span() (lo, hi float64) {
	switch t.Anchor {
	case "start":
		return t.Pos, t.Pos + xLabelWidth
	case "end":
		return t.Pos - xLabelWidth, t.Pos
	}
	return t.Pos - xLabelWidth/2, t.Pos + xLabelWidth/2
}

// Point is the values of one period, one per series, and where each
// bar links.
type Point struct {
	Label  string
	Values []int
	Links  []string
}

// Layout of charts, in SVG units (the SVG scales to the page's width).
const (
	chartWidth  = 760
	chartHeight = 240
	chartLeft   = 44 // room for the y labels
	chartBottom = 34 // room for the x labels
	chartTop    = 12
	chartRight  = 10
	xLabelWidth = 64 // a label of YYYY-MM-DD at 11 px
)

// NewChart lays out points as grouped bars of series.
func NewChart(label string, series []Series, points []Point) Chart {
	c := Chart{Label: label, Width: chartWidth, Height: chartHeight, Series: series,
		Left: chartLeft, Bottom: chartHeight - chartBottom, Right: chartWidth - chartRight, Top: chartTop}
	maxV := 0
	for _, p := range points {
		for _, v := range p.Values {
			maxV = max(maxV, v)
		}
	}
	if len(points) == 0 || maxV == 0 {
		c.Empty = true
	}
	step, top := niceStep(maxV)
	plotH := c.Bottom - c.Top
	y := func(v int) float64 { return Round(c.Bottom - plotH*float64(v)/float64(top)) }
	for v := 0; v <= top; v += step {
		c.YTicks = append(c.YTicks, Tick{Pos: y(v), Label: strconv.Itoa(v)})
	}
	if len(points) == 0 {
		return c
	}
	slot := (c.Right - c.Left) / float64(len(points))
	gap := math.Min(4, slot*0.2)
	bw := (slot - gap) / float64(len(series))
	every := max(1, int(math.Ceil(xLabelWidth/slot)))
	for i, p := range points {
		x0 := c.Left + slot*float64(i) + gap/2
		g := Group{Label: p.Label}
		for j, s := range series {
			v := 0
			if j < len(p.Values) {
				v = p.Values[j]
			}
			b := Bar{X: Round(x0 + bw*float64(j)), W: Round(math.Max(bw, 0.5)), Y: y(v), H: Round(c.Bottom - y(v)),
				Value: v, Class: s.Class, Title: fmt.Sprintf("%s: %d %s", p.Label, v, s.Name)}
			if j < len(p.Links) && v > 0 {
				b.Link = p.Links[j]
			}
			g.Bars = append(g.Bars, b)
		}
		c.Groups = append(c.Groups, g)
		if i%every == 0 || i == len(points)-1 {
			c.XTicks = append(c.XTicks, Tick{Pos: Round(x0 + (slot-gap)/2), Label: p.Label, Anchor: "middle"})
		}
	}
	// No label runs off the plot: the first starts at its bars and the last
	// ends at its bars when centring would cross an edge; then a label that
	// would overlap the one kept before it goes (the last stays).
	if t := &c.XTicks[0]; t.Pos-xLabelWidth/2 < c.Left {
		t.Pos, t.Anchor = Round(t.Pos-(slot-gap)/2), "start"
	}
	if t := &c.XTicks[len(c.XTicks)-1]; t.Pos+xLabelWidth/2 > c.Right {
		t.Pos, t.Anchor = Round(t.Pos+(slot-gap)/2), "end"
	}
	kept := c.XTicks[:1]
	end := func() float64 { _, hi := kept[len(kept)-1].Span(); return hi }
	for i, t := range c.XTicks[1:] {
		last := i == len(c.XTicks)-2
		lo, _ := t.Span()
		for last && len(kept) > 1 && end() > lo {
			kept = kept[:len(kept)-1]
		}
		if end() <= lo {
			kept = append(kept, t)
		}
	}
	c.XTicks = kept
	return c
}

// niceStep returns a round step (1, 2 or 5 times a power of ten) for about
// four ticks up to maxV, and the top of the axis, a multiple of it.
func niceStep(maxV int) (step, top int) {
	if maxV <= 0 {
		return 1, 1
	}
	raw := float64(maxV) / 4
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	step = int(pow)
	for _, m := range []float64{1, 2, 5, 10} {
		if m*pow >= raw {
			step = int(m * pow)
			break
		}
	}
	step = max(step, 1)
	top = (maxV + step - 1) / step * step
	return step, top
}

// Round rounds a coordinate to a tenth, enough for an SVG.
func Round(f float64) float64 { return math.Round(f*10) / 10 }
