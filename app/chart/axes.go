package chart

import "math"

// frame maps a data domain onto the plot area of a chart.
type frame struct {
	area           box     // the plot area in viewBox units
	x0, x1, y0, y1 float64 // the data domain
}

func (f frame) x(v float64) float64 {
	if f.x1 == f.x0 {
		return f.area.x0
	}
	return f.area.x0 + (v-f.x0)/(f.x1-f.x0)*(f.area.x1-f.area.x0)
}

func (f frame) y(v float64) float64 {
	if f.y1 == f.y0 {
		return f.area.y1
	}
	return f.area.y1 - (v-f.y0)/(f.y1-f.y0)*(f.area.y1-f.area.y0)
}

// axis describes the ticks and title of one axis.
type axis struct {
	ticks  []float64
	format func(float64) string
	title  string
	// titleFrom and titleTo are how far a y title may run, from top to
	// bottom; zero is along the plot's side. A chart with nothing left of
	// the plot above or below it lets the title run past the plot, so it
	// keeps to one line on a short plot.
	titleFrom, titleTo float64
}

// boldWider is how much wider bold text is than textWidth's estimate.
const boldWider = 1.1

// Room around the plot for the axes, in viewBox units.
const (
	tickRoom   = 20.0 // from the plot to a y tick label's far side
	titleLine  = fontSize * 1.25
	xTitleDrop = 40.0 // from the plot to the x title's first baseline
)

// yAxisRoom is the room left of the plot for y tick labels as wide as
// widest and the title ytitle along a plot of the given height.
func yAxisRoom(widest float64, ytitle string, height float64) float64 {
	return widest + tickRoom + titleLine*float64(len(lines(ytitle, fontSize, height))) + 4
}

// xAxisRoom is the room below the plot for the x tick labels and the
// title xtitle under a plot of the given width.
func xAxisRoom(xtitle string, width float64) float64 {
	return xTitleDrop + titleLine*float64(len(lines(xtitle, fontSize, width))-1) + 18
}

// drawAxes writes the grid, the tick labels and the axis titles, the
// titles in as many lines as the plot's sides need.
func (w *svgWriter) drawAxes(f frame, xa, ya axis) {
	a := f.area
	for _, t := range xa.ticks {
		w.line(f.x(t), a.y0, f.x(t), a.y1, "stroke", colorLine)
		w.text(f.x(t), a.y1+19, xa.format(t), "text-anchor", "middle", "fill", colorNeutral, "font-size", num(smallFontSize))
	}
	widest := 0.0
	for _, t := range ya.ticks {
		w.line(a.x0, f.y(t), a.x1, f.y(t), "stroke", colorLine)
		s := ya.format(t)
		widest = math.Max(widest, textWidth(s, smallFontSize))
		w.text(a.x0-8, f.y(t)+4, s, "text-anchor", "end", "fill", colorNeutral, "font-size", num(smallFontSize))
	}
	w.elem("path", "d", "M"+num(a.x0)+" "+num(a.y0)+"V"+num(a.y1)+"H"+num(a.x1),
		"fill", "none", "stroke", colorNeutral)
	w.wrapped((a.x0+a.x1)/2, a.y1+xTitleDrop, a.x1-a.x0, fontSize, xa.title, "text-anchor", "middle", "font-weight", "bold")
	from, to := a.y0, a.y1
	if ya.titleTo > ya.titleFrom {
		from, to = ya.titleFrom, ya.titleTo
	}
	yl := lines(ya.title, fontSize, to-from)
	// Centred on the plot's side, moved as far as it must to stay within
	// from and to.
	long := 0.0
	for _, ln := range yl {
		long = math.Max(long, textWidth(ln, fontSize)*boldWider)
	}
	yc := (a.y0 + a.y1) / 2
	if long < to-from {
		yc = clamp(yc, from+long/2, to-long/2)
	}
	// The last line sits next to the tick labels, earlier ones further out.
	right := math.Max(a.x0-widest-tickRoom, 14+titleLine*float64(len(yl)-1))
	for i, ln := range yl {
		yx := right - titleLine*float64(len(yl)-1-i)
		w.text(yx, yc, ln, "text-anchor", "middle", "font-weight", "bold",
			"transform", "rotate(-90 "+num(yx)+" "+num(yc)+")")
	}
}

// niceStep is a round step (1, 2 or 5 times a power of ten) that divides
// span into about n parts.
func niceStep(span float64, n int) float64 {
	if !(span > 0) || !finite(span) {
		return 1
	}
	raw := span / float64(n)
	mag := 1.0
	for mag > raw {
		mag /= 10
	}
	for mag*10 <= raw {
		mag *= 10
	}
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*mag {
			return m * mag
		}
	}
	return 10 * mag
}

// niceRange widens [lo, hi] to whole steps and returns it with its ticks.
func niceRange(lo, hi float64, n int) (float64, float64, []float64) {
	if !finite(lo) || !finite(hi) {
		lo, hi = 0, 1
	}
	if hi <= lo {
		lo, hi = lo-1, hi+1
	}
	step := niceStep(hi-lo, n)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	var ticks []float64
	for i := 0; i <= 100; i++ {
		t := lo + float64(i)*step
		if t > hi+step/2 {
			break
		}
		ticks = append(ticks, math.Round(t/step)*step)
	}
	return lo, hi, ticks
}

// linearTicks returns lo, lo+step, … up to hi.
func linearTicks(lo, hi, step float64) []float64 {
	var ticks []float64
	for t := lo; t <= hi+step/2; t += step {
		ticks = append(ticks, t)
	}
	return ticks
}

// legendItem is one entry of a legend: a swatch drawn at (x, y), the
// baseline of its text, and the text.
type legendItem struct {
	swatch func(w *svgWriter, x, y float64)
	text   string
}

// legend writes items in a row from (x, y), wrapping before maxX, and
// returns the baseline of the last row.
func (w *svgWriter) legend(x, y, maxX float64, items []legendItem) float64 {
	const swatchWidth, gap, lineHeight = 18.0, 18.0, 21.0
	cx := x
	for _, it := range items {
		tw := swatchWidth + textWidth(it.text, smallFontSize)
		if cx > x && cx+tw > maxX {
			cx, y = x, y+lineHeight
		}
		it.swatch(w, cx, y)
		w.text(cx+swatchWidth, y, it.text, "font-size", num(smallFontSize))
		cx += tw + gap
	}
	return y
}

func circleSwatch(color string) func(w *svgWriter, x, y float64) {
	return func(w *svgWriter, x, y float64) {
		w.circle(x+6, y-4, 6, "", "fill", color, "fill-opacity", "0.35", "stroke", color, "stroke-width", "2")
	}
}

// sortedBySize returns the indices of radii, largest first and otherwise
// in order, so that small bubbles are drawn over large ones. (An insertion
// sort: at most 50 bubbles, and no generic sort in the WebAssembly.)
func sortedBySize(radii []float64) []int {
	idx := make([]int, len(radii))
	for i := range idx {
		idx[i] = i
		for j := i; j > 0 && radii[idx[j-1]] < radii[idx[j]]; j-- {
			idx[j-1], idx[j] = idx[j], idx[j-1]
		}
	}
	return idx
}
