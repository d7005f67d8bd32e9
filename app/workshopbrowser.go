package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The browser glue of workshop mode: the app's address, the clipboard, the
// system share sheet and a new window. A missing browser feature never
// panics (a panic in WebAssembly stops the app): each function checks for
// it, and a JavaScript exception is caught and reported as a failure.

// appAddress returns the address of the app without query or fragment:
// what a questionnaire link starts with.
func appAddress() string {
	if app.IsServer {
		return ""
	}
	loc := app.Window().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String()
}

// writeClipboard puts text on the clipboard and calls done with whether it
// worked; browsers allow it only in answer to a click.
func writeClipboard(text string, done func(ok bool)) {
	defer func() {
		if recover() != nil {
			done(false)
		}
	}()
	clip := app.Window().Get("navigator").Get("clipboard")
	if app.IsServer || !clip.Truthy() {
		done(false)
		return
	}
	clip.Call("writeText", text).Call("then",
		app.FuncOf(func(app.Value, []app.Value) any { done(true); return nil }),
		app.FuncOf(func(app.Value, []app.Value) any { done(false); return nil }),
	)
}

// canShareText reports whether the browser has a system share sheet
// (phones mostly do).
func canShareText() bool {
	return !app.IsServer && app.Window().Get("navigator").Get("share").Truthy()
}

// shareText opens the system share sheet with a title and a text.
func shareText(title, text string) {
	defer func() { recover() }()
	if !canShareText() {
		return
	}
	p := app.Window().Get("navigator").Call("share", map[string]any{"title": title, "text": text})
	// A dismissed sheet rejects the promise; that is not an error.
	p.Call("catch", app.FuncOf(func(app.Value, []app.Value) any { return nil }))
}

// openWindow opens url in a new tab, as a participant would see it.
func openWindow(url string) {
	defer func() { recover() }()
	if !app.IsServer {
		app.Window().Call("open", url, "_blank", "noopener")
	}
}
