package app

import (
	"slices"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// criterionKind is one of the three lists of criteria shared by all
// segments.
type criterionKind string

const (
	benefitKind   criterionKind = "benefits"
	sacrificeKind criterionKind = "sacrifices"
	dimensionKind criterionKind = "dimensions"
)

// list returns the scenario's list of this kind.
func (k criterionKind) list(s *calc.Scenario) *[]calc.Criterion {
	switch k {
	case benefitKind:
		return &s.Benefits
	case sacrificeKind:
		return &s.Sacrifices
	}
	return &s.Dimensions
}

func (k criterionKind) max() int {
	switch k {
	case benefitKind:
		return calc.MaxBenefits
	case sacrificeKind:
		return calc.MaxSacrifices
	}
	return calc.MaxDimensions
}

// forget removes every segment's rating of criterion id.
func (k criterionKind) forget(s *calc.Scenario, id string) {
	for i := range s.Segments {
		sg := &s.Segments[i]
		switch k {
		case benefitKind:
			delete(sg.Benefits, id)
		case sacrificeKind:
			delete(sg.Sacrifices, id)
		default:
			delete(sg.Quality, id)
		}
	}
}

// kindTexts are the words for one list of criteria.
type kindTexts struct{ title, item, add, ratingHelp, participantHelp *i18n.Text }

func (k criterionKind) texts() kindTexts {
	switch k {
	case benefitKind:
		return kindTexts{&i18n.BenefitsTitle, &i18n.BenefitN, &i18n.AddBenefit, &i18n.BenefitsHelp, &i18n.BenefitsParticipantHelp}
	case sacrificeKind:
		return kindTexts{&i18n.SacrificesTitle, &i18n.SacrificeN, &i18n.AddSacrifice, &i18n.SacrificesHelp, &i18n.SacrificesParticipantHelp}
	}
	return kindTexts{&i18n.DimensionsTitle, &i18n.DimensionN, &i18n.AddDimension, &i18n.DimensionsHelp, &i18n.DimensionsParticipantHelp}
}

// CriteriaList edits one list of criteria: rename, reorder, remove, add.
type CriteriaList struct {
	app.Compo

	Locale calc.Locale
	Of     criterionKind
	Items  []calc.Criterion
	Edits  *edits

	names changes[string]
}

// Render draws the list.
func (c *CriteriaList) Render() app.UI {
	l, k := c.Locale, c.Of
	return app.FieldSet().Class("criteria").DataSet("criteria", string(k)).Body(
		app.Legend().Text(k.texts().title.In(l)),
		app.Ol().Body(app.Range(c.Items).Slice(func(i int) app.UI {
			it := c.Items[i]
			return app.Li().Body(
				&TextField{
					ID: "crit-" + string(k) + "-" + it.ID, Label: k.texts().item.F(l, i+1),
					Value: it.Name, Required: true, Locale: l, Compact: true,
					OnChange: c.names.get(it.ID, func(ctx app.Context, name string) {
						c.change(ctx, "crit-name-"+it.ID, func(list []calc.Criterion, j int) { list[j].Name = name }, it.ID)
					}),
				},
				iconButton("↑", i18n.MoveUp.F(l, it.Name), "up-"+it.ID, i == 0, func(ctx app.Context) { c.move(ctx, it.ID, -1) }),
				iconButton("↓", i18n.MoveDown.F(l, it.Name), "down-"+it.ID, i == len(c.Items)-1, func(ctx app.Context) { c.move(ctx, it.ID, 1) }),
				iconButton("✕", i18n.Remove.F(l, it.Name), "remove-"+it.ID, false, func(ctx app.Context) { c.remove(ctx, it.ID) }),
			)
		})),
		button(k.texts().add.In(l), "add-"+string(k), len(c.Items) >= k.max(), c.add),
	)
}

// change edits the criterion with the given id in the scenario's list.
func (c *CriteriaList) change(ctx app.Context, key string, fn func(list []calc.Criterion, i int), id string) {
	c.Edits.edit(ctx, key, func(s *calc.Scenario) {
		list := *c.Of.list(s)
		if i := slices.IndexFunc(list, func(x calc.Criterion) bool { return x.ID == id }); i >= 0 {
			fn(list, i)
		}
	})
}

func (c *CriteriaList) move(ctx app.Context, id string, by int) {
	c.change(ctx, "", func(list []calc.Criterion, i int) {
		if j := i + by; j >= 0 && j < len(list) {
			list[i], list[j] = list[j], list[i]
		}
	}, id)
}

func (c *CriteriaList) remove(ctx app.Context, id string) {
	c.Edits.edit(ctx, "", func(s *calc.Scenario) {
		list := c.Of.list(s)
		*list = slices.DeleteFunc(*list, func(x calc.Criterion) bool { return x.ID == id })
		c.Of.forget(s, id)
	})
}

func (c *CriteriaList) add(ctx app.Context) {
	k, n := c.Of, len(c.Items)+1
	c.Edits.edit(ctx, "", func(s *calc.Scenario) {
		list := k.list(s)
		id := freeID(string(k), func(id string) bool {
			return slices.ContainsFunc(*list, func(x calc.Criterion) bool { return x.ID == id })
		})
		*list = append(*list, calc.Criterion{ID: id, Name: k.texts().item.F(c.Locale, n)})
	})
}
