package app

import (
	"slices"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SegmentEditor holds every input of one segment: its name, the ratings of
// benefits, sacrifices and quality dimensions, loyalty, NPS and money.
type SegmentEditor struct {
	app.Compo

	Locale   calc.Locale
	Scenario *calc.Scenario
	Index    int
	Edits    *edits

	numbers changes[*float64]
	names   changes[string]
}

// seg returns the segment being edited.
func (se *SegmentEditor) seg() *calc.Segment { return &se.Scenario.Segments[se.Index] }

// set returns the Change that edits one number of the segment.
func (se *SegmentEditor) set(key string, fn func(sg *calc.Segment, v *float64)) *Change[*float64] {
	id := se.seg().ID
	key = id + "." + key
	return se.numbers.get(key, func(ctx app.Context, v *float64) {
		se.Edits.editSegment(ctx, key, id, func(sg *calc.Segment) { fn(sg, v) })
	})
}

// Render lays out the segment's inputs in groups.
func (se *SegmentEditor) Render() app.UI {
	l, sg := se.Locale, se.seg()
	n := len(se.Scenario.Segments)
	return app.Section().Class("segment-editor").DataSet("editing", sg.ID).Aria("label", sg.Name).Body(
		app.Div().Class("segment-head").Body(
			&TextField{
				ID: "seg-" + sg.ID + "-name", Label: i18n.SegmentName.In(l), Value: sg.Name, Required: true, Locale: l,
				OnChange: se.names.get(sg.ID, func(ctx app.Context, name string) {
					se.Edits.editSegment(ctx, sg.ID+".name", sg.ID, func(s *calc.Segment) { s.Name = name })
				}),
			},
			app.Div().Class("buttons").Body(
				iconButton("←", i18n.MoveUp.F(l, sg.Name), "segment-up", se.Index == 0, func(ctx app.Context) { se.move(ctx, -1) }),
				iconButton("→", i18n.MoveDown.F(l, sg.Name), "segment-down", se.Index == n-1, func(ctx app.Context) { se.move(ctx, 1) }),
				button(i18n.Duplicate.In(l), "duplicate-segment", n >= calc.MaxSegments, se.duplicate),
				button(i18n.RemoveSegment.In(l), "remove-segment", false, se.remove),
			),
		),
		se.ratings(benefitKind, se.Scenario.Benefits, sg.Benefits),
		se.ratings(sacrificeKind, se.Scenario.Sacrifices, sg.Sacrifices),
		&QualityTable{Locale: l, Scenario: se.Scenario, Index: se.Index, Edits: se.Edits},
		se.money(),
		se.loyalty(),
		se.nps(),
	)
}

// ratings is the table of weights and scores of benefits or sacrifices.
func (se *SegmentEditor) ratings(k criterionKind, criteria []calc.Criterion, ratings map[string]calc.Rating) app.UI {
	l, id := se.Locale, se.seg().ID
	setRating := func(cid string, fn func(r *calc.Rating, v *float64)) func(sg *calc.Segment, v *float64) {
		return func(sg *calc.Segment, v *float64) {
			m := &sg.Benefits
			if k == sacrificeKind {
				m = &sg.Sacrifices
			}
			if *m == nil {
				*m = map[string]calc.Rating{}
			}
			r := (*m)[cid]
			fn(&r, v)
			(*m)[cid] = r
		}
	}
	return app.FieldSet().Class("ratings").Body(
		app.Legend().Text(k.texts().title.In(l)),
		app.P().Class("hint").Text(k.texts().ratingHelp.In(l)),
		app.Table().Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(i18n.Criterion.In(l)),
				app.Th().Scope("col").Text(i18n.Weight.In(l)),
				app.Th().Scope("col").Text(i18n.Score.In(l)),
			)),
			app.TBody().Body(app.Range(criteria).Slice(func(i int) app.UI {
				c := criteria[i]
				r := ratings[c.ID]
				prefix := "seg-" + id + "-" + string(k) + "-" + c.ID
				return app.Tr().Body(
					app.Th().Scope("row").Text(c.Name),
					app.Td().Body(&NumberField{
						ID: prefix + "-weight", Label: i18n.WeightOf.F(l, c.Name), Compact: true,
						Value: r.Weight, Placeholder: l.FormatDecimal(calc.DefaultWeight, 0), Range: calc.WeightRange, Optional: true, Locale: l,
						OnChange: se.set(string(k)+"."+c.ID+".weight", setRating(c.ID, func(r *calc.Rating, v *float64) { r.Weight = v })),
					}),
					app.Td().Body(&NumberField{
						ID: prefix + "-score", Label: i18n.ScoreOf.F(l, c.Name), Compact: true,
						Value: r.Score, Range: calc.RatingRange, Optional: true, Locale: l,
						OnChange: se.set(string(k)+"."+c.ID+".score", setRating(c.ID, func(r *calc.Rating, v *float64) { r.Score = v })),
					}),
				)
			})),
		),
	)
}

// moneyField is one of the segment's money and customer figures.
type moneyField struct {
	key   string
	label *i18n.Text
	hint  string
	rng   calc.Range
	get   func(sg *calc.Segment) *float64
}

