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
	// TryPlan adds a copy of the scenario with the path to ambassador of
	// the segment (by id) applied, and compares it with now.
	TryPlan *Change[string]
}

// Render draws the explanation: the segment's name, then each section of
// its results (calc.ResultSections) as pageSections draws it.
func (sr *SegmentResults) Render() app.UI {
	r := sr.Report
	body := []app.UI{app.H3().Text(r.Name)}
	names := criterionNames(sr.Scenario)
	for _, s := range calc.ResultSections {
		body = append(body, pageSections[s](sr, names)...)
	}
	return app.Section().Class("segment-results", "verdict-"+verdictClass(r.Verdict)).DataSet("results", r.ID).Body(body...)
}

// pageSections draws each section of a segment's results on the page.
var pageSections = [calc.NumResultSections]func(sr *SegmentResults, names map[string]string) []app.UI{
	calc.SectionVerdict: func(sr *SegmentResults, _ map[string]string) []app.UI {
		l, r := sr.Locale, sr.Report
		return []app.UI{
			app.P().Class("badge").Text(i18n.Verdict(r.Verdict).In(l)),
			app.P().Class("explain").Text(i18n.VerdictExplanation(r.Verdict).In(l)),
		}
	},
	// The overview beside it and the live summary show the scores.
	calc.SectionScores: func(*SegmentResults, map[string]string) []app.UI { return nil },
	calc.SectionLevers: func(sr *SegmentResults, names map[string]string) []app.UI {
		l, r := sr.Locale, sr.Report
		return []app.UI{
			app.H4().Text(i18n.Levers.In(l)),
			app.If(len(r.Levers) == 0, app.P().Class("hint").Text(i18n.NoLevers.In(l))),
			app.Ol().Class("levers").Body(app.Range(r.Levers).Slice(func(i int) app.UI {
				return app.Li().Text(leverText(l, names, r.Levers[i]))
			})),
		}
	},
	calc.SectionPainPoints: func(sr *SegmentResults, names map[string]string) []app.UI {
		l, r := sr.Locale, sr.Report
		return []app.UI{
			app.H4().Text(i18n.PainPoints.In(l)),
			app.If(len(r.PainPoints) == 0, app.P().Class("hint").Text(noPainPoints(r).In(l))),
			app.Ul().Class("painpoints").Body(app.Range(r.PainPoints).Slice(func(i int) app.UI {
				id := r.PainPoints[i]
				instr := instrumentsFor(id)
				return app.Li().Body(
					app.Strong().Text(names["dimension:"+id]),
					app.Text(" "+belowBy(l, r, id)),
					app.Ul().Body(app.Range(instr).Slice(func(j int) app.UI { return app.Li().Text(instr[j].In(l)) })),
				)
			})),
		}
	},
	calc.SectionPath:       (*SegmentResults).path,
	calc.SectionDelighters: (*SegmentResults).delighters,
	calc.SectionLoyalty: func(sr *SegmentResults, _ map[string]string) []app.UI {
		l, r := sr.Locale, sr.Report
		return []app.UI{
			app.H4().Text(i18n.LoyaltyAndNPS.In(l)),
			app.Dl().Body(
				sr.optional(i18n.LoyaltyIndex.In(l), r.LoyaltyIndex, func(x float64) string { return l.FormatDecimal(x, 0) + " %" }),
				sr.optional(i18n.NPS.In(l), r.NPS, func(x float64) string { return l.FormatDecimal(x, 0) }),
				sr.sayDo(),
			),
		}
	},
	calc.SectionWorth: func(sr *SegmentResults, _ map[string]string) []app.UI {
		l, r := sr.Locale, sr.Report
		return []app.UI{
			app.H4().Text(i18n.Worth.In(l)),
			app.Dl().Body(
				sr.money(i18n.CurrentValue.In(l), r.CurrentValue, i18n.CurrentValueHelp.In(l)),
				sr.money(i18n.PotentialValue.In(l), r.PotentialValue, i18n.PotentialValueHelp.In(l)),
				sr.money(i18n.CLV.In(l), r.CLV, i18n.CLVHelp.In(l)),
				sr.money(i18n.Equity.In(l), r.Equity, ""),
				sr.money(i18n.Uplift.F(l, l.FormatDecimal(sr.Scenario.Settings.RetentionUplift, 1)), r.EquityUplift, ""),
			),
			app.P().Class("context").Text(sr.retentionContext()),
		}
	},
}

