package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// listenKeys hands the keys that may be shortcuts to handle: undo and redo
// everywhere on the page, and the slides' keys when presenting. It does not
// use app.Window().AddEventListener, which draws the whole page again after
// every event: every key typed into a field is a keydown, and that frame
// came between the key and its letter (5.6 ms of a 5×10 keystroke in a
// trace). A key that is no shortcut (mayBe says false) costs no Go work at
// all.
func listenKeys(ctx app.Context, mayBe func(app.Event) bool, handle func(app.Context, app.Event)) {
	app.Window().Call("addEventListener", "keydown", app.FuncOf(func(_ app.Value, args []app.Value) any {
		ev := app.Event{Value: args[0]}
		if mayBe(ev) {
			// Handled before the browser acts on the key: Go runs every
			// goroutine it wakes before it returns to JavaScript.
			ctx.Dispatch(func(ctx app.Context) { handle(ctx, ev) })
		}
		return nil
	}))
}

// withCtrl says whether Ctrl (Cmd on a Mac) is held with the key.
func withCtrl(ev app.Event) bool {
	return ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool()
}
