package chart

import (
	"math"

	"github.com/klantwaarde/klantwaarde/calc"
)

// The height of the portfolio quadrant against its width, in viewBox
// units.
const (
	quadrantAspect    = 0.72
	quadrantMinHeight = 340.0
	quadrantMaxHeight = 620.0
)

// PortfolioQuadrant draws every segment whose value and service figure are
// defined at x = value (benefits − sacrifices) and y = its service figure,
// in the four quadrants of the verdicts (SPEC §3.1): the vertical boundary
// is value 0, the horizontal one the service boundary of the verdict.
// Bubble areas are proportional to customers. The service figure is the
// expectation gap, bounded at −tolerance, unless the scenario has two-level
// zones: then it is the adequacy Aq that the verdict is taken from,
// bounded at 0 (servicePlot).
func PortfolioQuadrant(s *calc.Scenario, r calc.Report, l calc.Locale, lb Labels, width float64) Chart {
	width = drawWidth(width)
	height := clamp(width*quadrantAspect, quadrantMinHeight, quadrantMaxHeight)
	sv := serviceOf(s, lb)
	c := Chart{Title: lb.QuadrantTitle, Table: quadrantTable(s, r, sv, l, lb)}
	bs := quadrantBubbles(s, r, sv, l, lb)
	xm, ym := 1.0, math.Abs(sv.limit)
	for _, b := range bs {
		xm, ym = math.Max(xm, math.Abs(b.x)), math.Max(ym, math.Abs(b.y))
	}
	// Tick labels such as "-12,50" need about 70 units each.
	x0, x1, xt := niceRange(-1.2*xm, 1.2*xm, min(max(2, int((width-110)/80)), 10))
	y0, y1, yt := niceRange(-1.2*math.Max(ym, 1), 1.2*math.Max(ym, 1), 6)
	bottom := height - xAxisRoom(lb.Value, width-110)
	w := &svgWriter{}
	f, p := w.servicePlot(quadrantAxes{x0, x1, xt, y0, y1, yt}, sv, width, bottom, 14, l, lb)
	w.drawBubbles(f, bs, p)
	if len(bs) == 0 {
		w.noData(f.area, lb.NoData)
	}
	c.SVG = w.document("quadrant", "kw-quadrant", width, height, c.Title, lb.QuadrantDesc)
	return c
}

// serviceAxis is the quadrant's service figure: its title, the boundary of
// the verdict on it, and where a segment's report has it.
type serviceAxis struct {
	title string
	limit float64
	of    func(sr *calc.SegmentReport) *float64
}

// serviceOf is the service axis of s: adequacy where any of its quality
// ratings has two levels (calc.FileVersion), else the expectation gap. In
// a scenario without two-level zones Aq is the gap plus the tolerance, so
// the two axes put every segment in the same quadrant.
func serviceOf(s *calc.Scenario, lb Labels) serviceAxis {
	if s != nil && calc.FileVersion(s) == calc.VersionTwoLevel {
		return serviceAxis{lb.Adequacy, 0, func(sr *calc.SegmentReport) *float64 { return sr.Adequacy }}
	}
	return serviceAxis{lb.Gap, -tolerance(s), func(sr *calc.SegmentReport) *float64 { return sr.Gap }}
}

// tolerance is the scenario's zone of tolerance, kept within the accepted
// range so that the chart holds even for an invalid scenario.
func tolerance(s *calc.Scenario) float64 {
	if s == nil {
		return calc.DefaultTolerance
	}
	return calc.BoundedTolerance(s.Settings.Tolerance)
}

// dropNear removes the ticks that would be drawn within d of the pixel
// position at, where a boundary has a label of its own.
func dropNear(ticks []float64, pos func(float64) float64, at, d float64) []float64 {
	kept := ticks[:0:0]
	for _, t := range ticks {
		if math.Abs(pos(t)-at) >= d {
			kept = append(kept, t)
		}
	}
	return kept
}

// quadrantTints shades the four quadrants in their verdict colours; the
// service boundary is at y = limit.
func (w *svgWriter) quadrantTints(f frame, limit float64) {
	a := f.area
	mx, my := clamp(f.x(0), a.x0, a.x1), clamp(f.y(limit), a.y0, a.y1)
	tints := []struct {
		b box
		v calc.Verdict
	}{
		{box{mx, a.y0, a.x1, my}, calc.Ambassador},
		{box{mx, my, a.x1, a.y1}, calc.Vulnerable},
		{box{a.x0, a.y0, mx, my}, calc.Indifferent},
		{box{a.x0, my, mx, a.y1}, calc.Defector},
	}
	for _, t := range tints {
		w.rect(t.b.x0, t.b.y0, t.b.x1-t.b.x0, t.b.y1-t.b.y0, "fill", verdictColor(t.v), "fill-opacity", "0.07")
	}
}

// quadrantAxes are the ranges and ticks of a quadrant's two axes.
type quadrantAxes struct {
	x0, x1 float64
	xt     []float64
	y0, y1 float64
	yt     []float64
}

// quadrantPlot draws what every quadrant of the verdicts has (the
// portfolio's and the comparison's) with the expectation gap on the y axis:
// see servicePlot.
func (w *svgWriter) quadrantPlot(q quadrantAxes, tol, width, bottom, gap float64, l calc.Locale, lb Labels) (frame, *placer) {
	return w.servicePlot(q, serviceAxis{title: lb.Gap, limit: -tol}, width, bottom, gap, l, lb)
}

