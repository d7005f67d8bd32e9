package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
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

// Render draws the explanation, read-only, as markup.
func (sr *SegmentResults) Render() app.UI {
	l, r := sr.Locale, sr.Report
	names := criterionNames(sr.Scenario)
	var m markup
	m.open("section", "class", "segment-results verdict-"+verdictClass(r.Verdict), "data-results", r.ID)
	m.elem("h3", r.Name)
	m.elem("p", i18n.Verdict(r.Verdict).In(l), "class", "badge")
	m.elem("p", i18n.VerdictExplanation(r.Verdict).In(l), "class", "explain")

	m.elem("h4", i18n.Levers.In(l))
	if len(r.Levers) == 0 {
		m.elem("p", i18n.NoLevers.In(l), "class", "hint")
	}
	m.open("ol", "class", "levers")
	for _, lv := range r.Levers {
		text := &i18n.LeverBenefit
		if lv.Kind == calc.SacrificeLever {
			text = &i18n.LeverSacrifice
		}
		m.elem("li", text.F(l, names[string(lv.Kind)+":"+lv.ID], l.FormatFixed(lv.Impact, 2)))
	}
	m.close("ol")

	m.elem("h4", i18n.PainPoints.In(l))
	if len(r.PainPoints) == 0 {
		m.elem("p", i18n.NoPainPoints.In(l), "class", "hint")
	}
	m.open("ul", "class", "painpoints")
	for _, id := range r.PainPoints {
		m.open("li")
		m.elem("strong", names["dimension:"+id])
		m.text(" " + i18n.BelowBy.F(l, l.FormatFixed(-gapOf(r, id), 1)))
		m.open("ul")
		for _, instr := range instrumentsFor(id) {
			m.elem("li", instr.In(l))
		}
		m.close("ul")
		m.close("li")
	}
	m.close("ul")

	m.elem("h4", i18n.LoyaltyAndNPS.In(l))
	m.open("dl")
	sr.optional(&m, i18n.LoyaltyIndex.In(l), r.LoyaltyIndex, func(x float64) string { return l.FormatDecimal(x, 0) + " %" })
	sr.optional(&m, i18n.NPS.In(l), r.NPS, func(x float64) string { return l.FormatDecimal(x, 0) })
	sr.sayDo(&m)
	m.close("dl")

	m.elem("h4", i18n.Worth.In(l))
	m.open("dl")
	m.figure(i18n.CurrentValue.In(l), sr.money(r.CurrentValue), i18n.CurrentValueHelp.In(l), false)
	m.figure(i18n.PotentialValue.In(l), sr.money(r.PotentialValue), i18n.PotentialValueHelp.In(l), false)
	m.figure(i18n.CLV.In(l), sr.money(r.CLV), i18n.CLVHelp.In(l), false)
	m.figure(i18n.Equity.In(l), sr.money(r.Equity), "", false)
	m.figure(i18n.Uplift.F(l, l.FormatDecimal(sr.Scenario.Settings.RetentionUplift, 1)), sr.money(r.EquityUplift), "", false)
	m.close("dl")
	m.elem("p", sr.retentionContext(), "class", "context")
	m.close("section")
	return m.ui()
}

// sayDo shows how many of the promoters are expected to recommend, next to
// how many say they will (SPEC §2.8); nothing without NPS counts.
func (sr *SegmentResults) sayDo(m *markup) {
	l, nps, referrers := sr.Locale, sr.Segment.NPS, sr.Report.ExpectedReferrers
	if nps == nil || referrers == nil {
		return
	}
	m.figure(i18n.SayDoLabel.In(l), i18n.SayDoValue.F(l,
		l.FormatDecimal(nps.Promoters, 0), l.FormatDecimal(*referrers, 1),
		l.FormatDecimal(sr.Scenario.Settings.SayDo, 0)), "", false)
}

// retentionContext puts the user's own figure next to the widely quoted
// "+5 % retention, +25–95 % profit" (SPEC §2.7).
func (sr *SegmentResults) retentionContext() string {
	l, r := sr.Locale, sr.Report
	if r.EquityUpliftPct == nil {
		return i18n.UpliftContext.F(l, i18n.Undefined.In(l))
	}
	own := i18n.UpliftOwn.F(l, l.FormatDecimal(sr.Scenario.Settings.RetentionUplift, 1), l.FormatDecimal(*r.EquityUpliftPct, 1))
	return i18n.UpliftContext.F(l, own)
}

func (sr *SegmentResults) optional(m *markup, label string, x *float64, format func(float64) string) {
	if x == nil {
		m.figure(label, i18n.Undefined.In(sr.Locale), "", true)
		return
	}
	m.figure(label, format(*x), "", false)
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
