package chart

import (
	"math"
	"strconv"

	"github.com/klantwaarde/klantwaarde/calc"
)

// gapLayout places the parts of a gap profile, in viewBox units. Wide
// drawings put each dimension's name left of its 1–10 track and the
// status right of it; narrow ones put the name and the status on a line
// above the track, so that the track keeps its room.
type gapLayout struct {
	width           float64
	nameRight       float64 // where the names end (wide) or start (narrow)
	trackL, trackR  float64
	rowHeight       float64
	stacked         bool
	nameWidth       float64 // the room for a name
	nameDY, trackDY float64 // baselines of the name and middle of the track, from the row's top
}

// gapStackBelow is the width under which names go above the tracks.
const gapStackBelow = 520.0

// gapLineGap is the distance between the lines of a name on two lines.
const gapLineGap = 15.0

// twoLineNames makes the rows of a stacked layout tall enough for names
// on two lines above their tracks, when any of rows needs them.
func (g gapLayout) twoLineNames(rows []gapRow) gapLayout {
	if !g.stacked {
		return g
	}
	for _, row := range rows {
		if len(twoLines(row.name, fontSize, g.nameWidth)) == 2 {
			g.rowHeight += gapLineGap
			g.trackDY += gapLineGap
			return g
		}
	}
	return g
}

// gapLayoutFor lays out a profile width wide whose widest status word is
// statusWidth wide.
func gapLayoutFor(width, statusWidth float64) gapLayout {
	if width < gapStackBelow {
		return gapLayout{width: width, nameRight: 16, trackL: 24, trackR: width - 24, rowHeight: 56,
			stacked: true, nameWidth: width - 48 - statusWidth, nameDY: 18, trackDY: 38}
	}
	right := clamp(width*0.34, 170, 280)
	return gapLayout{width: width, nameRight: right, trackL: right + 14, trackR: width - 32 - math.Max(statusWidth, 52), rowHeight: 36,
		nameWidth: right - 16, nameDY: 22, trackDY: 18}
}

// gapRow is one quality dimension of one segment: what was typed and what
// calc made of it.
type gapRow struct {
	name                  string
	expected, experienced *float64
	twoLevel              bool        // the zone is [adequate, desired]
	zone                  *[2]float64 // calc's zone [lo, hi]; nil without one
	gap                   *float64
	status                calc.Status
}

// rated reports whether the row has a zone and an experienced level: a
// mark to draw in a band.
func (row gapRow) rated() bool {
	return row.zone != nil && row.experienced != nil && row.status != ""
}

// GapProfile draws segment i's quality dimensions in scenario order: per
// dimension its zone of tolerance as calc gives it (shaded; a two-level
// zone from the minimum to the desired level has its edges drawn), the
// expected service where given (a bar) and the experienced service (a dot
// coloured by status), with the status in words at the end of the row.
// Rows below the zone are highlighted; unrated dimensions say so. An index
// out of range gives an empty chart.
func GapProfile(s *calc.Scenario, r calc.Report, i int, l calc.Locale, lb Labels, width float64) Chart {
	rows, name, ok := gapRows(s, r, i)
	statusWidth := 0.0
	for _, row := range rows {
		if row.rated() {
			statusWidth = math.Max(statusWidth, textWidth(lb.statusName(row.status), fontSize))
		}
	}
	g := gapLayoutFor(drawWidth(width), statusWidth).twoLineNames(rows)
	title := lb.GapProfileTitle
	if ok {
		title = titled(title, name)
	}
	c := Chart{Title: title, Table: gapTable(rows, title, l, lb)}
	tol := tolerance(s)
	w := &svgWriter{}
	top := w.legend(16, 24, g.width-16, gapLegend(rows, tol, l, lb)) + 38
	area := box{g.trackL, top, g.trackR, top + g.rowHeight*float64(len(rows))}
	f := frame{area: area, x0: calc.MinRating, x1: calc.MaxRating}
	if len(rows) == 0 {
		area.y1 = top + 3*g.rowHeight
		w.noData(box{0, top, g.width, area.y1}, lb.NoData)
	} else {
		// A long profile repeats the scale below it.
		if len(rows) > 6 {
			area.y1 += 22
			w.gapScale(f, area.y1+10)
		}
		w.gapScale(f, top-10)
		for t := calc.MinRating; t <= calc.MaxRating; t++ {
			w.line(f.x(t), top-4, f.x(t), area.y1-4, "stroke", colorLine)
		}
		for k, row := range rows {
			w.gapRow(g, f, top+g.rowHeight*float64(k), row, lb)
		}
	}
	id := "kw-gapprofile-" + strconv.Itoa(i)
	c.SVG = w.document("gapprofile", id, g.width, area.y1+18, c.Title, lb.GapProfileDesc)
	return c
}

