package chart

import (
	"math"
	"strconv"
	"strings"

	"github.com/klantwaarde/klantwaarde/calc"
)

// Layout of the lifetime curve, in viewBox units: its height against
// its width.
const (
	lifetimeAspect    = 0.6
	lifetimeMinHeight = 320.0
	lifetimeMaxHeight = 520.0
	// retentionSteps is the number of whole retention points the curve
	// and the table run to: 0 % … 99 % (calc.MaxRetentionCap).
	retentionSteps = 99
)

// lifetime holds what the curve of one segment is drawn from: calc's
// inputs of the lifetime value, and the retention today and with the
// uplift where the curve marks them.
type lifetime struct {
	name, currency string
	calc.Lifetime
	now, uplifted float64
}

func (lt lifetime) clv(r float64) float64 { return lt.CLV(r) }

// LifetimeCurve draws the lifetime value of one customer of segment i
// against retention from 0 to 99 % (calc.CLV, SPEC §3.1), with the current
// retention and the uplifted retention min(r + uplift, 99 %) marked and
// labelled with their lifetime values. An index out of range, or a
// segment without revenue or margin, gives an empty chart that says so.
func LifetimeCurve(s *calc.Scenario, r calc.Report, i int, l calc.Locale, lb Labels, width float64) Chart {
	width = drawWidth(width)
	height := clamp(width*lifetimeAspect, lifetimeMinHeight, lifetimeMaxHeight)
	lt, ok := lifetimeOf(s, r, i)
	// Without a margin every retention is worth nothing: the curve would
	// lie on the axis with its labels piled up at the origin.
	if !ok || lt.Margin == 0 {
		title := lb.LifetimeTitle
		if ok {
			title = titled(title, lt.name)
		}
		w := &svgWriter{}
		w.noData(box{0, 0, width, height}, lb.NoData)
		return Chart{Title: title, Table: Table{Caption: title, Head: []string{lb.Retention, lb.CLV}},
			SVG: w.document("lifetime", "kw-lifetime-"+strconv.Itoa(i), width, height, title, lb.LifetimeDesc)}
	}
	c := Chart{Title: titled(lb.LifetimeTitle, lt.name), Table: lifetimeTable(lt, l, lb)}
	values := make([]float64, retentionSteps+1)
	lo, hi := 0.0, 0.0
	for k := range values {
		values[k] = finiteOr0(lt.clv(float64(k) / 100))
		lo, hi = math.Min(lo, values[k]), math.Max(hi, values[k])
	}
	if hi == lo {
		hi = lo + 1
	}
	y0, y1, yt := niceRange(lo, hi, 5)
	money := moneyTicks(l, lt.currency, yt)
	widest := 0.0
	for _, t := range yt {
		widest = math.Max(widest, textWidth(money(t), smallFontSize))
	}
	bottom := height - xAxisRoom(lb.Retention, width-120)
	left := math.Min(yAxisRoom(widest, lb.CLV, bottom-24), width/2)
	area := box{left, 24, width - 32, bottom}
	f := frame{area: area, x0: 0, x1: 100, y0: y0, y1: y1}
	// A tick label such as "100%" needs about 45 units.
	step := 10.0
	for _, s := range []float64{20, 25, 50} {
		if (area.x1-area.x0)*step/100 >= 45 {
			break
		}
		step = s
	}
	w := &svgWriter{}
	w.drawAxes(f, axis{ticks: linearTicks(0, 100, step), format: func(t float64) string { return l.FormatDecimal(t, 0) + "%" }, title: lb.Retention},
		axis{ticks: yt, format: money, title: lb.CLV})
	pts := make([]point, len(values))
	var d strings.Builder
	for k, v := range values {
		pts[k] = point{f.x(float64(k)), f.y(v)}
		d.WriteString(num(pts[k].x) + "," + num(pts[k].y) + " ")
	}
	w.elem("polyline", "points", strings.TrimSpace(d.String()), "fill", "none",
		"stroke", colorBrand, "stroke-width", "2.5", "stroke-linejoin", "round")
	w.lifetimeMarks(f, lt, pts, l, lb)
	c.SVG = w.document("lifetime", "kw-lifetime-"+strconv.Itoa(i), width, height, c.Title, lb.LifetimeDesc)
	return c
}

// lifetimeOf reads segment i; the current lifetime value equals the
// report's, as both come from calc.CLV with the same inputs.
func lifetimeOf(s *calc.Scenario, r calc.Report, i int) (lifetime, bool) {
	if s == nil || i < 0 || i >= len(s.Segments) || i >= len(r.Segments) {
		return lifetime{}, false
	}
	lt := calc.LifetimeOf(s.Settings, &s.Segments[i])
	// calc's inputs are kept inside the chart's axes: a scenario that
	// did not validate must still draw, not spread NaN over the page.
	lt.Margin = finiteOr0(lt.Margin)
	lt.Discount = clamp(finiteOr0(lt.Discount), 0, 1)
	return lifetime{
		name:     r.Segments[i].Name,
		currency: s.Currency,
		Lifetime: lt,
		now:      clamp(finiteOr0(lt.Retention), 0, calc.MaxRetentionCap),
		uplifted: clamp(finiteOr0(lt.Uplifted), 0, calc.MaxRetentionCap),
	}, true
}

func finiteOr0(x float64) float64 {
	if !finite(x) {
		return 0
	}
	return x
}

