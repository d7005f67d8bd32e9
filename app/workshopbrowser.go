package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The browser glue of workshop mode beyond what browserfiles.go offers: a
// new window. A missing browser feature never panics (a panic in
// WebAssembly stops the app).

// openWindow opens url in a new tab, as a participant would see it.
func openWindow(url string) {
	defer func() { recover() }()
	if !app.IsServer {
		app.Window().Call("open", url, "_blank", "noopener")
	}
}

// dispatchWindowEvent sends a plain event of the given name to the window,
// for the components of this tab that listen for it.
func dispatchWindowEvent(name string) {
	defer func() { recover() }()
	if !app.IsServer {
		w := app.Window()
		w.Call("dispatchEvent", w.Get("Event").New(name))
	}
}

// confirmed asks a yes-or-no question the browser's way.
func confirmed(question string) (yes bool) {
	defer func() { recover() }()
	return !app.IsServer && app.Window().Call("confirm", question).Bool()
}

// listenWindow calls f with each event of the given name on the window
// until the returned function is called.
func listenWindow(event string, f func(e app.Value)) (stop func()) {
	if app.IsServer {
		return func() {}
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			f(args[0])
		}
		return nil
	})
	app.Window().Call("addEventListener", event, fn)
	return func() {
		app.Window().Call("removeEventListener", event, fn)
		fn.Release()
	}
}
