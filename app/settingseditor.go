package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SettingsEditor edits the scenario-wide parameters of the model.
type SettingsEditor struct {
	app.Compo

	Locale   calc.Locale
	Settings calc.Settings
	Edits    *edits

	changes changes[*float64]
}

// Render draws the four settings with what each means.
func (se *SettingsEditor) Render() app.UI {
	l, st := se.Locale, se.Settings
	fields := []struct {
		key         string
		label, help *i18n.Text
		hint        string
		value       float64
		def         float64
		rng         calc.Range
		set         func(s *calc.Settings, v float64)
	}{
		{"discountRate", &i18n.DiscountRate, &i18n.DiscountRateHelp, "%", st.DiscountRate, calc.DefaultDiscountRate, calc.PercentRange, func(s *calc.Settings, v float64) { s.DiscountRate = v }},
		{"retentionUplift", &i18n.RetentionUplift, &i18n.RetentionUpliftHelp, i18n.Points.In(l), st.RetentionUplift, calc.DefaultRetentionUplift, calc.RetentionUpliftRange, func(s *calc.Settings, v float64) { s.RetentionUplift = v }},
		{"sayDo", &i18n.SayDo, &i18n.SayDoHelp, "%", st.SayDo, calc.DefaultSayDo, calc.PercentRange, func(s *calc.Settings, v float64) { s.SayDo = v }},
		{"tolerance", &i18n.Tolerance, &i18n.ToleranceHelp, i18n.Points.In(l), st.Tolerance, calc.DefaultTolerance, calc.ToleranceRange, func(s *calc.Settings, v float64) { s.Tolerance = v }},
	}
	return app.Div().Class("grid-fields").Body(app.Range(fields).Slice(func(i int) app.UI {
		f := fields[i]
		return app.Div().Body(
			&NumberField{
				ID: "setting-" + f.key, Label: f.label.In(l), Hint: f.hint,
				Value: calc.Float(f.value), Default: f.def, Range: f.rng, Locale: l,
				OnChange: se.changes.get(f.key, func(ctx app.Context, v *float64) {
					se.Edits.edit(ctx, "settings."+f.key, func(s *calc.Scenario) { f.set(&s.Settings, *v) })
				}),
			},
			app.P().Class("hint").Text(f.help.In(l)),
		)
	}))
}
