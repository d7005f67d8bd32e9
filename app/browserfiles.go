package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Browser glue for files, the clipboard, the share sheet, printing and full
// screen. Each function is a thin call into the browser; failures come back
// as errors or false, never as panics.

// download offers data to the user as a file.
func download(name, mime string, data []byte) (err error) {
	defer recoverJS(&err)
	win := app.Window()
	arr := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	// go-app converts Values passed directly as arguments, not inside a
	// slice: build the Blob's parts array in JavaScript.
	parts := win.Get("Array").New()
	parts.Call("push", arr)
	blob := win.Get("Blob").New(parts, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("rel", "noopener")
	win.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// Revoke later: some browsers read the URL after click returns.
	win.Call("setTimeout", app.FuncOf(func(this app.Value, args []app.Value) any {
		win.Get("URL").Call("revokeObjectURL", url)
		return nil
	}), 10000)
	return nil
}

// readFileText reads a File (from a file input or a drop) and calls done
// with its bytes, or with an error.
func readFileText(file app.Value, done func(data []byte, err error)) {
	var err error
	defer func() {
		recoverJS(&err)
		if err != nil {
			done(nil, err)
		}
	}()
	file.Call("arrayBuffer").Call("then",
		app.FuncOf(func(this app.Value, args []app.Value) any {
			arr := app.Window().Get("Uint8Array").New(args[0])
			data := make([]byte, arr.Get("length").Int())
			app.CopyBytesToGo(data, arr)
			done(data, nil)
			return nil
		}),
		app.FuncOf(func(this app.Value, args []app.Value) any {
			done(nil, errJS(args))
			return nil
		}),
	)
}

// copyText puts text on the clipboard; done reports whether it worked.
func copyText(text string, done func(ok bool)) {
	var err error
	defer func() {
		if recoverJS(&err); err != nil {
			done(false)
		}
	}()
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		done(false)
		return
	}
	clip.Call("writeText", text).Call("then",
		app.FuncOf(func(app.Value, []app.Value) any { done(true); return nil }),
		app.FuncOf(func(app.Value, []app.Value) any { done(false); return nil }),
	)
}

// canShare reports whether the browser has a system share sheet.
func canShare() bool {
	return !app.IsServer && app.Window().Get("navigator").Get("share").Truthy()
}

// shareSheet opens the system share sheet with a title and a "url" or a
// "text" (kind); nothing happens where the browser has none.
func shareSheet(title, kind, value string) {
	var err error
	defer recoverJS(&err)
	if !canShare() {
		return
	}
	p := app.Window().Get("navigator").Call("share", map[string]any{"title": title, kind: value})
	// A dismissed sheet rejects the promise; that is not an error.
	p.Call("catch", app.FuncOf(func(app.Value, []app.Value) any { return nil }))
}

// printPage opens the browser's print dialog.
func printPage() { app.Window().Call("print") }

// pageURL returns the address of the app without fragment or query.
func pageURL() string {
	if app.IsServer {
		return ""
	}
	loc := app.Window().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String()
}

// setFullscreen enters or leaves full screen; browsers allow entering only
// in answer to a click or key.
func setFullscreen(on bool) {
	var err error
	defer recoverJS(&err)
	doc := app.Window().Get("document")
	switch {
	case on && !doc.Get("fullscreenElement").Truthy():
		if el := doc.Get("documentElement"); el.Get("requestFullscreen").Truthy() {
			el.Call("requestFullscreen").Call("catch", app.FuncOf(func(app.Value, []app.Value) any { return nil }))
		}
	case !on && doc.Get("fullscreenElement").Truthy():
		doc.Call("exitFullscreen").Call("catch", app.FuncOf(func(app.Value, []app.Value) any { return nil }))
	}
}

// recoverJS turns a JavaScript exception that reached Go into an error.
func recoverJS(err *error) {
	if r := recover(); r != nil {
		*err = jsError{r}
	}
}

type jsError struct{ v any }

func (e jsError) Error() string {
	if v, ok := e.v.(app.Value); ok {
		return v.Call("toString").String()
	}
	if err, ok := e.v.(error); ok {
		return err.Error()
	}
	return "browser error"
}

func errJS(args []app.Value) error {
	if len(args) == 0 {
		return jsError{"browser error"}
	}
	return jsError{args[0]}
}
