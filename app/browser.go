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

// observeWidth calls f with the content width of el in CSS pixels now and
// whenever it changes (a ResizeObserver), until the returned function is
// called. Where the browser has no ResizeObserver, f is never called.
func observeWidth(el app.Value, f func(width float64)) func() {
	if app.IsServer || !app.Window().Get("ResizeObserver").Truthy() {
		return func() {}
	}
	last := -1.0
	cb := app.FuncOf(func(_ app.Value, args []app.Value) any {
		entries := args[0]
		if entries.Length() == 0 {
			return nil
		}
		w := entries.Index(entries.Length() - 1).Get("contentRect").Get("width").Float()
		if w != last { // a change of height alone is no news
			last = w
			f(w)
		}
		return nil
	})
	ro := app.Window().Get("ResizeObserver").New(cb)
	ro.Call("observe", el)
	return func() {
		ro.Call("disconnect")
		cb.Release()
	}
}

// firstViewPlace is the width of the chart name's place in the first view
// the server sent, while that is on screen; the widths are read once: the
// first view is gone when the app's page has replaced it.
func firstViewPlace(name string) (float64, bool) {
	if firstViewPlaces == nil {
		firstViewPlaces = map[string]float64{}
		charts := app.Window().Get("document").Call("querySelectorAll", ".first-view .fv-example [data-chart]")
		for i := range charts.Length() {
			c := charts.Index(i)
			if w := c.Get("parentElement").Get("clientWidth").Float(); w > 0 {
				firstViewPlaces[c.Get("dataset").Get("chart").String()] = w
			}
		}
	}
	place, ok := firstViewPlaces[name]
	return place, ok
}

// firstViewPlaces are the widths of the charts' places in the first view,
// by name (firstViewPlace).
var firstViewPlaces map[string]float64

// resultsColumnGuess is about the width the results column gives a chart
// at this window's width.
func resultsColumnGuess() float64 {
	w := app.Window().Get("innerWidth").Float()
	if w >= 1024 { // two columns (web/app.css, .workbench)
		w *= 0.45
	}
	return w - 50
}

// presentZoom is how much larger than on the page the slides draw their
// charts: the type of the slides grows with the screen (web/app.css,
// .presenter), and so does theirs, from 20 px (1.55 times the charts'
// 13 px) on a 1280-pixel projector up.
func presentZoom() float64 {
	if app.IsServer {
		return 1
	}
	return min(max(app.Window().Get("innerWidth").Float()/1150, 1.55), 2)
}
