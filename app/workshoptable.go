package app

import (
	"strconv"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// AggregateTable shows what the room said: per segment with responses, per
// rating the number of answers, mean, median, lowest–highest and spread.
// Where the room disagrees (calc.DisagreementSpread) the row is marked in
// words as well as in colour. Each row carries the data-aggregate hooks
// with its figures in full precision.
type AggregateTable struct {
	app.Compo

	Locale     calc.Locale
	Aggregates []calc.SegmentAggregate
}

// Render draws one table per segment that has responses.
func (t *AggregateTable) Render() app.UI {
	l := t.Locale
	var segments []calc.SegmentAggregate
	for _, agg := range t.Aggregates {
		if agg.Responses > 0 {
			segments = append(segments, agg)
		}
	}
	if len(segments) == 0 {
		return app.Div().Class("aggregates")
	}
	return app.Section().Class("aggregates").Aria("labelledby", "aggregates-title").Body(
		app.H3().ID("aggregates-title").Text(i18n.Aggregates.In(l)),
		app.P().Class("hint").Text(i18n.AggregatesHelp.In(l)),
		app.Range(segments).Slice(func(i int) app.UI { return t.segment(segments[i]) }),
	)
}

func (t *AggregateTable) segment(agg calc.SegmentAggregate) app.UI {
	l := t.Locale
	title := i18n.ResponsesFor.F(l, agg.Name, agg.Responses)
	return app.Div().Class("aggregate-segment").DataSet("aggregate-segment", agg.ID).DataSet("responses", agg.Responses).Body(
		app.H4().Text(title),
		app.Div().Class("table-scroll").TabIndex(0).Attr("role", "region").Aria("label", title).Body(
			app.Table().Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(i18n.Rating.In(l)),
					app.Th().Scope("col").Text("n"),
					app.Th().Scope("col").Text(i18n.Mean.In(l)),
					app.Th().Scope("col").Text(i18n.Median.In(l)),
					app.Th().Scope("col").Text(i18n.MinMax.In(l)),
					app.Th().Scope("col").Text(i18n.Spread.In(l)),
				)),
				app.TBody().Body(app.Range(agg.Ratings).Slice(func(i int) app.UI {
					return t.row(agg.ID, agg.Ratings[i])
				})),
			),
		),
	)
}

// ratingNames are the words for the ratings of calc's aggregates, every
// one of them (TestRatingNames).
var ratingNames = map[string]*i18n.Text{
	calc.RatingWeight: &i18n.Weight, calc.RatingScore: &i18n.Score,
	calc.RatingExpected: &i18n.Expected, calc.RatingExperienced: &i18n.Experienced,
	calc.RatingAdequate: &i18n.MinimumLevel, calc.RatingDesired: &i18n.DesiredLevel,
}

func (t *AggregateTable) row(segment string, ra calc.RatingAggregate) app.UI {
	l := t.Locale
	hook := func(x float64) string {
		if ra.N == 0 {
			return ""
		}
		return calc.FormatNumber(x)
	}
	show := func(x float64) string {
		if ra.N == 0 {
			return "–"
		}
		return l.FormatDecimal(x, 2)
	}
	minMax := "–"
	if ra.N > 0 {
		minMax = show(ra.Min) + "–" + show(ra.Max)
	}
	var divided app.UI
	if ra.Disagreement {
		divided = app.Strong().Class("divided-mark").Text(" ▲ " + i18n.Divided.In(l))
	}
	tr := app.Tr().
		DataSet("aggregate", ra.Key(segment)).
		DataSet("n", strconv.Itoa(ra.N)).
		DataSet("mean", hook(ra.Mean)).
		DataSet("median", hook(ra.Median)).
		DataSet("min", hook(ra.Min)).
		DataSet("max", hook(ra.Max)).
		DataSet("spread", hook(ra.Spread)).
		DataSet("disagreement", strconv.FormatBool(ra.Disagreement))
	if ra.Disagreement {
		tr = tr.Class("divided")
	}
	return tr.Body(
		app.Th().Scope("row").Text(i18n.RatingOf.F(l, ra.Name, ratingNames[ra.Rating].In(l))),
		app.Td().Text(strconv.Itoa(ra.N)),
		app.Td().Text(show(ra.Mean)),
		app.Td().Text(show(ra.Median)),
		app.Td().Text(minMax),
		app.Td().Body(app.Text(show(ra.Spread)), divided),
	)
}
