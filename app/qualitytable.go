package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// QualityTable holds one segment's quality ratings: per dimension its
// weight, the expectation and the experienced service. The expectation is
// one expected level (with the scenario's tolerance around it) or a
// minimum and a desired level, as the scenario chooses with the switch
// above the table (levels.go keeps the levels the table does not ask for).
type QualityTable struct {
	app.Compo

	Locale   calc.Locale
	Scenario *calc.Scenario
	Index    int
	Edits    *edits

	numbers changes[*float64]
}

// seg returns the segment being edited.
func (qt *QualityTable) seg() *calc.Segment { return &qt.Scenario.Segments[qt.Index] }

// set returns the Change that edits one number of dimension did's rating.
func (qt *QualityTable) set(did, field string, fn func(q *calc.QualityRating, v *float64)) *Change[*float64] {
	id := qt.seg().ID
	key := id + ".quality." + did + "." + field
	return qt.numbers.get(key, func(ctx app.Context, v *float64) {
		qt.Edits.editSegment(ctx, key, id, func(sg *calc.Segment) {
			if sg.Quality == nil {
				sg.Quality = map[string]calc.QualityRating{}
			}
			q := sg.Quality[did]
			fn(&q, v)
			sg.Quality[did] = q
		})
	})
}

// switchLevels changes the whole scenario's table to two levels or to one,
// in one undo step.
func (qt *QualityTable) switchLevels(ctx app.Context, two bool) {
	qt.Edits.edit(ctx, "", func(s *calc.Scenario) {
		if twoLevelMode(s) != two {
			setTwoLevelMode(s, two)
		}
	})
}

// Render draws the switch, the help and the table.
func (qt *QualityTable) Render() app.UI {
	l, sg := qt.Locale, qt.seg()
	two := twoLevelMode(qt.Scenario)
	help := i18n.DimensionsHelp
	head := []app.UI{
		app.Th().Scope("col").Text(i18n.Criterion.In(l)),
		app.Th().Scope("col").Text(i18n.Weight.In(l)),
	}
	if two {
		help = i18n.DimensionsHelpTwo
		head = append(head,
			app.Th().Scope("col").Text(i18n.MinimumLevel.In(l)),
			app.Th().Scope("col").Text(i18n.DesiredLevel.In(l)))
	} else {
		head = append(head, app.Th().Scope("col").Text(i18n.Expected.In(l)))
	}
	head = append(head, app.Th().Scope("col").Text(i18n.Experienced.In(l)))
	dims := qt.Scenario.Dimensions
	return app.FieldSet().Class("ratings", "quality").DataSet("levels", levelsName(two)).Body(
		app.Legend().Text(i18n.DimensionsTitle.In(l)),
		qt.levelSwitch(two),
		app.P().Class("hint").Text(help.In(l)),
		app.Table().Body(
			app.THead().Body(app.Tr().Body(head...)),
			app.TBody().Body(qt.rows(dims, sg, two)...),
		),
	)
}

// levelsName is the value of the table's and the switch's data-levels
// hook: "one" or "two".
func levelsName(two bool) string {
	if two {
		return "two"
	}
	return "one"
}

// levelSwitch is the pair of radio buttons that chooses the scenario's
// kind of expectation.
func (qt *QualityTable) levelSwitch(two bool) app.UI {
	l, name := qt.Locale, "seg-"+qt.seg().ID+"-levels"
	option := func(on bool, text *i18n.Text) app.UI {
		id := name + "-" + levelsName(on)
		return app.Div().Class("level-option").Body(
			app.Input().Type("radio").ID(id).Name(name).Checked(two == on).DataSet("levels", levelsName(on)).
				OnChange(func(ctx app.Context, e app.Event) { qt.switchLevels(ctx, on) }, levelsName(on)),
			app.Label().For(id).Text(text.In(l)),
		)
	}
	return app.FieldSet().Class("level-switch").Body(
		app.Legend().Text(i18n.QualityLevels.In(l)),
		option(false, &i18n.QualityLevelsOne),
		option(true, &i18n.QualityLevelsTwo),
	)
}

