package app

import (
	"strings"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Overview shows the results of every segment and of the portfolio, with
// the automation hooks of SPEC §6 on each card.
type Overview struct {
	app.Compo

	Locale   calc.Locale
	Scenario *calc.Scenario
	Report   calc.Report
}

// Render draws one card per segment, then the portfolio.
func (o *Overview) Render() app.UI {
	l, rep := o.Locale, o.Report
	if len(rep.Segments) == 0 {
		return app.P().Class("empty").Text(i18n.NoSegments.In(l))
	}
	return app.Section().Class("overview").Aria("label", i18n.Results.In(l)).Body(
		app.Div().Class("cards").Body(
			app.Range(rep.Segments).Slice(func(i int) app.UI {
				return &SegmentCard{
					Locale: l, Report: rep.Segments[i], Customers: o.Scenario.Segments[i].Customers,
					RetentionUplift: o.Scenario.Settings.RetentionUplift, Currency: o.Scenario.Currency,
				}
			}),
		),
		o.portfolioCard(),
	)
}

// SegmentCard is one segment's card in the overview. It is a component
// with only figures for fields, so that go-app, which compares a
// component's fields before drawing it again, draws again only the cards
// whose figures changed: a keystroke changes one segment of up to fifty.
type SegmentCard struct {
	app.Compo

	Locale          calc.Locale
	Report          calc.SegmentReport
	Customers       float64
	RetentionUplift float64
	Currency        string
}

// Render draws the card with the automation hooks of SPEC §6.
func (c *SegmentCard) Render() app.UI {
	l, r := c.Locale, c.Report
	var m markup
	m.open("article", "class", "card verdict-"+verdictClass(r.Verdict),
		"data-segment", r.ID,
		"data-value", hookNumber(r.Value),
		"data-gap", hookNumber(r.Gap),
		"data-verdict", string(r.Verdict),
		"data-clv", calc.FormatNumber(r.CLV),
		"data-equity-uplift", calc.FormatNumber(r.EquityUplift))
	m.elem("h3", r.Name)
	m.elem("p", i18n.Verdict(r.Verdict).In(l), "class", "badge")
	m.elem("p", i18n.VerdictExplanation(r.Verdict).In(l), "class", "explain")
	m.open("dl")
	m.figure(i18n.Customers.In(l), l.FormatDecimal(c.Customers, 0), "", false)
	m.scoreFigure(l, i18n.Value.In(l), r.Value, i18n.ValueHelp.In(l))
	m.scoreFigure(l, i18n.Gap.In(l), r.Gap, i18n.GapHelp.In(l))
	m.figure(i18n.CLV.In(l), money(l, r.CLV, c.Currency), "", false)
	m.figure(i18n.Uplift.F(l, l.FormatDecimal(c.RetentionUplift, 1)), money(l, r.EquityUplift, c.Currency), "", false)
	m.close("dl")
	m.close("article")
	return m.ui()
}

func (o *Overview) portfolioCard() app.UI {
	l, p := o.Locale, o.Report.Portfolio
	var m markup
	m.open("article", "class", "card portfolio",
		"data-portfolio", "true",
		"data-customers", calc.FormatNumber(p.Customers),
		"data-value", hookNumber(p.Value),
		"data-gap", hookNumber(p.Gap),
		"data-equity", calc.FormatNumber(p.Equity),
		"data-equity-uplift", calc.FormatNumber(p.EquityUplift))
	m.elem("h3", i18n.Portfolio.In(l))
	m.open("dl")
	m.figure(i18n.Customers.In(l), l.FormatDecimal(p.Customers, 0), "", false)
	m.scoreFigure(l, i18n.Value.In(l), p.Value, i18n.ValueHelp.In(l))
	m.scoreFigure(l, i18n.Gap.In(l), p.Gap, i18n.GapHelp.In(l))
	m.figure(i18n.Equity.In(l), o.money(p.Equity), "", false)
	m.figure(i18n.Uplift.F(l, l.FormatDecimal(o.Scenario.Settings.RetentionUplift, 1)), o.money(p.EquityUplift), "", false)
	m.close("dl")
	m.close("article")
	return m.ui()
}

// scoreFigure writes a figure on the rating scale, signed with two
// decimals, or says it cannot be computed yet.
func (m *markup) scoreFigure(l calc.Locale, label string, x *float64, help string) {
	if x == nil {
		m.figure(label, i18n.Undefined.In(l), help, true)
		return
	}
	m.figure(label, signed(l, *x), help, false)
}

// signed writes a score with two decimals and a plus sign when positive.
func signed(l calc.Locale, x float64) string {
	s := l.FormatFixed(x, 2)
	if x > 0 && s != l.FormatFixed(0, 2) {
		s = "+" + s
	}
	return s
}

func (o *Overview) money(x float64) string {
	return money(o.Locale, x, o.Scenario.Currency)
}

// money formats an amount for the screen: as calc writes it, with a
// non-breaking space so that "€ 1.234,50" never wraps apart.
func money(l calc.Locale, x float64, currency string) string {
	return strings.ReplaceAll(l.FormatMoney(x, currency), " ", "\u00a0")
}

// hookNumber writes an optional figure for a data attribute: full precision,
// or the empty string when undefined (SPEC §6).
func hookNumber(x *float64) string {
	if x == nil {
		return ""
	}
	return calc.FormatNumber(*x)
}

func verdictClass(v calc.Verdict) string {
	if v == calc.NoVerdict {
		return "none"
	}
	return string(v)
}
