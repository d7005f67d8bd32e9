package chart

import (
	"math"

	"github.com/klantwaarde/klantwaarde/calc"
)

// CompareLabels are the words of the comparison chart beyond Labels: its
// title and description, and the names of the two scenarios.
type CompareLabels struct {
	Title, Desc string
	Now, Plan   string
}

// Widths of the comparison quadrant, in viewBox units: drawn for a wide
// column and for a phone, so that its text shows at about the size it is
// drawn at on either; and the size of its marks.
const (
	CompareWide   = 640.0
	CompareNarrow = 280.0
	compareDot    = 7.0
	arrowHead     = 9.0
)

// CompareQuadrant draws the portfolio quadrant of two scenarios (value ×
// gap, the four verdicts): each segment as an open circle where it is now
// and a filled one where the plan puts it, with an arrow from now to plan.
// tol is the plan's zone of tolerance, which places the verdicts' border;
// width is the width of the drawing (CompareWide, CompareNarrow), which
// also names its ids.
func CompareQuadrant(c calc.Comparison, tol, width float64, l calc.Locale, lb Labels, cl CompareLabels) Chart {
	// No table: the app shows the same figures beside the chart.
	ch := Chart{Title: cl.Title}
	tol = calc.BoundedTolerance(tol)
	type mark struct {
		x, y   float64
		ok     bool
		colour string
	}
	marks := make([][2]mark, len(c.Segments))
	xm, ym := 1.0, math.Max(tol, 1)
	for i, s := range c.Segments {
		for side, v := range [2]calc.Verdict{s.VerdictNow, s.VerdictPlan} {
			x, y := s.Value.Now, s.Gap.Now
			if side == 1 {
				x, y = s.Value.Plan, s.Gap.Plan
			}
			if x == nil || y == nil || !finite(*x) || !finite(*y) {
				continue
			}
			marks[i][side] = mark{*x, *y, true, verdictColor(v)}
			xm, ym = math.Max(xm, math.Abs(*x)), math.Max(ym, math.Abs(*y))
		}
	}
	// The plot takes what its axes' tick labels and titles (in as many
	// lines as they need) and the legend beneath them leave, as in
	// PortfolioQuadrant: at a phone's width the x title takes two lines
	// and the legend two rows.
	legend := []legendItem{
		{func(w *svgWriter, x, y float64) {
			w.circle(x+6, y-4, 5, "", "fill", colorWhite, "stroke", colorInk, "stroke-width", "2")
		}, cl.Now},
		{func(w *svgWriter, x, y float64) { w.circle(x+6, y-4, 6, "", "fill", colorInk) }, cl.Plan},
	}
	x0, x1, xt := niceRange(-1.2*xm, 1.2*xm, min(max(4, int((width-110)/80)), 6))
	y0, y1, yt := niceRange(-1.2*ym, 1.2*ym, 6)
	bottom := 24 + math.Round(math.Max(width*0.65, 340)) - 20
	legendY := bottom + xAxisRoom(lb.Value, width-110) + 18
	height := (&svgWriter{}).legend(12, legendY, width-24, legend) + 14 // its last row's baseline
	w := &svgWriter{}
	f, p := w.quadrantPlot(quadrantAxes{x0, x1, xt, y0, y1, yt}, tol, width, bottom, 12, l, lb)
	area := f.area
	drawn := false
	for i, s := range c.Segments {
		a, b := marks[i][0], marks[i][1]
		ax, ay := f.x(a.x), f.y(a.y)
		bx, by := f.x(b.x), f.y(b.y)
		if a.ok && b.ok {
			w.arrow(ax, ay, bx, by, b.colour)
		}
		if a.ok {
			w.circle(ax, ay, compareDot, s.Name+" — "+cl.Now, "fill", colorWhite, "stroke", a.colour, "stroke-width", "2.5")
		}
		if b.ok {
			w.circle(bx, by, compareDot, s.Name+" — "+cl.Plan, "fill", b.colour, "stroke", b.colour, "stroke-width", "2.5")
		}
		lx, ly, colour := bx, by, b.colour
		if !b.ok {
			lx, ly, colour = ax, ay, a.colour
		}
		if a.ok || b.ok {
			drawn = true
			name := truncate(s.Name)
			tw := textWidth(name, smallFontSize)
			spots := []spot{{lx + 11, ly + 4, "start"}, {lx - 11, ly + 4, "end"}, {lx, ly - 12, "middle"}, {lx, ly + 20, "middle"}}
			if sp, ok := p.place(spots, tw, smallFontSize); ok {
				w.label(sp.x, sp.y, name, "text-anchor", sp.anchor, "fill", colour, "font-size", num(smallFontSize))
			}
		}
	}
	if !drawn {
		w.noData(area, lb.NoData)
	}
	w.legend(12, legendY, width-24, legend)
	ch.SVG = w.document("compare", "kw-compare-"+num(width), width, height, ch.Title, cl.Desc)
	return ch
}

// arrow draws a line from (x0, y0) to (x1, y1) with its head at the rim of
// the dot at (x1, y1); nothing when the two dots nearly touch.
func (w *svgWriter) arrow(x0, y0, x1, y1 float64, colour string) {
	dx, dy := x1-x0, y1-y0
	d := math.Hypot(dx, dy)
	if d < 2*compareDot+arrowHead {
		return
	}
	ux, uy := dx/d, dy/d
	tipX, tipY := x1-ux*(compareDot+2), y1-uy*(compareDot+2)
	baseX, baseY := tipX-ux*arrowHead, tipY-uy*arrowHead
	w.line(x0+ux*compareDot, y0+uy*compareDot, baseX, baseY, "stroke", colour, "stroke-width", "2.5")
	half := arrowHead / 2
	w.elem("path", "d", "M"+num(tipX)+" "+num(tipY)+
		"L"+num(baseX-uy*half)+" "+num(baseY+ux*half)+
		"L"+num(baseX+uy*half)+" "+num(baseY-ux*half)+"Z", "fill", colour)
}

// Escape makes s safe as HTML or XML text or attribute value, as the
// charts escape every text they write; the app builds read-only blocks of
// markup with it.
func Escape(s string) string { return esc(s) }
