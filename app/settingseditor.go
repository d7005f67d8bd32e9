package app

import (
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
		label, help msg
		hint        string
		value       float64
		def         float64
		rng         calc.Range
		set         func(s *calc.Settings, v float64)
	}{
		{"discountRate", msgDiscountRate, msgDiscountRateHelp, "%", st.DiscountRate, calc.DefaultDiscountRate, calc.PercentRange, func(s *calc.Settings, v float64) { s.DiscountRate = v }},
		{"retentionUplift", msgRetentionUplift, msgRetentionUpliftHelp, T(l, msgPoints), st.RetentionUplift, calc.DefaultRetentionUplift, calc.RetentionUpliftRange, func(s *calc.Settings, v float64) { s.RetentionUplift = v }},
		{"sayDo", msgSayDo, msgSayDoHelp, "%", st.SayDo, calc.DefaultSayDo, calc.PercentRange, func(s *calc.Settings, v float64) { s.SayDo = v }},
		{"tolerance", msgTolerance, msgToleranceHelp, T(l, msgPoints), st.Tolerance, calc.DefaultTolerance, calc.ToleranceRange, func(s *calc.Settings, v float64) { s.Tolerance = v }},
	}
	return app.Div().Class("grid-fields").Body(app.Range(fields).Slice(func(i int) app.UI {
		f := fields[i]
		return app.Div().Body(
			&NumberField{
				ID: "setting-" + f.key, Label: T(l, f.label), Hint: f.hint,
				Value: calc.Float(f.value), Default: f.def, Range: f.rng, Locale: l,
				OnChange: se.changes.get(f.key, func(ctx app.Context, v *float64) {
					se.Edits.edit(ctx, "settings."+f.key, func(s *calc.Scenario) { f.set(&s.Settings, *v) })
				}),
			},
			app.P().Class("hint").Text(T(l, f.help)),
		)
	}))
}
