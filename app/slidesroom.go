package app

import (
	"math"
	"strconv"
	"strings"

	"github.com/klantwaarde/klantwaarde/app/chart"
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The room on the projector: after the portfolio, a slide per segment with
// responses, showing per criterion each participant's rating as a dot, the
// mean as a line, the spread as a band, and "divided" in words and colour
// where the room disagrees (calc.DisagreementSpread). Anonymous: the dots
// are in order of value, not of code. The slides follow the room as codes
// come in, in this tab or another.

// OnMount reads the room and listens for new codes.
func (p *Presenter) OnMount(ctx app.Context) {
	p.loadRoom()
	for _, event := range []string{"storage", roomChanged} {
		p.unlisten = append(p.unlisten, listenWindow(event, func(app.Value) {
			ctx.Dispatch(func(app.Context) { p.loadRoom() })
		}))
	}
}

// OnDismount stops listening.
func (p *Presenter) OnDismount() {
	for _, stop := range p.unlisten {
		stop()
	}
	p.unlisten = nil
}

func (p *Presenter) loadRoom() {
	if p.RoomKey != "" && p.Scenario != nil {
		p.room = p.Store.roomAggregates(p.RoomKey, p.Scenario)
	}
}

func (p *Presenter) roomSlide(sa calc.SegmentAggregate) app.UI {
	l := p.Locale
	groupNames := strings.Split(i18n.RoomGroupWords.In(l), "|")
	var groups []app.UI
	var fit roomFit
	for gi, group := range []string{calc.GroupBenefits, calc.GroupSacrifices, calc.GroupDimensions} {
		var rows [][]calc.RatingAggregate
		for _, ra := range sa.Ratings {
			if ra.Group != group {
				continue
			}
			if n := len(rows); n > 0 && rows[n-1][0].ID == ra.ID {
				rows[n-1] = append(rows[n-1], ra)
			} else {
				rows = append(rows, []calc.RatingAggregate{ra})
			}
		}
		if len(rows) == 0 {
			continue
		}
		groups = append(groups, p.roomGroup(sa.ID, groupNames[gi], rows))
		fit.add(groupNames[gi], rows)
	}
	return app.Section().Class("slide", "room-slide").DataSet("room-segment", sa.ID).DataSet("responses", sa.Responses).
		DataSet("room-rows", fit.rows).DataSet("room-heads", fit.heads).
		DataSet("room-cols", len(fit.divided)).DataSet("room-text", strconv.FormatFloat(fit.textEm(l), 'f', 2, 64)).Body(
		app.H2().Text(i18n.RoomSlideTitle.F(l, sa.Name)),
		app.P().Class("room-n").Text(i18n.RoomSlideN.F(l, sa.Responses)),
		app.P().Class("room-help").Text(i18n.RoomSlideHelp.In(l)),
		app.Div().Class("room-fit").Body(app.Table().Class("room-table").Body(groups...)),
	)
}

// roomFit is what the stylesheet needs to fit the room's table to the
// screen (web/app.css, .room-fit): the rows share the height, and the
// scales the width left beside the texts. It goes in data attributes, as
// the page's Content-Security-Policy allows no style attributes.
type roomFit struct {
	rows, heads int
	// name is the widest name of a row or group, in em.
	name float64
	// divided is, per rating column, whether a cell of it says so.
	divided []bool
}

// add counts a group of rows under its name.
func (f *roomFit) add(group string, rows [][]calc.RatingAggregate) {
	f.heads++
	f.rows += len(rows)
	f.name = math.Max(f.name, chart.TextWidth(group, 1)*1.1) // bold
	for _, row := range rows {
		f.name = math.Max(f.name, chart.TextWidth(row[0].Name, 1))
		for k, ra := range row {
			if k == len(f.divided) {
				f.divided = append(f.divided, false)
			}
			f.divided[k] = f.divided[k] || ra.Disagreement
		}
	}
}

// textEm is the width of everything but the scales, in em: the names,
// and per column its padding, the mean and, where a cell is divided, the
// word saying so.
func (f *roomFit) textEm(l calc.Locale) float64 {
	const padding, mean = 1.0, 0.3 + 2.0
	divided := 0.4 + chart.TextWidth("▲ "+i18n.RoomDivided.In(l), 1)*1.1 // bold
	em := f.name + padding
	for _, d := range f.divided {
		em += padding + mean
		if d {
			em += divided
		}
	}
	return em
}

// roomGroup draws the rows of one group of criteria under a row naming
// their ratings. Every criterion of a group has the same ratings, in the
// order of calc's aggregates (for quality dimensions
// calc.DimensionRatings: expected, or minimum and desired, and
// experienced), so the first row names the columns.
func (p *Presenter) roomGroup(segment, name string, rows [][]calc.RatingAggregate) app.UI {
	l := p.Locale
	head := []app.UI{app.Th().Scope("col").Text(name)}
	for _, ra := range rows[0] {
		head = append(head, app.Th().Scope("col").Text(ratingNames[ra.Rating].In(l)))
	}
	return app.TBody().Body(
		app.Tr().Class("room-head").Body(head...),
		app.Range(rows).Slice(func(i int) app.UI {
			cells := []app.UI{app.Th().Scope("row").Text(rows[i][0].Name)}
			for _, ra := range rows[i] {
				cells = append(cells, p.roomCell(segment, ra))
			}
			return app.Tr().Body(cells...)
		}),
	)
}

// roomCell draws one rating: the dots, the mean and the band.
func (p *Presenter) roomCell(segment string, ra calc.RatingAggregate) app.UI {
	l := p.Locale
	td := app.Td().Class("room-cell").DataSet("room-rating", ra.Key(segment)).
		DataSet("n", ra.N).DataSet("disagreement", strconv.FormatBool(ra.Disagreement))
	if ra.N == 0 {
		return td.Text("–")
	}
	if ra.Disagreement {
		td = td.Class("divided")
	}
	label := i18n.RoomCellLabel.F(l, ra.Name, ratingNames[ra.Rating].In(l), ra.N,
		l.FormatDecimal(ra.Mean, 1), l.FormatDecimal(ra.Min, 1), l.FormatDecimal(ra.Max, 1))
	var divided app.UI
	if ra.Disagreement {
		divided = app.Strong().Class("room-divided").Text("▲ " + i18n.RoomDivided.In(l))
	}
	return td.Body(
		app.Div().Class("room-scale").Attr("role", "img").Aria("label", label).Body(app.Raw(roomSVG(ra))),
		app.Span().Class("room-mean-value").Text(l.FormatDecimal(ra.Mean, 1)),
		divided,
	)
}

// roomPad is the room left and right of a rating's scale, in per cent of
// its width.
const roomPad = 3.0

// roomSVG draws a rating on its scale (weights 0–5, marks 1–10). It is
// drawn in per cent of its box, so the stylesheet sizes it to the place
// the slide has (web/app.css, .room-scale), and its dots keep their size.
func roomSVG(ra calc.RatingAggregate) string {
	lo, hi := calc.MinRating, calc.MaxRating
	if ra.Rating == calc.RatingWeight {
		lo, hi = 0, calc.MaxUIWeight
	}
	pct := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) + "%" }
	x := func(v float64) string {
		return pct(roomPad + (v-float64(lo))/float64(hi-lo)*(100-2*roomPad))
	}
	var b strings.Builder
	b.WriteString(`<svg class="room-svg" aria-hidden="true" focusable="false">`)
	b.WriteString(`<line class="room-axis" x1="` + x(float64(lo)) + `" x2="` + x(float64(hi)) + `" y1="50%" y2="50%"/>`)
	b.WriteString(`<rect class="room-band" x="` + x(ra.Min) + `" width="` +
		pct((ra.Max-ra.Min)/float64(hi-lo)*(100-2*roomPad)) + `" y="20%" height="60%" rx="6"/>`)
	// Equal answers stack up and down from the middle.
	offsets := []float64{0, -19, 19, -38, 38}
	for i, v := range ra.Values {
		k := 0
		for i-k-1 >= 0 && ra.Values[i-k-1] == v {
			k++
		}
		b.WriteString(`<circle class="room-dot" cx="` + x(v) + `" cy="` + pct(50+offsets[k%len(offsets)]) + `" r="6"/>`)
	}
	b.WriteString(`<line class="room-mean" x1="` + x(ra.Mean) + `" x2="` + x(ra.Mean) + `" y1="4%" y2="96%"/>`)
	b.WriteString(`</svg>`)
	return b.String()
}
