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
					TwoLevel: calc.HasTwoLevels(o.Scenario),
				}
			}),
		),
		o.portfolioCard(),
	)
}

// verdictList names each segment with its verdict, in one line each: what
// a phone's first screen shows of the results (the stylesheet shows it on
// narrow screens only, where the cards are a long scroll away).
func verdictList(l calc.Locale, s *calc.Scenario, rep calc.Report) app.UI {
	if len(rep.Segments) == 0 {
		return nil
	}
	return app.Ul().Class("verdict-list").Body(app.Range(rep.Segments).Slice(func(i int) app.UI {
		v := rep.Segments[i].Verdict
		return app.Li().Class("verdict-"+verdictClass(v)).DataSet("verdict", string(v)).Body(
			app.Span().Class("verdict-name").Text(s.Segments[i].Name),
			app.Span().Class("badge").Text(i18n.Verdict(v).In(l)),
		)
	}))
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
	TwoLevel        bool // the scenario has two-level dimensions: adequacy, not the gap
}

// Render draws the card with the automation hooks of SPEC §6.
func (c *SegmentCard) Render() app.UI {
	l, r := c.Locale, c.Report
	service, serviceHelp, sx := serviceFigure(l, r, c.TwoLevel)
	return app.Article().Class("card verdict-"+verdictClass(r.Verdict)).
		DataSet("segment", r.ID).
		DataSet("value", hookNumber(r.Value)).
		DataSet("gap", hookNumber(r.Gap)).
		DataSet("verdict", string(r.Verdict)).
		DataSet("clv", calc.FormatNumber(r.CLV)).
		DataSet("equity-uplift", calc.FormatNumber(r.EquityUplift)).
		DataSet("adequacy", hookNumber(r.Adequacy)).
		DataSet("path", r.ToAmbassador.String()).
		Body(
			app.H3().Text(r.Name),
			app.P().Class("badge").Text(i18n.Verdict(r.Verdict).In(l)),
			app.P().Class("explain").Text(i18n.VerdictExplanation(r.Verdict).In(l)),
			app.Dl().Body(
				figure(i18n.Customers.In(l), l.FormatDecimal(c.Customers, 0), ""),
				scoreFigure(l, i18n.Value.In(l), r.Value, i18n.ValueHelp.In(l)),
				scoreFigure(l, service, sx, serviceHelp),
				moneyFigure(l, i18n.CLV.In(l), r.CLV, c.Currency, ""),
				moneyFigure(l, i18n.Uplift.F(l, l.FormatDecimal(c.RetentionUplift, 1)), r.EquityUplift, c.Currency, ""),
			),
		)
}

func (o *Overview) portfolioCard() app.UI {
	l, p := o.Locale, o.Report.Portfolio
	return app.Article().Class("card portfolio").
		DataSet("portfolio", "true").
		DataSet("customers", calc.FormatNumber(p.Customers)).
		DataSet("value", hookNumber(p.Value)).
		DataSet("gap", hookNumber(p.Gap)).
		DataSet("equity", calc.FormatNumber(p.Equity)).
		DataSet("equity-uplift", calc.FormatNumber(p.EquityUplift)).
		Body(
			app.H3().Text(i18n.Portfolio.In(l)),
			app.Dl().Body(
				figure(i18n.Customers.In(l), l.FormatDecimal(p.Customers, 0), ""),
				scoreFigure(l, i18n.Value.In(l), p.Value, i18n.ValueHelp.In(l)),
				scoreFigure(l, i18n.Gap.In(l), p.Gap, i18n.GapHelp.In(l)),
				moneyFigure(l, i18n.Equity.In(l), p.Equity, o.Scenario.Currency, ""),
				moneyFigure(l, i18n.Uplift.F(l, l.FormatDecimal(o.Scenario.Settings.RetentionUplift, 1)), p.EquityUplift, o.Scenario.Currency, ""),
			),
		)
}

// moneyFigure is a labelled amount of money, or a dash while it is zero:
// every amount is a product of customers, revenue and margin (SPEC §2.7),
// so a zero one has nothing to show yet, and "€ 0,00" would claim a worth.
func moneyFigure(l calc.Locale, label string, x float64, currency, help string) app.UI {
	if x == 0 {
		return undefinedFigure(label, "–", help)
	}
	return figure(label, money(l, x, currency), help)
}

// figure is one labelled number of a card.
func figure(label, value, help string) app.UI {
	return figureOf(label, app.Dd().Text(value), help)
}

// undefinedFigure is a figure that cannot be computed yet, in words.
func undefinedFigure(label, value, help string) app.UI {
	return figureOf(label, app.Dd().Class("undefined").Text(value), help)
}

func figureOf(label string, value app.UI, help string) app.UI {
	return app.Div().Class("figure").Body(
		app.Dt().Body(
			app.Text(label),
			app.If(help != "", app.Span().Class("help").Text(help)),
		),
		value,
	)
}

// scoreFigure shows a figure on the rating scale, signed with two
// decimals, or says it cannot be computed yet.
func scoreFigure(l calc.Locale, label string, x *float64, help string) app.UI {
	if x == nil {
		return undefinedFigure(label, i18n.Undefined.In(l), help)
	}
	return figure(label, signed(l, *x), help)
}

// signed writes a score with two decimals and a plus sign when positive.
func signed(l calc.Locale, x float64) string {
	s := l.FormatFixed(x, 2)
	if x > 0 && s != l.FormatFixed(0, 2) {
		s = "+" + s
	}
	return s
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