// moneyTicks formats axis amounts, without cents when the ticks are whole.
func moneyTicks(l calc.Locale, currency string, ticks []float64) func(float64) string {
	whole := true
	for _, t := range ticks {
		whole = whole && t == math.Trunc(t)
	}
	cents := l.FormatFixed(0, 2)[1:] // ",00" or ".00"
	return func(t float64) string {
		s := l.FormatMoney(t, currency)
		if whole {
			s = strings.TrimSuffix(s, cents)
		}
		return s
	}
}

// point is a position in viewBox units.
type point struct{ x, y float64 }

// lifetimeMarks writes the current and uplifted points, each with a drop
// line to the retention axis and a label that avoids the curve.
func (w *svgWriter) lifetimeMarks(f frame, lt lifetime, curve []point, l calc.Locale, lb Labels) {
	marks := []struct {
		r     float64
		name  string
		color string
	}{
		{lt.now, lb.Current, colorNeutral},
		{lt.uplifted, lb.Uplifted, colorAmbassador},
	}
	p := &placer{bounds: box{f.area.x0 + 4, f.area.y0, f.area.x1, f.area.y1 - 4}, blocked: func(b box) bool { return crosses(curve, b) }}
	for _, m := range marks {
		x, y := f.x(100*m.r), f.y(lt.clv(m.r))
		p.placed = append(p.placed, box{x - 8, y - 8, x + 8, y + 8}, box{x - 2, y, x + 2, f.area.y1})
	}
	for _, m := range marks {
		x, y := f.x(100*m.r), f.y(lt.clv(m.r))
		w.line(x, y, x, f.area.y1, "stroke", m.color, "stroke-width", "1.5", "stroke-dasharray", "3 3")
		w.circle(x, y, 6.5, "", "fill", m.color, "stroke", colorWhite, "stroke-width", "2")
		// A label too wide for the plot goes on two lines: the point, then
		// its value.
		parts := []string{m.name + " (" + percent(l, m.r) + "): " + l.FormatMoney(lt.clv(m.r), lt.currency)}
		if textWidth(parts[0], fontSize) > 0.45*(f.area.x1-f.area.x0) {
			parts = []string{m.name + " (" + percent(l, m.r) + "):", l.FormatMoney(lt.clv(m.r), lt.currency)}
		}
		tw := 0.0
		for _, part := range parts {
			tw = math.Max(tw, textWidth(part, fontSize))
		}
		var spots []spot
		for dy := 0.0; dy <= 180; dy += 18 {
			spots = append(spots, spot{x + 10, y + 20 + dy, "start"}, spot{x - 10, y - 10 - dy - lineGap(len(parts)), "end"},
				spot{x + 10, y - 10 - dy - lineGap(len(parts)), "start"}, spot{x - 10, y + 20 + dy, "end"})
		}
		// On a narrow plot, the empty top left corner.
		for dy := 0.0; dy <= 90; dy += 18 {
			spots = append(spots, spot{f.area.x0 + 10, f.area.y0 + 20 + dy, "start"})
		}
		s, ok := p.placeLines(spots, tw, fontSize, len(parts))
		if !ok {
			s = spot{clamp(x+10, f.area.x0+4, f.area.x1-tw), clamp(y-10, f.area.y0+14, f.area.y1-6), "start"}
		}
		for k, part := range parts {
			w.label(s.x, s.y+lineGap(k+1), part, "text-anchor", s.anchor, "fill", m.color, "font-weight", "bold")
		}
	}
}

// lineGap is how far the last of n lines is below the first.
func lineGap(n int) float64 { return float64(n-1) * fontSize * 1.25 }

// crosses reports whether the polyline passes through b.
func crosses(pts []point, b box) bool {
	for k := 1; k < len(pts); k++ {
		a, c := pts[k-1], pts[k]
		for t := 0.0; t <= 1; t += 0.125 {
			x, y := a.x+(c.x-a.x)*t, a.y+(c.y-a.y)*t
			if x >= b.x0-2 && x <= b.x1+2 && y >= b.y0-2 && y <= b.y1+2 {
				return true
			}
		}
	}
	return false
}

// lifetimeTable gives the lifetime value at every tenth retention point
// and at 99 %, with the current and uplifted retention among them.
func lifetimeTable(lt lifetime, l calc.Locale, lb Labels) Table {
	t := Table{Caption: titled(lb.LifetimeTitle, lt.name), Head: []string{lb.Retention, lb.CLV}}
	type row struct {
		r     float64
		notes []string
	}
	var rows []row
	for k := 0; k <= retentionSteps; k += 10 {
		rows = append(rows, row{r: float64(k) / 100})
	}
	rows = append(rows, row{r: retentionSteps / 100.0},
		row{lt.now, []string{lb.Current}}, row{lt.uplifted, []string{lb.Uplifted}})
	for i := range rows { // insertion sort, stable
		for j := i; j > 0 && rows[j-1].r > rows[j].r; j-- {
			rows[j-1], rows[j] = rows[j], rows[j-1]
		}
	}
	merged := rows[:1]
	for _, rw := range rows[1:] {
		last := &merged[len(merged)-1]
		if math.Abs(rw.r-last.r) < 1e-9 {
			last.notes = append(last.notes, rw.notes...)
			continue
		}
		merged = append(merged, rw)
	}
	for _, rw := range merged {
		cell := percent(l, rw.r)
		if len(rw.notes) > 0 {
			cell += " (" + strings.Join(rw.notes, ", ") + ")"
		}
		t.Rows = append(t.Rows, []string{cell, l.FormatMoney(lt.clv(rw.r), lt.currency)})
	}
	return t
}
