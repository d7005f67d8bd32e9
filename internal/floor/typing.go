//go:build typing

package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Built with -tags typing, the floor also has /typing: one input whose
// text a div's data-value echoes, with the ids the browser benchmark types
// into in the app. It measures what a keystroke costs in go-app itself: the
// event, go-app's next frame (it draws at 120 frames a second, and after a
// pause the first frame after an event waits a whole frame) and a render
// of three elements. The floor's size and cold start are measured without
// it.
func init() {
	app.RouteFunc("/typing", func() app.Composer { return &typing{text: "5"} })
}

type typing struct {
	app.Compo
	text string
}

func (t *typing) OnMount(ctx app.Context) { ctx.Defer(setReady) }

func (t *typing) onInput(ctx app.Context, e app.Event) {
	t.text = ctx.JSSrc().Get("value").String()
}

func (t *typing) Render() app.UI {
	const id = "seg-seg1-benefits-b1-score"
	return app.Main().Body(
		app.Label().For(id).Text("Score"),
		app.Input().ID(id).Type("text").Value(t.text).OnInput(t.onInput),
		app.P().DataSet("segment", "seg1").DataSet("value", t.text).Text(t.text),
	)
}
