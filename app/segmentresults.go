package app

import (
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SegmentResults explains the results of one segment: the verdict in one
// sentence, what to improve first, where expectations are broken and what
// to do about it, loyalty, recommendation and what the customers are worth.
type SegmentResults struct {
	app.Compo

	Locale   calc.Locale
	Scenario *calc.Scenario
	Report   calc.SegmentReport
	Segment  calc.Segment
}

// Render draws the explanation.
func (sr *SegmentResults) Render() app.UI {
	l, r := sr.Locale, sr.Report
	names := criterionNames(sr.Scenario)
	return app.Section().Class("segment-results", "verdict-"+verdictClass(r.Verdict)).DataSet("results", r.ID).Body(
		app.H3().Text(r.Name),
		app.P().Class("badge").Text(verdictName(l, r.Verdict)),
		app.P().Class("explain").Text(verdictExplanation(l, r.Verdict)),

		app.H4().Text(T(l, msgLevers)),
		app.If(len(r.Levers) == 0, app.P().Class("hint").Text(T(l, msgNoLevers))),
		app.Ol().Class("levers").Body(app.Range(r.Levers).Slice(func(i int) app.UI {
			lv := r.Levers[i]
			text := msgLeverBenefit
			if lv.Kind == calc.SacrificeLever {
				text = msgLeverSacrifice
			}
			return app.Li().Text(T(l, text, names[string(lv.Kind)+":"+lv.ID], l.FormatFixed(lv.Impact, 2)))
		})),

		app.H4().Text(T(l, msgPainPoints)),
		app.If(len(r.PainPoints) == 0, app.P().Class("hint").Text(T(l, msgNoPainPoints))),
		app.Ul().Class("painpoints").Body(app.Range(r.PainPoints).Slice(func(i int) app.UI {
			id := r.PainPoints[i]
			gap := gapOf(r, id)
			instr := instrumentsFor(id)
			return app.Li().Body(
				app.Strong().Text(names["dimension:"+id]),
				app.Text(" "+T(l, msgBelowBy, l.FormatFixed(-gap, 1))),
				app.Ul().Body(app.Range(instr).Slice(func(j int) app.UI { return app.Li().Text(T(l, instr[j])) })),
			)
		})),

		app.H4().Text(T(l, msgLoyaltyAndNPS)),
		app.Dl().Body(
			sr.optional(T(l, msgLoyaltyIndex), r.LoyaltyIndex, func(x float64) string { return l.FormatDecimal(x, 0) + " %" }),
			sr.optional(T(l, msgNPS), r.NPS, func(x float64) string { return l.FormatDecimal(x, 0) }),
			sr.sayDo(),
		),

		app.H4().Text(T(l, msgWorth)),
		app.Dl().Body(
			figure(T(l, msgCurrentValue), sr.money(r.CurrentValue), T(l, msgCurrentValueHelp)),
			figure(T(l, msgPotentialValue), sr.money(r.PotentialValue), T(l, msgPotentialValueHelp)),
			figure(T(l, msgCLV), sr.money(r.CLV), T(l, msgCLVHelp)),
			figure(T(l, msgEquity), sr.money(r.Equity), ""),
			figure(T(l, msgUplift, l.FormatDecimal(sr.Scenario.Settings.RetentionUplift, 1)), sr.money(r.EquityUplift), ""),
		),
		app.P().Class("context").Text(sr.retentionContext()),
	)
}

// sayDo shows how many of the promoters are expected to recommend, next to
// how many say they will (SPEC §2.8); nothing without NPS counts.
func (sr *SegmentResults) sayDo() app.UI {
	l, nps, referrers := sr.Locale, sr.Segment.NPS, sr.Report.ExpectedReferrers
	if nps == nil || referrers == nil {
		return nil
	}
	return figure(T(l, msgSayDoLabel), T(l, msgSayDoValue,
		l.FormatDecimal(nps.Promoters, 0), l.FormatDecimal(*referrers, 1),
		l.FormatDecimal(sr.Scenario.Settings.SayDo, 0)), "")
}

// retentionContext puts the user's own figure next to the widely quoted
// "+5 % retention, +25–95 % profit" (SPEC §2.7).
func (sr *SegmentResults) retentionContext() string {
	l, r := sr.Locale, sr.Report
	if r.EquityUpliftPct == nil {
		return T(l, msgUpliftContext, T(l, msgUndefined))
	}
	own := T(l, msgUpliftOwn, l.FormatDecimal(sr.Scenario.Settings.RetentionUplift, 1), l.FormatDecimal(*r.EquityUpliftPct, 1))
	return T(l, msgUpliftContext, own)
}

func (sr *SegmentResults) optional(label string, x *float64, format func(float64) string) app.UI {
	if x == nil {
		return undefinedFigure(label, T(sr.Locale, msgUndefined), "")
	}
	return figure(label, format(*x), "")
}

func (sr *SegmentResults) money(x float64) string {
	return money(sr.Locale, x, sr.Scenario.Currency)
}

// gapOf returns the gap of a dimension in a segment report.
func gapOf(r calc.SegmentReport, id string) float64 {
	for _, d := range r.Dimensions {
		if d.ID == id && d.Gap != nil {
			return *d.Gap
		}
	}
	return 0
}

// criterionNames maps "benefit:id", "sacrifice:id" and "dimension:id" to
// the names the user gave them.
func criterionNames(s *calc.Scenario) map[string]string {
	names := map[string]string{}
	for _, c := range s.Benefits {
		names["benefit:"+c.ID] = c.Name
	}
	for _, c := range s.Sacrifices {
		names["sacrifice:"+c.ID] = c.Name
	}
	for _, c := range s.Dimensions {
		names["dimension:"+c.ID] = c.Name
	}
	return names
}