// gapScale writes the numbers of the rating scale on the baseline y.
func (w *svgWriter) gapScale(f frame, y float64) {
	for t := calc.MinRating; t <= calc.MaxRating; t++ {
		w.text(f.x(t), y, strconv.Itoa(int(t)), "text-anchor", "middle", "fill", colorNeutral, "font-size", num(smallFontSize))
	}
}

// gapRows collects segment i's dimensions and its name; false if i is out
// of range.
func gapRows(s *calc.Scenario, r calc.Report, i int) ([]gapRow, string, bool) {
	if s == nil || i < 0 || i >= len(r.Segments) || i >= len(s.Segments) {
		return nil, "", false
	}
	sr, sg := r.Segments[i], &s.Segments[i]
	rows := make([]gapRow, len(s.Dimensions))
	for k, d := range s.Dimensions {
		rows[k].name = d.Name
		q := sg.Quality[d.ID]
		rows[k].expected, rows[k].experienced, rows[k].twoLevel = q.Expected, q.Experienced, q.TwoLevel()
		for _, dr := range sr.Dimensions {
			if dr.ID == d.ID {
				rows[k].gap, rows[k].status, rows[k].zone = dr.Gap, dr.Status, dr.Zone
				break
			}
		}
	}
	return rows, sr.Name, true
}

// statusColor is the colour of an experienced service with status st.
func statusColor(st calc.Status) string {
	switch st {
	case calc.Below:
		return colorDefector
	case calc.Above:
		return colorAmbassador
	case calc.Within:
		return colorBrand
	}
	return colorNeutral
}

// gapRow draws one dimension in the band starting at y0.
func (w *svgWriter) gapRow(g gapLayout, f frame, y0 float64, row gapRow, lb Labels) {
	mid := y0 + g.trackDY
	below := row.status == calc.Below
	nameAttrs := []string{"text-anchor", "end"}
	if g.stacked {
		nameAttrs[1] = "start"
	}
	if below {
		w.rect(8, y0+2, g.width-16, g.rowHeight-4, "fill", colorDefector, "fill-opacity", "0.08")
		nameAttrs = append(nameAttrs, "fill", colorDefector, "font-weight", "bold")
	}
	// A long name takes two lines rather than being cut: above and below
	// the track's line when the name stands beside it, or two lines above
	// the track in a row made taller for them (gapLayout.twoLineNames).
	names := twoLines(row.name, fontSize, g.nameWidth)
	y := y0 + g.nameDY
	if len(names) == 2 && !g.stacked {
		y -= gapLineGap / 2
	}
	w.open("text", append([]string{"x", num(g.nameRight), "y", num(y)}, nameAttrs...)...)
	w.b.WriteString(esc(names[0]))
	if len(names) == 2 {
		w.open("tspan", "x", num(g.nameRight), "dy", num(gapLineGap))
		w.b.WriteString(esc(names[1]))
		w.close("tspan")
	}
	if names[len(names)-1] != row.name {
		w.open("title")
		w.b.WriteString(esc(row.name))
		w.close("title")
	}
	w.close("text")
	if !row.rated() {
		w.label((f.area.x0+f.area.x1)/2, mid+5, lb.NotRated, "text-anchor", "middle", "fill", colorNeutral, "font-style", "italic")
		return
	}
	lo, hi := clamp(row.zone[0], calc.MinRating, calc.MaxRating), clamp(row.zone[1], calc.MinRating, calc.MaxRating)
	p := clamp(*row.experienced, calc.MinRating, calc.MaxRating)
	w.zoneBand(f.x(lo), f.x(hi), mid, row.twoLevel)
	color := statusColor(row.status)
	// The line runs from what was expected, or else from the edge of the
	// zone that the experienced service missed, to the experienced service.
	from := p
	switch {
	case row.expected != nil:
		from = clamp(*row.expected, calc.MinRating, calc.MaxRating)
	case row.status == calc.Below:
		from = lo
	case row.status == calc.Above:
		from = hi
	}
	w.line(f.x(from), mid, f.x(p), mid, "stroke", color, "stroke-width", "2")
	if row.expected != nil {
		w.line(f.x(from), mid-11, f.x(from), mid+11, "stroke", colorInk, "stroke-width", "3")
	}
	w.circle(f.x(p), mid, 6.5, "", "fill", color, "stroke", colorWhite, "stroke-width", "1.5")
	statusAttrs := []string{"text-anchor", "end", "fill", color}
	if below {
		statusAttrs = append(statusAttrs, "font-weight", "bold")
	}
	w.text(g.width-16, y0+g.nameDY, lb.statusName(row.status), statusAttrs...)
}

