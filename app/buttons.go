package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// The page's buttons: each names its action for automation, and gives its
// handler a scope, so that a button never acts on what stood in its place
// before.

// button is a plain action button; data-action names it for automation.
// The action is also the handler's scope: go-app keeps an element's
// handler while its code and scope stay the same, and every button's
// handler is this one closure, so without it a button that takes the place
// of another (as "make my code" takes that of "next") would keep the other
// one's fn.
func button(label, action string, disabled bool, fn func(ctx app.Context)) app.HTMLButton {
	return app.Button().Type("button").Class("secondary").DataSet("action", action).
		Disabled(disabled).Text(label).
		OnClick(func(ctx app.Context, e app.Event) {
			if fn != nil {
				fn(ctx)
			}
		}, action)
}

// iconButton is a small button whose symbol is explained by its label.
// scope names what it acts on, such as the criterion's id: go-app keeps
// an element's handler while its code and scope stay the same, so without
// it the button at a place in a list would go on acting on the criterion
// that was there before one was removed or moved.
func iconButton(symbol, label, scope string, disabled bool, fn func(ctx app.Context)) app.UI {
	return app.Button().Type("button").Class("icon").Aria("label", label).Title(label).
		Disabled(disabled).Text(symbol).
		OnClick(func(ctx app.Context, e app.Event) { fn(ctx) }, scope)
}

// primaryButton is button for the main action of a step.
func primaryButton(label, action string, disabled bool, fn func(ctx app.Context)) app.HTMLButton {
	return button(label, action, disabled, fn).Class("primary")
}
