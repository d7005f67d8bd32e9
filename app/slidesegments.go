package app

import (
	"github.com/klantwaarde/klantwaarde/app/chart"
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Presenter shows the results full screen for a projector: large type, one
// segment per slide with its verdict, then the portfolio. The arrow keys,
// Page Up/Down and the space bar move; Escape closes (Root handles keys).
type Presenter struct {
	app.Compo

	Locale   calc.Locale
	Scenario *calc.Scenario
	Report   calc.Report
	Slide    int
	Actions  *presenterActions
	// RoomKey is the scenario's storage id: the room's slides follow the
	// portfolio (slidesroom.go). Store keeps the room (storeroom.go).
	RoomKey string
	Store   *store

	room     []calc.SegmentAggregate
	unlisten []func()
	// widths are the charts' widths on the slides (charts.go).
	widths chartWidths
}

// chart shows a chart drawn by draw for the slide: at a larger scale than
// on the page, so that its text reads from the back of the room.
func (p *Presenter) chart(name string, draw func(width float64) chart.Chart) app.UI {
	return p.widths.view(p.Locale, name, draw(p.widths.of(name)/presentZoom()), p.Update)
}

// Render draws the current slide and the controls.
func (p *Presenter) Render() app.UI {
	l, n := p.Locale, slideCount(p.Report, len(p.room))
	slide := min(max(p.Slide, 0), n-1)
	segs := segmentSlides(p.Report)
	var body app.UI
	switch {
	case slide < len(segs) && segs[slide].path:
		body = p.pathSlide(segs[slide].segment)
	case slide < len(segs):
		body = p.segmentSlide(segs[slide].segment)
	case slide == len(segs):
		body = p.portfolioSlide()
	default:
		body = p.roomSlide(p.room[slide-len(segs)-1])
	}
	return app.Div().Class("presenter").DataSet("slide", slide).Attr("role", "region").
		Aria("roledescription", "slides").Aria("label", p.Scenario.Title).Body(
		app.P().Class("slide-title").Text(p.Scenario.Title),
		body,
		app.Div().Class("slide-controls").Body(
			button(i18n.PresentPrevious.In(l), "slide-previous", slide == 0, func(ctx app.Context) { p.Actions.step(ctx, -1) }),
			app.Span().Attr("aria-live", "polite").Text(i18n.SlideOf.F(l, slide+1, n)),
			button(i18n.Next.In(l), "slide-next", slide == n-1, func(ctx app.Context) { p.Actions.step(ctx, 1) }),
			button(i18n.PresentClose.In(l), "slide-close", false, p.Actions.close),
		),
	)
}

// segmentSlide shows segment i: its name, each section of its results
// (calc.ResultSections) as slideSections draws it, and its gap profile.
func (p *Presenter) segmentSlide(i int) app.UI {
	l, r := p.Locale, p.Report.Segments[i]
	lb := chartLabels(l, p.Scenario.Settings.RetentionUplift)
	var parts slideParts
	for _, s := range calc.ResultSections {
		slideSections[s](p, r, &parts)
	}
	body := append([]app.UI{app.H2().Text(r.Name)}, parts.head...)
	body = append(body, app.Div().Class("slide-figures").Body(parts.figures...))
	body = append(body, parts.rest...)
	body = append(body, p.chart("gap-profile", func(w float64) chart.Chart { return chart.GapProfile(p.Scenario, p.Report, i, l, lb, w) }))
	return app.Section().Class("slide", "verdict-"+verdictClass(r.Verdict)).Body(body...)
}

// offSlide leaves a section off the slides.
func offSlide(*Presenter, calc.SegmentReport, *slideParts) {}

// slideParts are the places on a segment's slide: under its name, among
// the large figures, and below them.
type slideParts struct{ head, figures, rest []app.UI }

// slideSections draws each section of a segment's results on its slide;
// offSlide is a section a slide leaves out: it shows what to act on,
// large enough to read from the back of the room.
var slideSections = [calc.NumResultSections]func(p *Presenter, r calc.SegmentReport, parts *slideParts){
	calc.SectionVerdict: func(p *Presenter, r calc.SegmentReport, parts *slideParts) {
		l := p.Locale
		parts.head = append(parts.head,
			app.P().Class("badge").Text(i18n.Verdict(r.Verdict).In(l)),
			app.P().Class("explain").Text(i18n.VerdictExplanation(r.Verdict).In(l)),
		)
	},
	calc.SectionScores: func(p *Presenter, r calc.SegmentReport, parts *slideParts) {
		l := p.Locale
		parts.figures = append(parts.figures, p.bigFigure(i18n.Value.In(l), r.Value), p.bigFigure(i18n.Gap.In(l), r.Gap))
	},
	calc.SectionLevers: offSlide, // the page's to explain
	calc.SectionPainPoints: func(p *Presenter, r calc.SegmentReport, parts *slideParts) {
		l := p.Locale
		if len(r.PainPoints) > 0 {
			names := criterionNames(p.Scenario)
			parts.rest = append(parts.rest, app.P().Class("slide-pain").Text(i18n.PainPoints.In(l)+": "+joinNames(names, "dimension:", r.PainPoints)))
		}
	},
	calc.SectionPath: offSlide, // a slide of its own after the segment's: pathSlide
	calc.SectionDelighters: func(p *Presenter, r calc.SegmentReport, parts *slideParts) {
		if len(r.Delighters) > 0 {
			l, names := p.Locale, criterionNames(p.Scenario)
			parts.rest = append(parts.rest, app.P().Class("slide-delight").Text(i18n.Delighters.In(l)+": "+joinNames(names, "dimension:", r.Delighters)))
		}
	},
	calc.SectionLoyalty: offSlide, // the page's to explain
	calc.SectionWorth: func(p *Presenter, r calc.SegmentReport, parts *slideParts) {
		l := p.Locale
		parts.figures = append(parts.figures, app.Div().Class("big").Body(
			app.Span().Class("big-label").Text(i18n.Uplift.F(l, l.FormatDecimal(p.Scenario.Settings.RetentionUplift, 1))),
			app.Span().Class("big-value").Text(p.money(r.EquityUplift)),
		))
	},
}

// slidePathLines is how many steps a path slide shows in one column of
// large lines; a longer path takes two columns of smaller ones.
const slidePathLines = 6

// pathSlide shows segment i's path to ambassador: its name and verdict,
// then one large line a step, and the steps of half a point in all.
func (p *Presenter) pathSlide(i int) app.UI {
	l, r := p.Locale, p.Report.Segments[i]
	steps := pathSentences(l, criterionNames(p.Scenario), r.ToAmbassador)
	list := app.Ol().Class("slide-path")
	if len(steps) > slidePathLines {
		list = list.Class("slide-path-long")
	}
	return app.Section().Class("slide", "path-slide", "verdict-"+verdictClass(r.Verdict)).DataSet("path-slide", r.ID).Body(
		app.H2().Text(r.Name),
		app.P().Class("path-slide-title").Body(
			app.Span().Class("badge").Text(i18n.Verdict(r.Verdict).In(l)),
			app.Text(" → "),
			app.Span().Class("badge badge-ambassador").Text(i18n.Verdict(calc.Ambassador).In(l)),
		),
		app.H3().Text(i18n.PathTitle.In(l)),
		list.Body(app.Range(steps).Slice(func(i int) app.UI { return app.Li().Text(steps[i]) })),
		app.P().Class("path-total").Text(pathTotal(l, r.ToAmbassador)),
	)
}

func (p *Presenter) portfolioSlide() app.UI {
	l, pf := p.Locale, p.Report.Portfolio
	lb := chartLabels(l, p.Scenario.Settings.RetentionUplift)
	return app.Section().Class("slide").Body(
		app.H2().Text(i18n.Portfolio.In(l)),
		app.Div().Class("slide-figures").Body(
			app.Div().Class("big").Body(
				app.Span().Class("big-label").Text(i18n.Customers.In(l)),
				app.Span().Class("big-value").Text(l.FormatDecimal(pf.Customers, 0)),
			),
			p.bigFigure(i18n.Value.In(l), pf.Value),
			p.bigFigure(i18n.Gap.In(l), pf.Gap),
			app.Div().Class("big").Body(
				app.Span().Class("big-label").Text(i18n.Equity.In(l)),
				app.Span().Class("big-value").Text(p.money(pf.Equity)),
			),
		),
		p.chart("quadrant", func(w float64) chart.Chart { return chart.PortfolioQuadrant(p.Scenario, p.Report, l, lb, w) }),
	)
}

// money is an amount for a slide, or a dash while it is zero (see
// moneyFigure).
func (p *Presenter) money(x float64) string {
	if x == 0 {
		return "–"
	}
	return money(p.Locale, x, p.Scenario.Currency)
}

func (p *Presenter) bigFigure(label string, x *float64) app.UI {
	value := i18n.Undefined.In(p.Locale)
	if x != nil {
		value = signed(p.Locale, *x)
	}
	return app.Div().Class("big").Body(
		app.Span().Class("big-label").Text(label),
		app.Span().Class("big-value").Text(value),
	)
}

// joinNames lists the names of the given criterion ids.
func joinNames(names map[string]string, prefix string, ids []string) string {
	s := ""
	for i, id := range ids {
		if i > 0 {
			s += ", "
		}
		s += names[prefix+id]
	}
	return s
}