// zoneBand shades a zone from x0 to x1 around the track's middle; a
// two-level zone has its minimum and desired edges drawn, so that it reads
// as two levels and not as a tolerance around one.
func (w *svgWriter) zoneBand(x0, x1, mid float64, twoLevel bool) {
	w.rect(x0, mid-10, x1-x0, 20, "fill", colorBrand, "fill-opacity", "0.18")
	if twoLevel {
		w.line(x0, mid-10, x0, mid+10, "stroke", colorBrand, "stroke-width", "2")
		w.line(x1, mid-10, x1, mid+10, "stroke", colorBrand, "stroke-width", "2")
	}
}

// signed formats a gap with its sign: +1, 0, -2,5.
func signed(l calc.Locale, x float64) string {
	s := l.FormatDecimal(x, scoreDigits)
	if x > 0 && s != l.FormatDecimal(0, scoreDigits) {
		s = "+" + s
	}
	return s
}

// gapLegend explains the marks the rows use: the expected bar and the
// tolerance around it where a row's zone is one-level, the zone from
// minimum to desired where one is two-level.
func gapLegend(rows []gapRow, tol float64, l calc.Locale, lb Labels) []legendItem {
	oneLevel, twoLevel := false, false
	for _, row := range rows {
		oneLevel = oneLevel || row.zone != nil && !row.twoLevel
		twoLevel = twoLevel || row.twoLevel
	}
	// A profile without any zone yet explains the one-level marks.
	oneLevel = oneLevel || !twoLevel
	var items []legendItem
	if oneLevel {
		items = append(items, legendItem{func(w *svgWriter, x, y float64) {
			w.line(x+6, y-12, x+6, y+2, "stroke", colorInk, "stroke-width", "3")
		}, lb.Expected})
	}
	items = append(items, legendItem{func(w *svgWriter, x, y float64) {
		w.circle(x+6, y-4, 6, "", "fill", colorBrand)
	}, lb.Experienced})
	if oneLevel {
		items = append(items, legendItem{func(w *svgWriter, x, y float64) {
			w.rect(x, y-11, 13, 14, "fill", colorBrand, "fill-opacity", "0.18")
		}, lb.ToleranceZone + " (±" + l.FormatDecimal(tol, scoreDigits) + ")"})
	}
	if twoLevel {
		items = append(items, legendItem{func(w *svgWriter, x, y float64) {
			w.zoneBand(x, x+13, y-4, true)
		}, lb.LevelZone})
	}
	return append(items, legendItem{func(w *svgWriter, x, y float64) {
		w.rect(x, y-11, 13, 14, "fill", colorDefector, "fill-opacity", "0.15")
		w.circle(x+6.5, y-4, 4, "", "fill", colorDefector)
	}, lb.Below})
}

// gapTable lists every dimension with full names: what was expected where
// any dimension has it, the zone, the experienced level, the gap where any
// dimension has one, and the status in words.
func gapTable(rows []gapRow, caption string, l calc.Locale, lb Labels) Table {
	expected, gap := false, false
	for _, row := range rows {
		expected, gap = expected || row.expected != nil, gap || row.gap != nil
	}
	t := Table{Caption: caption, Head: []string{lb.Dimension}, Rows: make([][]string, 0, len(rows))}
	if expected || len(rows) == 0 {
		t.Head = append(t.Head, lb.Expected)
	}
	t.Head = append(t.Head, lb.Zone, lb.Experienced)
	if gap || len(rows) == 0 {
		t.Head = append(t.Head, lb.Gap)
	}
	t.Head = append(t.Head, lb.Status)
	for _, row := range rows {
		cells := []string{row.name}
		if expected {
			cells = append(cells, optional(l, row.expected, lb))
		}
		zone := lb.undefined()
		if row.zone != nil {
			zone = l.FormatDecimal(row.zone[0], scoreDigits) + "–" + l.FormatDecimal(row.zone[1], scoreDigits)
		}
		cells = append(cells, zone, optional(l, row.experienced, lb))
		if gap {
			g := lb.undefined()
			if row.gap != nil {
				g = signed(l, *row.gap)
			}
			cells = append(cells, g)
		}
		t.Rows = append(t.Rows, append(cells, lb.statusName(row.status)))
	}
	return t
}