// path says what to change to make the segment's customers ambassadors,
// step by step, with the button that tries it as a plan; nothing for an
// ambassador.
func (sr *SegmentResults) path(names map[string]string) []app.UI {
	l, p := sr.Locale, sr.Report.ToAmbassador
	if p == nil {
		return nil
	}
	steps := pathSentences(l, names, p)
	help := "try-plan-help-" + sr.Report.ID
	return []app.UI{app.Div().Class("path").Body(
		app.H4().Text(i18n.PathTitle.In(l)),
		app.P().Class("hint").Text(i18n.PathIntro.In(l)),
		app.Ol().Class("path-steps").Body(app.Range(steps).Slice(func(i int) app.UI { return app.Li().Text(steps[i]) })),
		app.P().Class("path-total").Text(pathTotal(l, p)),
		app.Button().Type("button").Class("primary").DataSet("action", "try-plan").Aria("describedby", help).
			Text(i18n.TryPlan.In(l)).OnClick(sr.onTryPlan),
		app.P().ID(help).Class("hint").Text(i18n.TryPlanHelp.In(l)),
	)}
}

// onTryPlan tries the path of the segment on screen when the button is
// clicked: sr's fields are those of the latest render, whichever segment
// the button was first drawn for.
func (sr *SegmentResults) onTryPlan(ctx app.Context, _ app.Event) {
	sr.TryPlan.call(ctx, sr.Report.ID)
}

// delighters names the dimensions where the segment's customers get more
// than they hoped for; nothing when there are none.
func (sr *SegmentResults) delighters(names map[string]string) []app.UI {
	l, r := sr.Locale, sr.Report
	if len(r.Delighters) == 0 {
		return nil
	}
	return []app.UI{
		app.H4().Text(i18n.Delighters.In(l)),
		app.Ul().Class("delighters").Body(app.Range(r.Delighters).Slice(func(i int) app.UI {
			id := r.Delighters[i]
			return app.Li().Body(app.Strong().Text(names["dimension:"+id]), app.Text(" "+delighterText(l, r, id)))
		})),
	}
}

// leverText says what improving a lever by one point adds, with the
// criterion by the name the user gave it.
func leverText(l calc.Locale, names map[string]string, lv calc.Lever) string {
	text := i18n.LeverBenefit
	if lv.Kind == calc.SacrificeLever {
		text = i18n.LeverSacrifice
	}
	return text.F(l, names[string(lv.Kind)+":"+lv.ID], l.FormatFixed(lv.Impact, 2))
}

// belowBy says how far a pain point falls short of its expectation.
func belowBy(l calc.Locale, r calc.SegmentReport, id string) string {
	gap := 0.0
	if d := r.Dimension(id); d != nil && d.Gap != nil {
		gap = *d.Gap
	}
	return i18n.BelowBy.F(l, l.FormatFixed(-gap, 1))
}

// sayDo shows how many of the promoters are expected to recommend, next to
// how many say they will (SPEC §2.8); nothing without NPS counts.
func (sr *SegmentResults) sayDo() app.UI {
	l, nps, referrers := sr.Locale, sr.Segment.NPS, sr.Report.ExpectedReferrers
	if nps == nil || referrers == nil {
		return nil
	}
	return figure(i18n.SayDoLabel.In(l), i18n.SayDoValue.F(l,
		l.FormatDecimal(nps.Promoters, 0), l.FormatDecimal(*referrers, 1),
		l.FormatDecimal(sr.Scenario.Settings.SayDo, 0)),

		"")
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

func (sr *SegmentResults) optional(label string, x *float64, format func(float64) string) app.UI {
	if x == nil {
		return undefinedFigure(label, i18n.Undefined.In(sr.Locale), "")
	}
	return figure(label, format(*x), "")
}

func (sr *SegmentResults) money(label string, x float64, help string) app.UI {
	return moneyFigure(sr.Locale, label, x, sr.Scenario.Currency, help)
}

// noPainPoints says why a segment has no pain points: its expectations
// are met, or there is nothing to judge yet (no dimension has both an
// expected and an experienced mark, so there is no gap).
func noPainPoints(r calc.SegmentReport) *i18n.Text {
	if r.Gap == nil {
		return &i18n.NothingToJudge
	}
	return &i18n.NoPainPoints
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
