package draw

import (
	"fmt"
	"testing"

	"rasad/internal/tabletest"
)

func TestNiceStep(t *testing.T) {
	for _, tt := range []struct{ max, step, top int }{
		{0, 1, 1}, {1, 1, 1}, {3, 1, 3}, {7, 2, 8}, {10, 5, 10}, {23, 10, 30}, {99, 25, 100}, {1234, 500, 1500},
	} {
		step, top := niceStep(tt.max)
		if tt.max == 99 { // 99/4 = 24.75: steps are 1, 2 or 5 times a power of ten
			tt.step, tt.top = 50, 100
		}
		if step != tt.step || top != tt.top {
			t.Errorf("niceStep(%d) = %d, %d; want %d, %d", tt.max, step, top, tt.step, tt.top)
		}
	}
}

// Every bar stays inside the plot, the y ticks span the largest value, and
// no x label runs past the plot's edges or over another.
func TestMakeChart(t *testing.T) {
	for _, n := range []int{1, 2, 7, 31, 120} {
		var points []Point
		for i := range n {
			points = append(points, Point{Label: fmt.Sprintf("2023-01-%02d", i%28+1), Values: []int{i % 5, 3}, Links: []string{"/e", "/a"}})
		}
		c := NewChart("x", []Series{{"events", "bar-ev"}, {"articles", "bar-m"}}, points)
		if c.Empty || len(c.Groups) != n {
			t.Fatalf("%d points: %d groups, empty %v", n, len(c.Groups), c.Empty)
		}
		for _, g := range c.Groups {
			for _, b := range g.Bars {
				if b.X < c.Left || b.X+b.W > c.Right+0.1 || b.Y < c.Top || b.Y+b.H > c.Bottom+0.1 {
					t.Errorf("%d points: bar %+v outside the plot %v–%v × %v–%v", n, b, c.Left, c.Right, c.Top, c.Bottom)
				}
				if (b.Link == "") != (b.Value == 0) {
					t.Errorf("%d points: bar %+v: a bar links when it has a value", n, b)
				}
			}
		}
		if top := c.YTicks[len(c.YTicks)-1].Label; top < "3" {
			t.Errorf("%d points: y axis tops at %s", n, top)
		}
		prevEnd := c.Left
		for _, x := range c.XTicks {
			lo, hi := x.Span()
			if lo < c.Left-0.1 || hi > c.Right+0.1 || lo < prevEnd-0.1 {
				t.Errorf("%d points: label %+v spans %.1f–%.1f, outside %v–%v or over the one before (to %.1f)", n, x, lo, hi, c.Left, c.Right, prevEnd)
			}
			prevEnd = hi
		}
	}
	if c := NewChart("x", nil, nil); !c.Empty {
		t.Errorf("a chart of nothing is not empty")
	}
}

func TestShorten(t *testing.T) {
	tabletest.Strings(t, "Shorten", Shorten, [][3]string{
		{"short name kept", "Vladimir Putin", "Vladimir Putin"},
		{"28 runes kept", "قوات الدعم السريع في السودان", "قوات الدعم السريع في السودان"},
		{"longer cut", "The International Atomic Energy Agency", "The International Atomic En…"},
	})
}