// rows are the table's rows. In two-level mode each dimension has three:
// a row with its name, which a phone shows instead of the name beside
// four inputs (web/app.css; screen readers skip it and read the row's
// header), the row of inputs, and a row for what is wrong with the pair
// being typed, across the whole width so that a phone's narrow column
// does not squeeze the sentence. The last is always there, hidden when
// empty, so that go-app keeps the rows that follow in place.
func (qt *QualityTable) rows(dims []calc.Criterion, sg *calc.Segment, two bool) []app.UI {
	rows := make([]app.UI, 0, 3*len(dims))
	for _, d := range dims {
		q := sg.Quality[d.ID]
		if !two {
			rows = append(rows, qt.row(d, q, "", ""))
			continue
		}
		pa, pd := levelProblems(qt.Locale, d.Name, q)
		prefix := qt.prefix(d)
		var messages []app.UI
		for _, m := range []struct{ field, text string }{{"adequate", pa}, {"desired", pd}} {
			if m.text != "" {
				messages = append(messages, app.P().ID(prefix+"-"+m.field+"-pair-error").Class("field-error").
					DataSet("error", prefix+"-"+m.field).Text(m.text))
			}
		}
		rows = append(rows,
			app.Tr().Class("name-row").Aria("hidden", "true").Body(app.Td().ColSpan(4).Body(qt.name(d, q)...)),
			qt.row(d, q, pa, pd),
			app.Tr().Class("pair-problems").Hidden(len(messages) == 0).Body(
				app.Td().Class("pair-indent"),
				app.Td().ColSpan(4).Body(messages...)),
		)
	}
	return rows
}

// prefix is the start of the ids of dimension d's inputs.
func (qt *QualityTable) prefix(d calc.Criterion) string {
	return "seg-" + qt.seg().ID + "-dimensions-" + d.ID
}

// name is a dimension's name and, in two-level mode, the expected level
// its rating keeps.
func (qt *QualityTable) name(d calc.Criterion, q calc.QualityRating) []app.UI {
	if q.Expected == nil {
		return []app.UI{app.Text(d.Name)}
	}
	l := qt.Locale
	return []app.UI{app.Text(d.Name),
		app.Span().Class("hint", "expected-still").Text(i18n.ExpectedStill.F(l, l.FormatDecimal(*q.Expected, 2)))}
}

// row is one dimension's inputs. In two-level mode a pair still being
// typed shows as typed; problemA and problemD, what is wrong with it
// (levelProblems), mark the minimum and the desired input, and rows puts
// the words below the row. An expected level the file keeps (SPEC allows
// it beside the two) is named under the dimension.
func (qt *QualityTable) row(d calc.Criterion, q calc.QualityRating, problemA, problemD string) app.UI {
	l, two := qt.Locale, twoLevelMode(qt.Scenario)
	prefix := qt.prefix(d)
	mark := func(field, label string, v *float64, problem string, fn func(q *calc.QualityRating, v *float64)) app.UI {
		f := &NumberField{
			ID: prefix + "-" + field, Label: label, Compact: true,
			Value: v, Range: calc.RatingRange, Optional: true, Locale: l,
			OnChange: qt.set(d.ID, field, fn),
		}
		if problem != "" {
			f.DescribedBy = f.ID + "-pair-error"
		}
		return app.Td().Body(f)
	}
	name := app.Th().Scope("row").Text(d.Name)
	if two {
		name = app.Th().Scope("row").Body(qt.name(d, q)...)
	}
	cells := []app.UI{name, app.Td().Body(&NumberField{
		ID: prefix + "-weight", Label: i18n.WeightOf.F(l, d.Name), Compact: true,
		Value: q.Weight, Placeholder: l.FormatDecimal(calc.DefaultWeight, 0), Range: calc.WeightRange, Optional: true, Locale: l,
		OnChange: qt.set(d.ID, "weight", func(q *calc.QualityRating, v *float64) { q.Weight = v }),
	})}
	if two {
		adequate, desired := shownLevels(q)
		cells = append(cells,
			mark("adequate", i18n.LevelMinimumOf.F(l, d.Name), adequate, problemA, func(q *calc.QualityRating, v *float64) {
				_, d := shownLevels(*q)
				setLevels(q, v, d)
			}),
			mark("desired", i18n.LevelDesiredOf.F(l, d.Name), desired, problemD, func(q *calc.QualityRating, v *float64) {
				a, _ := shownLevels(*q)
				setLevels(q, a, v)
			}))
	} else {
		cells = append(cells, mark("expected", i18n.ExpectedOf.F(l, d.Name), q.Expected, "",
			func(q *calc.QualityRating, v *float64) { q.Expected = v }))
	}
	cells = append(cells, mark("experienced", i18n.ExperiencedOf.F(l, d.Name), q.Experienced, "",
		func(q *calc.QualityRating, v *float64) { q.Experienced = v }))
	return app.Tr().Body(cells...)
}