var moneyFields = []moneyField{
	{"customers", &i18n.Customers, "", calc.CountRange, func(sg *calc.Segment) *float64 { return &sg.Customers }},
	{"revenuePerCustomer", &i18n.Revenue, "", calc.RevenueRange, func(sg *calc.Segment) *float64 { return &sg.RevenuePerCustomer }},
	{"margin", &i18n.Margin, "%", calc.MarginRange, func(sg *calc.Segment) *float64 { return &sg.Margin }},
	{"retention", &i18n.Retention, "%", calc.RetentionRange, func(sg *calc.Segment) *float64 { return &sg.Retention }},
	{"growthPotential", &i18n.Growth, "%", calc.GrowthRange, func(sg *calc.Segment) *float64 { return &sg.GrowthPotential }},
}

func (se *SegmentEditor) money() app.UI {
	l, sg := se.Locale, se.seg()
	return app.FieldSet().Class("grid-fields").Body(
		app.Legend().Text(i18n.Money.In(l)),
		app.Range(moneyFields).Slice(func(i int) app.UI {
			f := moneyFields[i]
			return &NumberField{
				ID: "seg-" + sg.ID + "-" + f.key, Label: f.label.In(l), Hint: f.hint,
				Value: calc.Float(*f.get(sg)), Range: f.rng, Locale: l,
				OnChange: se.set(f.key, func(sg *calc.Segment, v *float64) { *f.get(sg) = *v }),
			}
		}),
	)
}

func (se *SegmentEditor) loyalty() app.UI {
	l, sg := se.Locale, se.seg()
	return app.FieldSet().Class("grid-fields").Body(
		app.Legend().Text(i18n.Loyalty.In(l)),
		app.P().Class("hint").Text(i18n.LoyaltyHelp.In(l)),
		app.Range(calc.LoyaltyKeys).Slice(func(i int) app.UI {
			key := calc.LoyaltyKeys[i]
			var v *float64
			if x, ok := sg.Loyalty[key]; ok {
				v = calc.Float(x)
			}
			return &NumberField{
				ID: "seg-" + sg.ID + "-loyalty-" + key, Label: i18n.LoyaltyIndicator(key).In(l), Hint: "%",
				Value: v, Range: calc.PercentRange, Optional: true, Locale: l,
				OnChange: se.set("loyalty."+key, func(sg *calc.Segment, v *float64) {
					if v == nil {
						delete(sg.Loyalty, key)
						return
					}
					if sg.Loyalty == nil {
						sg.Loyalty = map[string]float64{}
					}
					sg.Loyalty[key] = *v
				}),
			}
		}),
	)
}

func (se *SegmentEditor) nps() app.UI {
	l, sg := se.Locale, se.seg()
	counts := []struct {
		key   string
		label *i18n.Text
		get   func(n *calc.NPS) *float64
	}{
		{"promoters", &i18n.Promoters, func(n *calc.NPS) *float64 { return &n.Promoters }},
		{"passives", &i18n.Passives, func(n *calc.NPS) *float64 { return &n.Passives }},
		{"detractors", &i18n.Detractors, func(n *calc.NPS) *float64 { return &n.Detractors }},
	}
	return app.FieldSet().Class("grid-fields").Body(
		app.Legend().Text(i18n.NPS.In(l)),
		app.P().Class("hint").Text(i18n.NPSHelp.In(l)),
		app.Range(counts).Slice(func(i int) app.UI {
			c := counts[i]
			var v *float64
			if sg.NPS != nil {
				v = calc.Float(*c.get(sg.NPS))
			}
			return &NumberField{
				ID: "seg-" + sg.ID + "-nps-" + c.key, Label: c.label.In(l),
				Value: v, Range: calc.CountRange, Optional: true, Locale: l,
				OnChange: se.set("nps."+c.key, func(sg *calc.Segment, v *float64) {
					if sg.NPS == nil {
						sg.NPS = &calc.NPS{}
					}
					*c.get(sg.NPS) = 0
					if v != nil {
						*c.get(sg.NPS) = *v
					}
					if n := sg.NPS; n.Promoters+n.Passives+n.Detractors == 0 && len(n.X) == 0 {
						sg.NPS = nil
					}
				}),
			}
		}),
	)
}

func (se *SegmentEditor) move(ctx app.Context, by int) {
	i, j := se.Index, se.Index+by
	se.Edits.edit(ctx, "", func(s *calc.Scenario) {
		if j >= 0 && j < len(s.Segments) {
			s.Segments[i], s.Segments[j] = s.Segments[j], s.Segments[i]
		}
	})
	se.Edits.selectSegment(ctx, j)
}

func (se *SegmentEditor) duplicate(ctx app.Context) {
	src := se.seg()
	id := freeID(src.ID, func(id string) bool { return segmentByID(se.Scenario, id) != nil })
	dup := src.Clone()
	dup.ID, dup.Name = id, i18n.CopyOf.F(se.Locale, src.Name)
	at := se.Index + 1
	se.Edits.edit(ctx, "", func(s *calc.Scenario) { s.Segments = slices.Insert(s.Segments, at, dup) })
	se.Edits.selectSegment(ctx, at)
}

func (se *SegmentEditor) remove(ctx app.Context) { se.Edits.removeSegment(ctx, se.seg().ID) }