// servicePlot draws the plot, from 24 down to bottom, with room on its
// left for the y axis; the verdicts' tints and names; the axes; and the
// lines of value 0 and of the service boundary, the latter labelled. A y
// tick closer than gap to that line is left out. It returns the plot's
// frame and a placer that knows the names, for the labels to come.
func (w *svgWriter) servicePlot(q quadrantAxes, sv serviceAxis, width, bottom, gap float64, l calc.Locale, lb Labels) (frame, *placer) {
	format := func(t float64) string { return l.FormatDecimal(t, scoreDigits) }
	widest := 0.0
	for _, t := range append(q.yt, sv.limit) {
		widest = math.Max(widest, textWidth(format(t), smallFontSize))
	}
	// Nothing is left of the plot above it or below it down to the x
	// axis's title: the y title may run from the top to there.
	titleFrom, titleTo := 4.0, bottom+xAxisRoom(lb.Value, width-110)-4
	area := box{yAxisRoom(widest, sv.title, titleTo-titleFrom), 24, width - 24, bottom}
	f := frame{area: area, x0: q.x0, x1: q.x1, y0: q.y0, y1: q.y1}
	w.quadrantTints(f, sv.limit)
	limit := f.y(sv.limit)
	w.drawAxes(f, axis{ticks: q.xt, format: format, title: lb.Value},
		axis{ticks: dropNear(q.yt, f.y, limit, gap), format: format, title: sv.title, titleFrom: titleFrom, titleTo: titleTo})
	w.line(f.x(0), area.y0, f.x(0), area.y1, "stroke", colorNeutral, "stroke-width", "1.5")
	w.line(area.x0, limit, area.x1, limit, "stroke", colorNeutral, "stroke-width", "1.5", "stroke-dasharray", "6 4")
	w.text(area.x0-8, limit+4, format(sv.limit), "text-anchor", "end",
		"font-weight", "bold", "font-size", num(smallFontSize))
	p := &placer{bounds: area}
	w.quadrantNames(area, lb, p)
	return f, p
}

// quadrantNames writes the verdict names in the corners of the plot.
func (w *svgWriter) quadrantNames(a box, lb Labels, p *placer) {
	// On a narrow plot the names on the right go one line further in
	// where they would run into those on the left.
	right := func(left, right calc.Verdict) float64 {
		wl, wr := textWidth(lb.verdictName(left), fontSize), textWidth(lb.verdictName(right), fontSize)
		if a.x1-a.x0 < (wl+wr)*1.1+30 {
			return titleLine
		}
		return 0
	}
	names := []struct {
		x, y   float64
		anchor string
		v      calc.Verdict
	}{
		{a.x1 - 10, a.y0 + 20 + right(calc.Indifferent, calc.Ambassador), "end", calc.Ambassador},
		{a.x1 - 10, a.y1 - 12 - right(calc.Defector, calc.Vulnerable), "end", calc.Vulnerable},
		{a.x0 + 10, a.y0 + 20, "start", calc.Indifferent},
		{a.x0 + 10, a.y1 - 12, "start", calc.Defector},
	}
	for _, n := range names {
		text := lb.verdictName(n.v)
		p.placed = append(p.placed, textBox(n.x, n.y, textWidth(text, fontSize)*1.1, fontSize, n.anchor))
		w.label(n.x, n.y, text, "text-anchor", n.anchor, "fill", verdictColor(n.v), "font-weight", "bold")
	}
}

func quadrantBubbles(s *calc.Scenario, r calc.Report, sv serviceAxis, l calc.Locale, lb Labels) []bubble {
	var bs []bubble
	for i := range r.Segments {
		sr := &r.Segments[i]
		y := sv.of(sr)
		if sr.Value == nil || y == nil || !finite(*sr.Value) || !finite(*y) {
			continue
		}
		customers := segmentCustomers(s, i)
		bs = append(bs, bubble{
			x: *sr.Value, y: *y, customers: customers,
			color: verdictColor(sr.Verdict), name: sr.Name,
			tip: sr.Name + " — " + lb.Value + " " + optional(l, sr.Value, lb) +
				", " + sv.title + " " + optional(l, y, lb) +
				", " + lb.Customers + " " + count(l, customers) + ", " + lb.verdictName(sr.Verdict),
		})
	}
	return bs
}

// quadrantTable lists every segment with its value, service figure and
// verdict.
func quadrantTable(s *calc.Scenario, r calc.Report, sv serviceAxis, l calc.Locale, lb Labels) Table {
	t := Table{
		Caption: lb.QuadrantTitle,
		Head:    []string{lb.Segment, lb.Customers, lb.Value, sv.title, lb.Verdict},
		Rows:    make([][]string, 0, len(r.Segments)),
	}
	for i := range r.Segments {
		sr := &r.Segments[i]
		t.Rows = append(t.Rows, []string{
			sr.Name, count(l, segmentCustomers(s, i)),
			optional(l, sr.Value, lb), optional(l, sv.of(sr), lb), lb.verdictName(sr.Verdict),
		})
	}
	return t
}
