package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// workshopPanel is the trainer's workshop (SPEC §6) for the scenario e on
// screen, folded away until opened; st keeps its room, and onApply puts
// the room's means in the scenario.
func workshopPanel(u *unfolded, l calc.Locale, e *entry, st *store, onApply *Change[*appliedMeans]) app.UI {
	return u.panel("workshop", app.Summary().Text(i18n.Workshop.In(l)), func() []app.UI {
		return []app.UI{&Workshop{Locale: l, Scenario: e.scenario, Key: e.id, ReadOnly: e.readOnly, Store: st, OnApply: onApply}}
	}).Class("panel", "workshop-panel")
}
