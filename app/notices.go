package app

import (
	"fmt"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// notices are the page's app-wide messages (SPEC §6 data-notice): the one
// notice on screen, with its optional action, and the warning to export
// that stays up while storage fails.
type notices struct {
	current notice
	// storageBroken keeps the warning to export up while storage fails.
	storageBroken bool
}

// words are a message written in the language of l when drawn, so that a
// message still on screen follows a switch of language.
type words func(l calc.Locale) string

// in writes w in the language of l; nothing when there are no words.
func (w words) in(l calc.Locale) string {
	if w == nil {
		return ""
	}
	return w(l)
}

// notice is an app-wide message (SPEC §6 data-notice), with an optional
// action such as "undo".
type notice struct {
	kind   string // "info", "warning" or "error"; empty for none
	text   words
	action func(ctx app.Context) // its button says "Undo"
	// undoesStep: the action is the undo of the scenario's last step, so
	// an undo or redo made elsewhere makes it stale.
	undoesStep bool
}

// render draws the notices that stay at the top of the page in the
// language of l: the warning that storage fails, and after it banner, the
// page's news of a new version.
func (n *notices) render(l calc.Locale, banner app.UI) app.UI {
	return app.Div().Class("notices").Body(
		app.If(n.storageBroken,
			app.Div().Class("notice notice-warning").DataSet("notice", "warning").Attr("role", "alert").Body(
				app.P().Text(i18n.StorageBroken.In(l)),
			),
		),
		banner,
	)
}

// toast draws the notice of the moment at the bottom of the window, where
// the user is, however far down the page they work: a confirmation with
// its undo, or what went wrong. It is a live region, so that a screen
// reader reads it out, and it comes early in the page's order, so that
// its buttons are a few Tab presses away. Its holder is always there: go-app
// matches children by position, so a toast that came and went by itself
// would rebuild every part of the page after it (closing the open panels,
// losing the focus).
func (n *notices) toast(l calc.Locale) app.UI {
	return app.Div().Class("toast-holder").Body(n.toastBody(l))
}

func (n *notices) toastBody(l calc.Locale) app.UI {
	if n.current.kind == "" {
		return nil
	}
	return app.Div().Class("toast", "notice", "notice-"+n.current.kind).
		DataSet("notice", n.current.kind).
		Attr("role", noticeRole(n.current.kind)).
		Body(
			app.P().Text(n.current.text.in(l)),
			app.Div().Class("buttons").Body(
				app.If(n.current.action != nil,
					app.Button().Type("button").Class("secondary").DataSet("action", "notice-action").
						Text(i18n.Undo.In(l)).
						OnClick(func(ctx app.Context, e app.Event) {
							act := n.current.action
							n.current = notice{}
							if act != nil {
								act(ctx)
							}
						}),
				),
				app.Button().Type("button").Class("link").DataSet("action", "notice-dismiss").Text(i18n.Dismiss.In(l)).
					OnClick(func(ctx app.Context, e app.Event) { n.current = notice{} }),
			),
		)
}

// said is the notice on screen in the language of l, empty when there is
// none.
func (n *notices) said(l calc.Locale) string {
	if n.current.kind == "" {
		return ""
	}
	return n.current.text.in(l)
}

// noticeRole makes errors and warnings interrupt a screen reader, and
// information wait its turn.
func noticeRole(kind string) string {
	if kind == "info" {
		return "status"
	}
	return "alert"
}

// panicked turns a recovered panic p into an error notice in the language
// of l; Root's guard recovers it around every handler. In go-app v9 a panic that leaves
// an event handler ends the Go program, and every later click fails with
// "Go program has already exited": the user would be left with a dead
// page. Edits are made to a copy of the scenario (entry.edit), so a panic
// halfway leaves the scenario as it was, and it stays saved.
func (n *notices) panicked(l calc.Locale, p any) {
	app.Log(fmt.Sprintf("klantwaarde: recovered from a panic: %v", p))
	n.current = notice{kind: "error", text: i18n.InternalError.In}
}
