package app

import (
	"math"

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
		LevelZone:       i18n.ChartLevelZone.In(l),
		Zone:            i18n.ChartZone.In(l),
		Adequacy:        i18n.ChartAdequacy.In(l),
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
	// Width is the CSS width the chart was drawn for; when the chart's
	// place has another width, Resized is told, to draw it anew for that
	// width (one drawing unit is then one CSS pixel, so its text is as
	// large as it was drawn).
	Width   float64
	Resized *Change[float64]

	// open is whether the table is unfolded. A folded table is not in
	// the page at all: four tables are a quarter of the page's elements,
	// and each would be drawn again with every keystroke.
	open     bool
	observer func() // stops watching the chart's width
}

func (c *ChartView) onToggle(ctx app.Context, e app.Event) {
	c.open = ctx.JSSrc().Get("open").Bool()
}

// OnMount watches the width of the chart's place.
func (c *ChartView) OnMount(ctx app.Context) {
	c.observer = observeWidth(c.JSValue(), func(width float64) {
		ctx.Dispatch(func(ctx app.Context) {
			if c.Resized != nil && math.Abs(width-c.Width) >= 1 {
				c.Resized.call(ctx, width)
			}
		})
	})
}

// OnDismount stops watching.
func (c *ChartView) OnDismount() {
	if c.observer != nil {
		c.observer()
		c.observer = nil
	}
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

// chartShelf draws the page's charts: it keeps their widths on screen, the
// charts last drawn (drawnCharts) and the frame by which they follow typing
// (lagBehind).
type chartShelf struct {
	widths chartWidths
	drawn  drawnCharts
	// lag shows the charts as they were for one frame after a typed
	// change.
	lag bool
	// ctx is the page's, from OnMount; redraw draws the page again.
	ctx    app.Context
	redraw func()
}

// segment draws the gap profile and the lifetime curve of segment seg of e.
func (cs *chartShelf) segment(e *entry, seg int, l calc.Locale) app.UI {
	if seg >= len(e.scenario.Segments) {
		return nil
	}
	c := cs.of(e, l)
	gw, lw := cs.widths.of("gap-profile"), cs.widths.of("lifetime")
	if !c.segmentDrawn || c.segment != seg || c.gapWidth != gw || c.lifetimeWidth != lw {
		lb := chartLabels(l, e.scenario.Settings.RetentionUplift)
		c.gapProfile = chart.GapProfile(e.scenario, e.report, seg, l, lb, gw)
		c.lifetime = chart.LifetimeCurve(e.scenario, e.report, seg, l, lb, lw)
		c.segment, c.segmentDrawn, c.gapWidth, c.lifetimeWidth = seg, true, gw, lw
	}
	return app.Div().Class("charts").Aria("busy", cs.lag).Body(
		cs.widths.view(l, "gap-profile", c.gapProfile, cs.redraw),
		cs.widths.view(l, "lifetime", c.lifetime, cs.redraw),
	)
}

// portfolio draws the value map and the portfolio quadrant of e.
func (cs *chartShelf) portfolio(e *entry, l calc.Locale) app.UI {
	c := cs.of(e, l)
	vw, qw := cs.widths.of("value-map"), cs.widths.of("quadrant")
	if !c.portfolioDrawn || c.valueMapWidth != vw || c.quadrantWidth != qw {
		lb := chartLabels(l, e.scenario.Settings.RetentionUplift)
		c.valueMap = chart.ValueMap(e.scenario, e.report, l, lb, vw)
		c.quadrant = chart.PortfolioQuadrant(e.scenario, e.report, l, lb, qw)
		c.portfolioDrawn, c.valueMapWidth, c.quadrantWidth = true, vw, qw
	}
	return app.Div().Class("charts").Aria("busy", cs.lag).Body(
		cs.widths.view(l, "value-map", c.valueMap, cs.redraw),
		cs.widths.view(l, "quadrant", c.quadrant, cs.redraw),
	)
}

// The widths the first view's charts are drawn at (firstview.go): one for
// a phone's place and one for wider places; the stylesheet shows the one
// for the width of the chart's place (web/app.css, .first-view .charts),
// and the app's first drawing is the same (chartGuess).
const (
	narrowChartBand = 360.0
	wideChartBand   = chart.DefaultWidth
	// chartBandBreak is the width of the place, in CSS pixels, from which
	// the wide drawing is shown.
	chartBandBreak = 500.0
)

// chartBand is the width of the first view's drawing for a place of the
// given width.
func chartBand(place float64) float64 {
	if place < chartBandBreak {
		return narrowChartBand
	}
	return wideChartBand
}

// of returns the charts to show of e. While the user types, the numbers
// come first: the frame that shows a keystroke's results shows the charts
// as they were, and the next frame draws them anew (see lagBehind).
// Drawing four charts is most of a keystroke's work, and a chart one frame
// late is not noticed; a number that lags behind the typing is.
func (cs *chartShelf) of(e *entry, l calc.Locale) *drawnCharts {
	c := &cs.drawn
	if cs.lag && c.scenario != nil && c.locale == l {
		return c
	}
	return c.of(e.scenario, l)
}

// lagBehind lets the charts follow a typed change one frame after the
// numbers. The deferred function runs once this frame is drawn; the update
// it asks for is the next frame.
func (cs *chartShelf) lagBehind() {
	if cs.lag || cs.ctx == nil {
		return // already on its way, or not mounted
	}
	cs.lag = true
	// Once this frame is drawn, the browser paints the numbers, and then
	// the charts follow. Asking for the update straight from the deferred
	// function is not enough: a go-app frame that ran over its 8.3 ms finds
	// the next tick due and draws the charts at once, in the same task, so
	// the numbers showed only with the charts.
	ctx := cs.ctx // the page's own: the input that was typed in may be gone by then
	ctx.Defer(func(app.Context) {
		onNextFrame(func() {
			ctx.Dispatch(func(app.Context) { cs.lag = false })
		})
	})
}

// chartWidths are the CSS widths the charts have on screen, by name, as
// their ChartViews measured them; a chart not measured yet is drawn at
// a guess from the window's width.
type chartWidths struct {
	width   map[string]float64
	resized changes[float64]
}

// of is the width to draw the chart name at.
func (cw *chartWidths) of(name string) float64 {
	if w, ok := cw.width[name]; ok {
		return w
	}
	return chartGuess(name)
}

// chartGuess is the width a chart is drawn at before its place has been
// measured: the band of its place in the first view the server sent,
// while that is on screen (the app's first drawing is then the one the
// first view shows, chartBand), else about what the results column gives
// at this window's width.
func chartGuess(name string) float64 {
	if app.IsServer {
		return wideChartBand
	}
	if place, ok := firstViewPlace(name); ok {
		return chartBand(place)
	}
	return resultsColumnGuess()
}

// view is the ChartView of a chart drawn at cw.of(name); when its place
// turns out to have another width, the width is kept and redraw called.
func (cw *chartWidths) view(l calc.Locale, name string, c chart.Chart, redraw func()) *ChartView {
	return &ChartView{Locale: l, Name: name, Chart: c, Width: cw.of(name),
		Resized: cw.resized.get(name, func(ctx app.Context, w float64) {
			if cw.width == nil {
				cw.width = map[string]float64{}
			}
			cw.width[name] = w
			redraw()
		})}
}

// drawnCharts are the charts last drawn, of one scenario. go-app draws the
// page again after every event (a key pressed anywhere, a notice closed),
// most often with the same scenario; and a scenario once shown never
// changes (an edit replaces it, see entry.edit) and its report with it, so
// the same scenario, language and segment give the same charts.
type drawnCharts struct {
	scenario *calc.Scenario
	locale   calc.Locale

	segment                      int
	segmentDrawn, portfolioDrawn bool
	// The widths the charts were drawn at.
	gapWidth, lifetimeWidth, valueMapWidth, quadrantWidth float64
	gapProfile, lifetime                                  chart.Chart
	valueMap, quadrant                                    chart.Chart
}

// of returns the charts of s in locale l, forgetting those of another
// scenario or language.
func (c *drawnCharts) of(s *calc.Scenario, l calc.Locale) *drawnCharts {
	if c.scenario != s || c.locale != l {
		*c = drawnCharts{scenario: s, locale: l}
	}
	return c
}
