package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// listenKeys gives undo and redo their usual keys everywhere on the page,
// and moves through the slides when presenting. It does not use
// app.Window().AddEventListener, which draws the whole page again after
// every event: every key typed into a field is a keydown, and that frame
// came between the key and its letter (5.6 ms of a 5×10 keystroke in a
// trace). A key that is no shortcut now costs no Go work at all.
func (r *Root) listenKeys() {
	app.Window().Call("addEventListener", "keydown", app.FuncOf(func(_ app.Value, args []app.Value) any {
		ev := app.Event{Value: args[0]}
		if r.mayBeShortcut(ev) {
			// Handled before the browser acts on the key: Go runs every
			// goroutine it wakes before it returns to JavaScript.
			r.ctx.Dispatch(func(ctx app.Context) { r.guard(func() { r.handleKey(ctx, ev) }) })
		}
		return nil
	}))
}

// mayBeShortcut says whether handleKey may act on the key.
func (r *Root) mayBeShortcut(ev app.Event) bool {
	switch {
	case r.participant != nil:
		return false
	case r.presenting:
		return true
	}
	return ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool()
}

func (r *Root) handleKey(ctx app.Context, ev app.Event) {
	if r.participant != nil {
		return // no scenario on screen to undo
	}
	if r.presenting {
		r.presentKey(ctx, ev)
		return
	}
	if !ev.Get("ctrlKey").Bool() && !ev.Get("metaKey").Bool() {
		return
	}
	switch key := ev.Get("key").String(); {
	case (key == "z" || key == "Z") && ev.Get("shiftKey").Bool(), key == "y":
		ev.PreventDefault()
		r.redo(ctx)
	case key == "z":
		ev.PreventDefault()
		r.undo(ctx)
	default:
		return
	}
	r.Update()
}

func (r *Root) undo(ctx app.Context) {
	if e := r.ws.cur(); e.stepBack() {
		r.persist(e)
	}
}

func (r *Root) redo(ctx app.Context) {
	if e := r.ws.cur(); e.stepForward() {
		r.persist(e)
	}
}
