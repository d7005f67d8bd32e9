package app

import (
	"strconv"
	"strings"

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
		p.room = roomAggregates(p.RoomKey, p.Scenario)
	}
}

func (p *Presenter) roomSlide(sa calc.SegmentAggregate) app.UI {
	l := p.Locale
	groupNames := strings.Split(i18n.RoomGroupWords.In(l), "|")
	var groups []app.UI
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
	}
	return app.Section().Class("slide", "room-slide").DataSet("room-segment", sa.ID).DataSet("responses", sa.Responses).Body(
		app.H2().Text(i18n.RoomSlideTitle.F(l, sa.Name)),
		app.P().Class("room-n").Text(i18n.RoomSlideN.F(l, sa.Responses)),
		app.P().Class("room-help").Text(i18n.RoomSlideHelp.In(l)),
		app.Table().Class("room-table").Body(groups...),
	)
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

// The drawing of one rating, in viewBox units.
const (
	roomW, roomH = 300, 48
	roomPad      = 10
)

// roomSVG draws a rating on its scale (weights 0–5, marks 1–10).
func roomSVG(ra calc.RatingAggregate) string {
	lo, hi := calc.MinRating, calc.MaxRating
	if ra.Rating == calc.RatingWeight {
		lo, hi = 0, calc.MaxUIWeight
	}
	x := func(v float64) string {
		return strconv.FormatFloat(roomPad+(v-float64(lo))/float64(hi-lo)*(roomW-2*roomPad), 'f', 1, 64)
	}
	var b strings.Builder
	b.WriteString(`<svg class="room-svg" viewBox="0 0 300 48" aria-hidden="true" focusable="false">`)
	b.WriteString(`<line class="room-axis" x1="` + x(float64(lo)) + `" x2="` + x(float64(hi)) + `" y1="24" y2="24"/>`)
	b.WriteString(`<rect class="room-band" x="` + x(ra.Min) + `" width="` +
		strconv.FormatFloat((ra.Max-ra.Min)/float64(hi-lo)*(roomW-2*roomPad), 'f', 1, 64) + `" y="10" height="28" rx="6"/>`)
	// Equal answers stack up and down from the middle.
	offsets := []int{0, -9, 9, -18, 18}
	for i, v := range ra.Values {
		k := 0
		for i-k-1 >= 0 && ra.Values[i-k-1] == v {
			k++
		}
		y := 24 + offsets[k%len(offsets)]
		b.WriteString(`<circle class="room-dot" cx="` + x(v) + `" cy="` + strconv.Itoa(y) + `" r="6"/>`)
	}
	b.WriteString(`<line class="room-mean" x1="` + x(ra.Mean) + `" x2="` + x(ra.Mean) + `" y1="2" y2="46"/>`)
	b.WriteString(`</svg>`)
	return b.String()
}
