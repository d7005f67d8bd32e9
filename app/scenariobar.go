package app

import (
	"strconv"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// ScenarioBar lists the kept scenarios and offers what can be done with
// them: open, create, duplicate, rename, delete, undo and redo, and holds
// the file tools. On a narrow screen all but undo and redo are behind one
// menu button (a disclosure), so that the first screen shows results; on a
// wide one the stylesheet shows the menu's contents without its button.
type ScenarioBar struct {
	app.Compo

	Locale   calc.Locale
	Entries  []string // titles
	Current  int
	Title    string
	CanUndo  bool
	CanRedo  bool
	ReadOnly bool
	Actions  *scenarioActions
	// Empty and Files are the file tools' (FileTools), which the bar's
	// menu holds with its own actions.
	Empty bool
	Files *fileActions

	title changes[string]
}

// Render draws the bar.
func (b *ScenarioBar) Render() app.UI {
	l, a := b.Locale, b.Actions
	return app.Section().Class("scenariobar").Aria("label", i18n.Scenarios.In(l)).Body(
		app.Details().Class("menu").Body(
			app.Summary().Class("menu-button").Text(i18n.ScenarioMenu.In(l)),
			b.scenarioFields(),
			&FileTools{Locale: l, Empty: b.Empty, Tools: b.Files},
		),
		app.Div().Class("buttons", "undo-redo").Body(
			button(i18n.Undo.In(l), "undo", !b.CanUndo, a.Undo).Title(i18n.UndoKeys.In(l)),
			button(i18n.Redo.In(l), "redo", !b.CanRedo, a.Redo).Title(i18n.RedoKeys.In(l)),
		),
		app.If(b.ReadOnly, app.P().Class("readonly").Text(i18n.ReadOnly.In(l))),
	)
}

// scenarioFields are the scenario's choice, title and the actions that
// make or remove one.
func (b *ScenarioBar) scenarioFields() app.UI {
	l, a := b.Locale, b.Actions
	return app.Div().Class("scenario-fields").Body(
		app.Div().Class("field", "select").Body(
			app.Label().For("scenario-select").Text(i18n.Scenario.In(l)),
			app.Select().ID("scenario-select").
				OnChange(func(ctx app.Context, e app.Event) {
					if i, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil {
						a.Open(ctx, i)
					}
				}).
				Body(app.Range(b.Entries).Slice(func(i int) app.UI {
					return app.Option().Value(strconv.Itoa(i)).Selected(i == b.Current).Text(b.Entries[i])
				})),
		),
		&TextField{
			ID: "scenario-title", Label: i18n.Title.In(l), Value: b.Title, Locale: l,
			OnChange: b.title.get("title", a.Rename),
		},
		app.Div().Class("buttons").Body(
			button(i18n.NewBlank.In(l), "new-blank", false, a.NewBlank),
			button(i18n.NewExample.In(l), "new-example", false, a.NewSample),
			button(i18n.Duplicate.In(l), "duplicate", false, a.Duplicate),
			button(i18n.Delete.In(l), "delete", len(b.Entries) <= 1, a.Delete),
		),
	)
}
