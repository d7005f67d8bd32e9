package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// unfolded remembers which folded panels (<details>) have been opened. A
// panel's content is drawn the first time it is opened and kept from then
// on: folded away, it costs nothing when the page starts or the user
// types, and what is typed in it (pasted workshop codes) stays when it is
// folded and opened again.
type unfolded map[string]bool

// panel is a folded <details> named name, with its summary; body is
// called only once the panel has been opened.
func (u *unfolded) panel(name string, summary app.UI, body func() []app.UI) app.HTMLDetails {
	d := app.Details().DataSet("panel", name).OnToggle(func(ctx app.Context, e app.Event) {
		if (*u)[name] || !ctx.JSSrc().Get("open").Bool() {
			ctx.PreventUpdate()
			return
		}
		if *u == nil {
			*u = unfolded{}
		}
		(*u)[name] = true
	})
	if !(*u)[name] {
		return d.Body(summary)
	}
	return d.Body(append([]app.UI{summary}, body()...)...)
}

// showPanel opens the folded panel called name in the page and scrolls it
// to the top of the window; its content must be drawn already (unfolded).
// Opening it fires its toggle, which then changes nothing.
func showPanel(name string) {
	defer func() { recover() }() // a page without it: nothing to show
	d := app.Window().Get("document").Call("querySelector", `details[data-panel="`+name+`"]`)
	if !d.Truthy() {
		return
	}
	d.Set("open", true)
	d.Call("scrollIntoView", map[string]any{"block": "start"})
	if s := d.Call("querySelector", "summary"); s.Truthy() {
		s.Call("focus", map[string]any{"preventScroll": true})
	}
}
