package chart

import (
	"math"
	"strings"
)

// Bubble sizes in viewBox units: a bubble's area is proportional to its
// segment's customers, but never smaller than minRadius, so that a segment
// with no customers (yet) still shows.
const (
	maxRadius = 30.0
	minRadius = 5.0
	// crowd is the number of bubbles beyond which the largest radius
	// shrinks, so that 50 segments do not cover the whole plot.
	crowd = 8
)

// bubble is one segment on a scatter chart.
type bubble struct {
	x, y      float64 // in data units
	customers float64
	color     string
	name      string // full name; the chart shows it truncated
	tip       string // tooltip: name and figures
}

// radii returns the radius of each bubble.
func radii(bs []bubble) []float64 {
	most := 0.0
	for _, b := range bs {
		if finite(b.customers) && b.customers > most {
			most = b.customers
		}
	}
	largest := maxRadius
	if len(bs) > crowd {
		largest = math.Max(maxRadius*math.Sqrt(crowd/float64(len(bs))), 2*minRadius)
	}
	rs := make([]float64, len(bs))
	for i, b := range bs {
		rs[i] = minRadius
		if most > 0 && b.customers > 0 && finite(b.customers) {
			rs[i] = math.Max(largest*math.Sqrt(b.customers/most), minRadius)
		}
	}
	return rs
}

// drawBubbles writes the bubbles, largest first, then their names where
// there is room, clear of other bubbles and names; a name that finds no
// free spot is left to the tooltip and the table.
func (w *svgWriter) drawBubbles(f frame, bs []bubble, p *placer) {
	rs := radii(bs)
	cx := make([]float64, len(bs))
	cy := make([]float64, len(bs))
	for i, b := range bs {
		cx[i] = clamp(f.x(b.x), f.area.x0, f.area.x1)
		cy[i] = clamp(f.y(b.y), f.area.y0, f.area.y1)
	}
	for _, i := range sortedBySize(rs) {
		c := bs[i].color
		w.circle(cx[i], cy[i], rs[i], bs[i].tip,
			"fill", c, "fill-opacity", "0.3", "stroke", c, "stroke-width", "2")
	}
	current, blocked := 0, p.blocked
	p.blocked = func(b box) bool {
		for j := range bs {
			if j != current && circleMeets(cx[j], cy[j], rs[j], b) {
				return true
			}
		}
		return blocked != nil && blocked(b)
	}
	defer func() { p.blocked = blocked }()
	for i, b := range bs {
		current = i
		name := truncate(b.name)
		if name == "" {
			continue
		}
		w.bubbleLabel(p, name, b.color, cx[i], cy[i], rs[i])
	}
}

// bubbleLabel writes a bubble's name at the first free spot around it: on
// one line, or else on two (a long name beside a crowded bubble on a
// narrow chart), or else nowhere.
func (w *svgWriter) bubbleLabel(p *placer, name, color string, x, y, r float64) {
	ls := []string{name}
	for {
		tw := 0.0
		for _, ln := range ls {
			tw = math.Max(tw, textWidth(ln, smallFontSize))
		}
		if s, ok := p.placeLines(bubbleSpots(x, y, r, float64(len(ls)-1)*smallFontSize*1.25), tw, smallFontSize, len(ls)); ok {
			for k, ln := range ls {
				w.label(s.x, s.y+float64(k)*smallFontSize*1.25, ln, "text-anchor", s.anchor, "fill", color, "font-size", num(smallFontSize))
			}
			return
		}
		if len(ls) > 1 || !strings.Contains(name, " ") {
			return
		}
		// Two lines of about half the name's width each.
		words := strings.Fields(name)
		widest := 0.0
		for _, word := range words {
			widest = math.Max(widest, textWidth(word, smallFontSize))
		}
		ls = twoLines(name, smallFontSize, math.Max(widest, textWidth(name, smallFontSize)/2))
	}
}

// bubbleSpots are the places a label can take around the bubble at (x, y)
// with radius r, best first: the baseline of its first line, for a label
// whose further lines take extra below that.
func bubbleSpots(x, y, r, extra float64) []spot {
	above, middle := y-r-5-extra, y+4-extra/2
	return []spot{
		{x + r + 4, middle, "start"},
		{x - r - 4, middle, "end"},
		{x, above, "middle"},
		{x, y + r + 14, "middle"},
		{x + r*0.7 + 3, y - r*0.7 - 3 - extra, "start"},
		{x - r*0.7 - 3, y - r*0.7 - 3 - extra, "end"},
		{x + r*0.7 + 3, y + r*0.7 + 12, "start"},
		{x - r*0.7 - 3, y + r*0.7 + 12, "end"},
		// Above or below, running off to one side from the bubble's
		// edge, where a neighbour blocks the middle.
		{x + r, above, "end"},
		{x - r, above, "start"},
		{x + r, y + r + 14, "end"},
		{x - r, y + r + 14, "start"},
		// Last, on the bubble itself (the label has a halo).
		{x, middle, "middle"},
	}
}

func clamp(x, lo, hi float64) float64 {
	return math.Max(lo, math.Min(hi, x))
}

// circleMeets reports whether the circle at (x, y) with radius r meets b.
func circleMeets(x, y, r float64, b box) bool {
	dx := x - clamp(x, b.x0, b.x1)
	dy := y - clamp(y, b.y0, b.y1)
	return dx*dx+dy*dy < r*r
}
