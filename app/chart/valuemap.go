package chart

import (
	"math"

	"github.com/klantwaarde/klantwaarde/calc"
)

// Layout of the value map, in viewBox units: a square plot, so that the
// fair-value diagonal runs at 45°, no larger than valueMapMaxSide.
const (
	valueMapRight   = 20.0
	valueMapMaxSide = 560.0
)

// The rating scale with half a point of room around it, so that bubbles at
// 1 or 10 stay on the chart.
const (
	scaleLow  = calc.MinRating - 0.5
	scaleHigh = calc.MaxRating + 0.5
)

// ValueMap draws every segment whose benefit and sacrifice scores are
// defined at x = sacrifice score and y = benefit score (SPEC §3.1), with
// the fair-value diagonal where benefits equal sacrifices: above it the
// customer gets more than they give. Bubble areas are proportional to
// customers; colours follow the verdict.
func ValueMap(s *calc.Scenario, r calc.Report, l calc.Locale, lb Labels, width float64) Chart {
	return ValueMapFocus(s, r, l, lb, width, -1)
}

// ValueMapFocus is ValueMap with segment focus drawn in its colour and
// named, and the other segments in grey without names: where one segment
// stands among the others. A focus out of range draws them all alike.
func ValueMapFocus(s *calc.Scenario, r calc.Report, l calc.Locale, lb Labels, width float64, focus int) Chart {
	width = drawWidth(width)
	c := Chart{Title: lb.ValueMapTitle, Table: valueMapTable(s, r, l, lb)}
	bs, verdicts := valueMapBubbles(s, r, l, lb, focus)
	w := &svgWriter{}
	top := 24.0
	if len(verdicts) > 0 {
		top = w.legend(16, 24, width-16, verdictLegend(verdicts, lb)) + 28
	}
	ticks := linearTicks(calc.MinRating, calc.MaxRating, 1)
	left := yAxisRoom(textWidth("10", smallFontSize), lb.Benefits, width-100)
	side := math.Min(width-left-valueMapRight, valueMapMaxSide)
	area := box{left, top, left + side, top + side}
	f := frame{area: area, x0: scaleLow, x1: scaleHigh, y0: scaleLow, y1: scaleHigh}
	w.elem("path", "d", "M"+num(area.x0)+" "+num(area.y1)+"V"+num(area.y0)+"H"+num(area.x1)+"Z",
		"fill", colorBrand, "fill-opacity", "0.06")
	format := func(t float64) string { return l.FormatDecimal(t, 0) }
	w.drawAxes(f, axis{ticks: ticks, format: format, title: lb.Sacrifices}, axis{ticks: ticks, format: format, title: lb.Benefits})
	w.line(f.x(scaleLow), f.y(scaleLow), f.x(scaleHigh), f.y(scaleHigh),
		"stroke", colorBrand, "stroke-width", "2", "stroke-dasharray", "6 4")
	p := &placer{bounds: area}
	more := lines(lb.MoreValue, fontSize, side/2)
	for i, ln := range more {
		y := area.y0 + 20 + titleLine*float64(i)
		p.placed = append(p.placed, textBox(area.x0+10, y, textWidth(ln, fontSize), fontSize, "start"))
		w.label(area.x0+10, y, ln, "fill", colorBrand)
	}
	// The diagonal's name goes over the bubbles, but bubble names avoid it.
	over := &svgWriter{}
	over.diagonalLabel(f, lb.FairValue, p)
	w.drawBubbles(f, bs, p)
	w.b.WriteString(over.b.String())
	if len(bs) == 0 {
		w.noData(box{area.x0, area.y0 + 40, area.x1, area.y1}, lb.NoData)
	}
	c.SVG = w.document("valuemap", "kw-valuemap", width, area.y1+xAxisRoom(lb.Sacrifices, side), c.Title, lb.ValueMapDesc)
	return c
}

