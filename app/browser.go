package app

import (
	"strings"

	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The browser glue of the app: small functions over go-app's window so that
// components never touch JavaScript values themselves. On the server, where
// go-app prerenders the page, they do nothing and return zero values.

// browserLanguage returns navigator.language, e.g. "nl-NL".
func browserLanguage() string {
	if app.IsServer {
		return ""
	}
	return app.Window().Get("navigator").Get("language").String()
}

// locationHash returns the URL fragment, including its "#".
func locationHash() string {
	if app.IsServer {
		return ""
	}
	return app.Window().Get("location").Get("hash").String()
}

// clearLocationHash removes the fragment from the address bar without a
// reload or a history entry, so that a reload does not open a share link
// again.
func clearLocationHash() {
	if app.IsServer {
		return
	}
	loc := app.Window().Get("location")
	url := loc.Get("pathname").String() + loc.Get("search").String()
	app.Window().Get("history").Call("replaceState", nil, "", url)
}

// setDocumentAttr sets an attribute of the <html> element, where the
// automation hooks of SPEC §6 (data-ready) and the language live.
func setDocumentAttr(name, value string) {
	if app.IsServer {
		return
	}
	app.Window().Get("document").Get("documentElement").Call("setAttribute", name, value)
}

// shareHash returns the payload of a share link in the URL fragment, if
// any.
func shareHash(hash string) (payload string, ok bool) {
	return strings.CutPrefix(hash, calc.SharePrefix)
}

// onNextFrame calls f from the browser's next animation frame callback,
// before it paints what is in the page now; f runs outside go-app's event
// loop and hands any change to it with ctx.Dispatch.
func onNextFrame(f func()) {
	if app.IsServer {
		return
	}
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		cb.Release()
		f()
		return nil
	})
	app.Window().Call("requestAnimationFrame", cb)
}
