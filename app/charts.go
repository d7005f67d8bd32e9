package app

import (
	"github.com/klantwaarde/klantwaarde/app/chart"
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// chartLabels fills the words the charts need.
func chartLabels(l calc.Locale, uplift float64) chart.Labels {
	return chart.Labels{
		ValueMapTitle:   i18n.ChartValueMapTitle.In(l),
		GapProfileTitle: i18n.ChartGapProfileTitle.In(l),
		QuadrantTitle:   i18n.ChartQuadrantTitle.In(l),
		LifetimeTitle:   i18n.ChartLifetimeTitle.In(l),
		ValueMapDesc:    i18n.ChartValueMapDesc.In(l),
		GapProfileDesc:  i18n.ChartGapProfileDesc.In(l),
		QuadrantDesc:    i18n.ChartQuadrantDesc.In(l),
		LifetimeDesc:    i18n.ChartLifetimeDesc.In(l),
		Segment:         i18n.ChartSegment.In(l),
		Customers:       i18n.Customers.In(l),
		Benefits:        i18n.BenefitsTitle.In(l),
		Sacrifices:      i18n.SacrificesTitle.In(l),
		Value:           i18n.ChartValue.In(l),
		Gap:             i18n.ChartGap.In(l),
		Verdict:         i18n.VerdictHeading.In(l),
		FairValue:       i18n.ChartFairValue.In(l),
		MoreValue:       i18n.ChartMoreValue.In(l),
		Dimension:       i18n.ChartDimension.In(l),
		Expected:        i18n.Expected.In(l),
		Experienced:     i18n.Experienced.In(l),
		Status:          i18n.ChartStatus.In(l),
		ToleranceZone:   i18n.Tolerance.In(l),
		NotRated:        i18n.ChartNotRated.In(l),
		Retention:       i18n.ChartRetention.In(l),
		CLV:             i18n.ChartCLV.In(l),
		Current:         i18n.ChartCurrent.In(l),
		Uplifted:        i18n.ChartUplifted.F(l, l.FormatDecimal(uplift, 1)),
		NoData:          i18n.ChartNoData.In(l),
		Ambassador:      i18n.Verdict(calc.Ambassador).In(l),
		Vulnerable:      i18n.Verdict(calc.Vulnerable).In(l),
		Indifferent:     i18n.Verdict(calc.Indifferent).In(l),
		Defector:        i18n.Verdict(calc.Defector).In(l),
		NoVerdict:       i18n.Verdict(calc.NoVerdict).In(l),
		Below:           i18n.ChartBelow.In(l),
		Within:          i18n.ChartWithin.In(l),
		Above:           i18n.ChartAbove.In(l),
	}
}

// ChartView shows one chart with its table alternative beneath it.
type ChartView struct {
	app.Compo

	Locale calc.Locale
	Chart  chart.Chart
	Name   string // data-chart, for automation and print

	// open is whether the table is unfolded. A folded table is not in
	// the page at all: four tables are a quarter of the page's elements,
	// and each would be drawn again with every keystroke.
	open bool
}

func (c *ChartView) onToggle(ctx app.Context, e app.Event) {
	c.open = ctx.JSSrc().Get("open").Bool()
}

// Render draws the SVG (made by package chart, where every text is
// escaped) and the table in a disclosure.
func (c *ChartView) Render() app.UI {
	return app.Figure().Class("chart").DataSet("chart", c.Name).Body(
		app.Raw(c.Chart.SVG),
		app.Details().Open(c.open).OnToggle(c.onToggle).Body(
			app.Summary().Text(i18n.ChartTable.In(c.Locale)),
			app.If(c.open, c.table()),
		),
	)
}

// table is the chart's data as a table. It may be wider than a phone: it
// scrolls on its own, and can be scrolled with the keyboard once focused.
func (c *ChartView) table() app.UI {
	tb := c.Chart.Table
	return app.Div().Class("table-scroll").TabIndex(0).Aria("label", tb.Caption).Body(app.Table().Body(
		app.Caption().Text(tb.Caption),
		app.THead().Body(app.Tr().Body(app.Range(tb.Head).Slice(func(i int) app.UI {
			return app.Th().Scope("col").Text(tb.Head[i])
		}))),
		app.TBody().Body(app.Range(tb.Rows).Slice(func(i int) app.UI {
			row := tb.Rows[i]
			return app.Tr().Body(app.Range(row).Slice(func(j int) app.UI {
				if j == 0 {
					return app.Th().Scope("row").Text(row[j])
				}
				return app.Td().Text(row[j])
			}))
		})),
	))
}

// segmentCharts draws the gap profile and the lifetime curve of the segment
// on screen.
func (r *Root) segmentCharts(e *entry, seg int) app.UI {
	if seg >= len(e.scenario.Segments) {
		return nil
	}
	c := r.chartsOf(e)
	if !c.segmentDrawn || c.segment != seg {
		lb := chartLabels(r.locale, e.scenario.Settings.RetentionUplift)
		c.gapProfile = chart.GapProfile(e.scenario, e.report, seg, r.locale, lb)
		c.lifetime = chart.LifetimeCurve(e.scenario, e.report, seg, r.locale, lb)
		c.segment, c.segmentDrawn = seg, true
	}
	return app.Div().Class("charts").Aria("busy", r.chartsLag).Body(
		&ChartView{Locale: r.locale, Name: "gap-profile", Chart: c.gapProfile},
		&ChartView{Locale: r.locale, Name: "lifetime", Chart: c.lifetime},
	)
}

// portfolioCharts draws the value map and the portfolio quadrant.
func (r *Root) portfolioCharts(e *entry) app.UI {
	c := r.chartsOf(e)
	if !c.portfolioDrawn {
		lb := chartLabels(r.locale, e.scenario.Settings.RetentionUplift)
		c.valueMap = chart.ValueMap(e.scenario, e.report, r.locale, lb)
		c.quadrant = chart.PortfolioQuadrant(e.scenario, e.report, r.locale, lb)
		c.portfolioDrawn = true
	}
	return app.Div().Class("charts").Aria("busy", r.chartsLag).Body(
		&ChartView{Locale: r.locale, Name: "value-map", Chart: c.valueMap},
		&ChartView{Locale: r.locale, Name: "quadrant", Chart: c.quadrant},
	)
}

// chartsOf returns the charts to show of e. While the user types, the
// numbers come first: the frame that shows a keystroke's results shows the
// charts as they were, and the next frame draws them anew (see lagCharts).
// Drawing four charts is most of a keystroke's work, and a chart one frame
// late is not noticed; a number that lags behind the typing is.
func (r *Root) chartsOf(e *entry) *drawnCharts {
	c := &e.charts
	if r.chartsLag && c.scenario != nil && c.locale == r.locale {
		return c
	}
	return c.of(e, r.locale)
}

// lagCharts lets the charts follow a typed change one frame after the
// numbers. The deferred function runs once this frame is drawn; the update
// it asks for is the next frame.
func (r *Root) lagCharts() {
	if r.chartsLag || r.ctx == nil {
		return // already on its way, or not mounted
	}
	r.chartsLag = true
	// Once this frame is drawn, the browser paints the numbers, and then
	// the charts follow. Asking for the update straight from the deferred
	// function is not enough: a go-app frame that ran over its 8.3 ms finds
	// the next tick due and draws the charts at once, in the same task, so
	// the numbers showed only with the charts.
	ctx := r.ctx // Root's own: the input that was typed in may be gone by then
	ctx.Defer(func(app.Context) {
		onNextFrame(func() {
			ctx.Dispatch(func(app.Context) { r.chartsLag = false })
		})
	})
}

// drawnCharts are the charts last drawn for an entry. go-app draws the
// page again after every event (a key pressed anywhere, a notice closed),
// most often with the same scenario; and a scenario once shown never
// changes (an edit replaces it, see entry.edit) and its report with it, so
// the same scenario, language and segment give the same charts.
type drawnCharts struct {
	scenario *calc.Scenario
	locale   calc.Locale

	segment                      int
	segmentDrawn, portfolioDrawn bool
	gapProfile, lifetime         chart.Chart
	valueMap, quadrant           chart.Chart
}

// of returns the charts of e's scenario in locale l, forgetting those of
// another scenario or language.
func (c *drawnCharts) of(e *entry, l calc.Locale) *drawnCharts {
	if c.scenario != e.scenario || c.locale != l {
		*c = drawnCharts{scenario: e.scenario, locale: l}
	}
	return c
}
