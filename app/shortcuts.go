package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// onKeyDown gives undo and redo their usual keys everywhere on the page,
// and moves through the slides when presenting.
func (r *Root) onKeyDown(ctx app.Context, ev app.Event) {
	r.guard(func() { r.handleKey(ctx, ev) })
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
