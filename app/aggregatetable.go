package app

import (
	"strconv"

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
		app.H3().ID("aggregates-title").Text(T(l, msgAggregates)),
		app.P().Class("hint").Text(T(l, msgAggregatesHelp)),
		app.Range(segments).Slice(func(i int) app.UI { return t.segment(segments[i]) }),
	)
}

func (t *AggregateTable) segment(agg calc.SegmentAggregate) app.UI {
	l := t.Locale
	title := T(l, msgResponsesFor, agg.Name, agg.Responses)
	return app.Div().Class("aggregate-segment").DataSet("aggregate-segment", agg.ID).DataSet("responses", agg.Responses).Body(
		app.H4().Text(title),
		app.Div().Class("table-scroll").TabIndex(0).Attr("role", "region").Aria("label", title).Body(
			app.Table().Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(T(l, msgRating)),
					app.Th().Scope("col").Text("n"),
					app.Th().Scope("col").Text(T(l, msgMean)),
					app.Th().Scope("col").Text(T(l, msgMedian)),
					app.Th().Scope("col").Text(T(l, msgMinMax)),
					app.Th().Scope("col").Text(T(l, msgSpread)),
				)),
				app.TBody().Body(app.Range(agg.Ratings).Slice(func(i int) app.UI {
					return t.row(agg.ID, agg.Ratings[i])
				})),
			),
		),
	)
}

// ratingNames are the words for the ratings of calc's aggregates.
var ratingNames = map[string]msg{
	calc.RatingWeight: msgWeight, calc.RatingScore: msgScore,
	calc.RatingExpected: msgExpected, calc.RatingExperienced: msgExperienced,
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
		divided = app.Strong().Class("divided-mark").Text(" ▲ " + T(l, msgDivided))
	}
	tr := app.Tr().
		DataSet("aggregate", segment+"."+ra.Group+"."+ra.ID+"."+ra.Rating).
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
		app.Th().Scope("row").Text(T(l, msgRatingOf, ra.Name, T(l, ratingNames[ra.Rating]))),
		app.Td().Text(strconv.Itoa(ra.N)),
		app.Td().Text(show(ra.Mean)),
		app.Td().Text(show(ra.Median)),
		app.Td().Text(minMax),
		app.Td().Body(app.Text(show(ra.Spread)), divided),
	)
}
