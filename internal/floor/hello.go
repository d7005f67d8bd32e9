// Command floor is the go-app hello-world: the smallest go-app v9 app that
// tells automation it is ready, built with the same flags and the same
// build-tag split as klantwaarde. `make size` compares the two WebAssembly
// files and the browser benchmark their cold starts, so that what the
// numbers charge to go-app and to Go is separated from what our code adds.
package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// hello is the whole app: one heading, and <html data-ready="true"> once
// it is on screen, set as the real app sets it (SPEC §6).
type hello struct{ app.Compo }

func (h *hello) OnMount(ctx app.Context) { ctx.Defer(setReady) }

// setReady sets <html data-ready="true">.
func setReady(app.Context) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
}

func (h *hello) Render() app.UI {
	return app.H1().Text("Hello, World!")
}

// routes is shared by the WebAssembly and the server, which pre-renders
// the page from it.
func routes() {
	app.Route("/", &hello{})
}