// diagonalLabel writes text along the fair-value diagonal, just above it
// near its top end, and keeps bubble names off it.
func (w *svgWriter) diagonalLabel(f frame, text string, p *placer) {
	// The plot is square, so the diagonal rises at 45°.
	const cos45 = math.Sqrt2 / 2
	x, y := f.x(calc.MaxRating), f.y(calc.MaxRating)
	w.label(x, y-6, text, "text-anchor", "end", "fill", colorBrand, "font-size", num(smallFontSize),
		"transform", "rotate(-45 "+num(x)+" "+num(y)+")")
	tw := textWidth(text, smallFontSize)
	for t := 0.0; t < tw; t += 8 {
		// A point along the text, lifted off the line to its middle.
		px, py := x-(t+10)*cos45, y+(t-10)*cos45
		p.placed = append(p.placed, box{px - 5, py - 5, px + 5, py + 5})
	}
}

// valueMapBubbles returns the segments that have both scores, and the
// verdicts among them in the order of the legend.
func valueMapBubbles(s *calc.Scenario, r calc.Report, l calc.Locale, lb Labels, focus int) ([]bubble, []calc.Verdict) {
	focused := focus >= 0 && focus < len(r.Segments)
	var bs []bubble
	seen := make([]bool, len(calc.Verdicts)+1)
	for i, sr := range r.Segments {
		if sr.BenefitScore == nil || sr.SacrificeScore == nil {
			continue
		}
		customers := segmentCustomers(s, i)
		color, name := verdictColor(sr.Verdict), sr.Name
		if focused && i != focus {
			color, name = colorLine, ""
		}
		bs = append(bs, bubble{
			x: *sr.SacrificeScore, y: *sr.BenefitScore, customers: customers,
			color: color, name: name,
			tip: sr.Name + " — " + lb.Benefits + " " + optional(l, sr.BenefitScore, lb) +
				", " + lb.Sacrifices + " " + optional(l, sr.SacrificeScore, lb) +
				", " + lb.Customers + " " + count(l, customers) + ", " + lb.verdictName(sr.Verdict),
		})
		if !focused || i == focus {
			seen[verdictIndex(sr.Verdict)] = true
		}
	}
	var verdicts []calc.Verdict
	for i, v := range append(calc.Verdicts[:len(calc.Verdicts):len(calc.Verdicts)], calc.NoVerdict) {
		if seen[i] {
			verdicts = append(verdicts, v)
		}
	}
	return bs, verdicts
}

// verdictIndex is the place of v in calc.Verdicts, or after them for no
// verdict.
func verdictIndex(v calc.Verdict) int {
	for i, x := range calc.Verdicts {
		if x == v {
			return i
		}
	}
	return len(calc.Verdicts)
}

func verdictLegend(verdicts []calc.Verdict, lb Labels) []legendItem {
	items := make([]legendItem, len(verdicts))
	for i, v := range verdicts {
		items[i] = legendItem{circleSwatch(verdictColor(v)), lb.verdictName(v)}
	}
	return items
}

// segmentCustomers is the customers of segment i, 0 if s does not have it.
func segmentCustomers(s *calc.Scenario, i int) float64 {
	if s == nil || i >= len(s.Segments) || !finite(s.Segments[i].Customers) {
		return 0
	}
	return s.Segments[i].Customers
}

// valueMapTable lists every segment, also those the map cannot place.
func valueMapTable(s *calc.Scenario, r calc.Report, l calc.Locale, lb Labels) Table {
	t := Table{
		Caption: lb.ValueMapTitle,
		Head:    []string{lb.Segment, lb.Customers, lb.Benefits, lb.Sacrifices, lb.Value, lb.Verdict},
		Rows:    make([][]string, 0, len(r.Segments)),
	}
	for i, sr := range r.Segments {
		t.Rows = append(t.Rows, []string{
			sr.Name, count(l, segmentCustomers(s, i)),
			optional(l, sr.BenefitScore, lb), optional(l, sr.SacrificeScore, lb),
			optional(l, sr.Value, lb), lb.verdictName(sr.Verdict),
		})
	}
	return t
}
