package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// LanguageSwitch lets the user choose Dutch or English.
type LanguageSwitch struct {
	app.Compo

	Locale   calc.Locale
	OnChange *Change[calc.Locale]
}

// Render shows one pressed button per language.
func (s *LanguageSwitch) Render() app.UI {
	button := func(l calc.Locale, label, name string) app.UI {
		return app.Button().
			Class("lang").
			Lang(string(l)).
			Title(name).
			Aria("pressed", s.Locale == l).
			DataSet("locale", string(l)).
			Text(label).
			OnClick(func(ctx app.Context, e app.Event) { s.OnChange.call(ctx, l) })
	}
	return app.Div().Class("langswitch").Aria("label", i18n.Language.In(s.Locale)).Attr("role", "group").Body(
		button(calc.Dutch, "NL", "Nederlands"),
		button(calc.English, "EN", "English"),
	)
}
