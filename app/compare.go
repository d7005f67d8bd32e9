package app

import (
	"strings"

	"github.com/klantwaarde/klantwaarde/app/chart"
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// comparePanelName names the panel: details[data-panel="compare"].
const comparePanelName = "compare"

// comparePanel is the folded "compare with…" panel, which sets the
// scenario on screen beside another kept one. It keeps which one, which
// way round, and what was last drawn of them.
type comparePanel struct {
	unfolded unfolded // whether it has been opened
	with     string   // storage id of the other scenario; "" for none
	// swap makes the scenario on screen "now" and the other the plan; by
	// default the other is "now", as a duplicate being changed is the plan.
	swap bool

	now, plan *calc.Scenario // what html and chart show
	locale    calc.Locale
	html      string
	svg       string // the chart, drawn for a wide column and for a phone
}

// render draws the panel for the scenario on screen among those of ws,
// named by titles as the scenario bar names them.
func (c *comparePanel) render(l calc.Locale, ws *workspace, titles []string) app.UI {
	return c.unfolded.panel(comparePanelName, app.Summary().Text(i18n.CompareTitle.In(l)), func() []app.UI {
		return c.body(l, ws, titles)
	}).Class("panel")
}

// open unfolds the panel on the comparison of the kept scenario with
// (now) against the one on screen (the plan), and brings it into view
// once drawn; ctx must outlive the next drawing of the page.
func (c *comparePanel) open(ctx app.Context, with string) {
	c.with, c.swap = with, false
	if c.unfolded == nil {
		c.unfolded = unfolded{}
	}
	c.unfolded[comparePanelName] = true
	if ctx != nil { // nil before the page is mounted
		ctx.Defer(func(app.Context) { showPanel(comparePanelName) })
	}
}

func (c *comparePanel) body(l calc.Locale, ws *workspace, titles []string) []app.UI {
	entries, e := ws.entries, ws.cur()
	if len(entries) < 2 {
		return []app.UI{app.P().Class("hint").Text(i18n.CompareNeedTwo.In(l))}
	}
	other := ws.find(c.with)
	if other >= 0 && entries[other] == e {
		other = -1
	}
	body := []app.UI{
		app.P().Class("hint").Text(i18n.CompareHelp.In(l)),
		app.Div().Class("compare-pick").Body(
			app.Div().Class("field", "select").Body(
				app.Label().For("compare-with").Text(i18n.CompareWith.In(l)),
				app.Select().ID("compare-with").DataSet("action", "compare-with").
					OnChange(func(ctx app.Context, ev app.Event) { c.with = ctx.JSSrc().Get("value").String() }).
					Body(
						app.Option().Value("").Selected(other < 0).Text(i18n.CompareNone.In(l)),
						app.Range(entries).Slice(func(i int) app.UI {
							o := entries[i]
							if o == e {
								return nil
							}
							return app.Option().Value(o.id).Selected(i == other).Text(titles[i])
						}),
					),
			),
			button(i18n.CompareSwap.In(l), "compare-swap", other < 0, func(ctx app.Context) { c.swap = !c.swap }),
		),
	}
	if other < 0 {
		return body
	}
	now, plan := entries[other], e
	if c.swap {
		now, plan = plan, now
	}
	c.draw(l, now, plan)
	return append(body,
		app.P().Class("compare-direction").Text(i18n.CompareFromTo.F(l, scenarioTitle(l, now.scenario), scenarioTitle(l, plan.scenario))),
		app.Raw(c.html),
		// The cards are the chart's text alternative: no table of its own.
		app.Figure().Class("chart").DataSet("chart", "compare").Body(app.Raw(c.svg)),
	)
}

// draw makes the cards and the chart of two scenarios, unless they are
// drawn already: a scenario once shown never changes (entry.edit).
func (c *comparePanel) draw(l calc.Locale, now, plan *entry) {
	if c.now == now.scenario && c.plan == plan.scenario && c.locale == l {
		return
	}
	c.now, c.plan, c.locale = now.scenario, plan.scenario, l
	cmp := calc.Compare(now.report, plan.report)
	cards := compareCards{l: l, now: now.scenario, plan: plan.scenario}
	c.html = cards.html(cmp)
	lb := chartLabels(l, plan.scenario.Settings.RetentionUplift)
	cl := chart.CompareLabels{
		Title: i18n.CompareChart.In(l), Desc: i18n.CompareChartAlt.In(l),
		Now: scenarioTitle(l, now.scenario), Plan: scenarioTitle(l, plan.scenario),
	}
	tol := plan.scenario.Settings.Tolerance
	// The stylesheet shows the drawing made for the width at hand.
	c.svg = `<div class="compare-drawings">` + chart.CompareQuadrant(cmp, tol, chart.CompareWide, l, lb, cl).SVG +
		chart.CompareQuadrant(cmp, tol, chart.CompareNarrow, l, lb, cl).SVG + `</div>`
}

// compareCards writes the comparison as read-only markup: a card for the
// portfolio and one per segment, each a small table of the figures
// now, in the plan and their difference, with the hooks of SPEC §6. Built
// as a string, it costs the WebAssembly far less than as components.
type compareCards struct {
	l         calc.Locale
	now, plan *calc.Scenario
	b         strings.Builder
	// presence of the card's segment: a side it is missing from shows a
	// dash.
	presence calc.Presence
}

func (cc *compareCards) html(c calc.Comparison) string {
	l := cc.l
	cc.b.WriteString(`<div class="compare-cards">`)
	p := c.Portfolio
	cc.presence = calc.InBoth
	cc.open("portfolio", "true", p.Value, p.Gap, p.Equity, "portfolio")
	cc.b.WriteString(`><h3>`)
	cc.text(i18n.Portfolio.In(l))
	cc.head()
	cc.row(i18n.Customers.In(l), p.Customers, func(x float64) string { return l.FormatDecimal(x, 0) })
	cc.score(i18n.Value.In(l), p.Value)
	cc.score(i18n.Gap.In(l), p.Gap)
	cc.money(i18n.CurrentValue.In(l), p.CurrentValue)
	cc.money(i18n.Equity.In(l), p.Equity)
	cc.money(cc.upliftLabel(), p.EquityUplift)
	cc.b.WriteString(`</tbody></table></article>`)
	for _, s := range c.Segments {
		cc.presence = s.Presence
		cc.open("segment", s.ID, s.Value, s.Gap, s.Equity, verdictClass(s.VerdictPlan))
		cc.attr("data-verdict-from", string(s.VerdictNow))
		cc.attr("data-verdict-to", string(s.VerdictPlan))
		cc.attr("data-presence", string(s.Presence))
		cc.b.WriteString(`><h3>`)
		cc.text(verdictChange(l, s))
		cc.head()
		cc.score(i18n.Value.In(l), s.Value)
		cc.score(i18n.Gap.In(l), s.Gap)
		cc.money(i18n.CLV.In(l), s.CLV)
		cc.money(i18n.Equity.In(l), s.Equity)
		cc.money(cc.upliftLabel(), s.EquityUplift)
		cc.b.WriteString(`</tbody></table></article>`)
	}
	cc.b.WriteString(`</div>`)
	return cc.b.String()
}

// open starts a card with its hooks (SPEC §6), up to the end of the
// start tag.
func (cc *compareCards) open(kind, id string, value, gap, equity calc.Delta, class string) {
	cc.b.WriteString(`<article class="card compare-card verdict-` + class + `"`)
	cc.attr("data-compare-"+kind, id)
	cc.attr("data-value-delta", hookNumber(value.Diff))
	cc.attr("data-gap-delta", hookNumber(gap.Diff))
	cc.attr("data-equity-delta", hookNumber(equity.Diff))
}

func (cc *compareCards) attr(name, value string) {
	cc.b.WriteString(" " + name + `="`)
	cc.text(value)
	cc.b.WriteByte('"')
}

func (cc *compareCards) text(s string) { cc.b.WriteString(chart.Escape(s)) }

// head ends the card's title and starts its table.
func (cc *compareCards) head() {
	l := cc.l
	cc.b.WriteString(`</h3><table><thead><tr><th scope="col">`)
	for i, h := range []string{i18n.CompareFigure.In(l), scenarioTitle(l, cc.now), scenarioTitle(l, cc.plan), i18n.CompareDiff.In(l)} {
		if i > 0 {
			cc.b.WriteString(`<th scope="col">`)
		}
		cc.text(h)
		cc.b.WriteString(`</th>`)
	}
	cc.b.WriteString(`</tr></thead><tbody>`)
}

// row writes one figure: its value on both sides and the difference,
// signed. An undefined figure reads as the cards elsewhere say it; the
// side a segment is missing from, and a difference that cannot be made,
// read "–".
func (cc *compareCards) row(label string, d calc.Delta, format func(float64) string) {
	l := cc.l
	cell := func(x *float64, missing, signedDiff bool) {
		switch {
		case x == nil && (missing || signedDiff):
			cc.b.WriteString(`<td class="undefined">–`)
		case x == nil:
			cc.b.WriteString(`<td class="undefined">`)
			cc.text(i18n.Undefined.In(l))
		case signedDiff && *x > 0:
			cc.b.WriteString(`<td class="up">`)
			cc.text(plusSign(format(*x)))
		case signedDiff && *x < 0:
			cc.b.WriteString(`<td class="down">`)
			cc.text(format(*x))
		default:
			cc.b.WriteString(`<td>`)
			cc.text(format(*x))
		}
		cc.b.WriteString(`</td>`)
	}
	cc.b.WriteString(`<tr><th scope="row">`)
	cc.text(label)
	cc.b.WriteString(`</th>`)
	cell(d.Now, cc.presence == calc.Added, false)
	cell(d.Plan, cc.presence == calc.Removed, false)
	cell(d.Diff, false, true)
	cc.b.WriteString(`</tr>`)
}

func (cc *compareCards) score(label string, d calc.Delta) {
	cc.row(label, d, func(x float64) string { return cc.l.FormatFixed(x, 2) })
}

func (cc *compareCards) money(label string, d calc.Delta) {
	cc.row(label, d, func(x float64) string { return money(cc.l, x, cc.plan.Currency) })
}

// upliftLabel names the retention uplift of both scenarios, "5 → 10" when
// the plan assumes another than now.
func (cc *compareCards) upliftLabel() string {
	l := cc.l
	points := l.FormatDecimal(cc.now.Settings.RetentionUplift, 1)
	if plan := l.FormatDecimal(cc.plan.Settings.RetentionUplift, 1); plan != points {
		points += " → " + plan
	}
	return i18n.Uplift.F(l, points)
}

// plusSign puts a plus before a positive figure that does not round to
// zero.
func plusSign(s string) string {
	if strings.Trim(s, "0,. €\u00a0") == "" {
		return s
	}
	return "+" + s
}

// verdictChange says in words what happens to a segment's verdict:
// "Forenzen: kwetsbaar → ambassadeur".
func verdictChange(l calc.Locale, s calc.SegmentComparison) string {
	from, to := lowerFirst(i18n.Verdict(s.VerdictNow).In(l)), lowerFirst(i18n.Verdict(s.VerdictPlan).In(l))
	switch {
	case s.Presence == calc.Added:
		return i18n.CompareAdded.F(l, s.Name, to)
	case s.Presence == calc.Removed:
		return i18n.CompareRemoved.F(l, s.Name, from)
	case s.VerdictNow == s.VerdictPlan:
		return i18n.CompareSame.F(l, s.Name, to)
	}
	return i18n.CompareChanged.F(l, s.Name, from, to)
}

func scenarioTitle(l calc.Locale, s *calc.Scenario) string {
	if s.Title == "" {
		return i18n.Untitled.In(l)
	}
	return s.Title
}

// lowerFirst writes a verdict name as a word within a sentence. The names
// begin with a letter of ASCII; strings.ToLower would link Unicode's case
// tables into the WebAssembly.
func lowerFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}
