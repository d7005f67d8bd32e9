package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The Workshop's camera scanner. The camera and the QR decoding run in a
// small script of our own (web/qrscan.js), loaded when the scanner first
// opens so that neither the WebAssembly nor the cold start carry it; it
// hands each decoded text over as a window event, read here as if pasted.

// scanState is what the scanner shows.
type scanState struct {
	open     bool
	message  string
	result   calc.CodeStatus // of the last scan, for data-scan-result
	scans    int             // texts read since it opened
	problem  string          // why the camera cannot be used
	unlisten []func()
}

func (w *Workshop) openScanner(ctx app.Context) {
	w.closeScanner()
	w.scan = scanState{open: true, message: i18n.ScanStarting.In(w.Locale)}
	// The events are handled in the component's own context: the button
	// that opened the scanner is gone once it shows.
	mounted := w.mounted
	on := func(event string, h func(ctx app.Context, detail app.Value)) {
		w.scan.unlisten = append(w.scan.unlisten, listenWindow(event, func(e app.Value) {
			detail := e.Get("detail")
			mounted.Dispatch(func(ctx app.Context) { h(ctx, detail) })
		}))
	}
	on("klantwaarde-scanner-ready", func(ctx app.Context, _ app.Value) { w.startCamera() })
	on("klantwaarde-scan", func(ctx app.Context, d app.Value) { w.scanned(d.Get("text").String()) })
	on("klantwaarde-scan-error", func(ctx app.Context, d app.Value) { w.cameraProblem(d.Get("name").String()) })
	if !scanner().Truthy() {
		loadScript("web/qrscan.js")
		return
	}
	mounted.Defer(func(app.Context) { w.startCamera() })
}

func (w *Workshop) closeScanner() {
	for _, stop := range w.scan.unlisten {
		stop()
	}
	callScanner("stop")
	w.scan = scanState{}
}

// OnDismount stops the camera when the panel goes away.
func (w *Workshop) OnDismount() { w.closeScanner() }

func (w *Workshop) startCamera() {
	if video := app.Window().GetElementByID("scan-video"); video.Truthy() {
		callScanner("start", video)
	}
}

func (w *Workshop) cameraProblem(name string) {
	switch name {
	case "NotAllowedError", "SecurityError":
		w.scan.problem = i18n.ScanDenied.In(w.Locale)
	case "NotFoundError", "OverconstrainedError", "NotSupportedError":
		w.scan.problem = i18n.ScanNoCamera.In(w.Locale)
	default:
		w.scan.problem = i18n.ScanFailed.F(w.Locale, name)
	}
	w.scan.message = ""
}

// scanned reads one decoded QR text as pasted text, and confirms it in
// words and with a beep: high for a new participant, low otherwise.
func (w *Workshop) scanned(text string) {
	if !w.scan.open {
		return
	}
	before := w.participants()
	w.addText(text)
	l, n := w.Locale, w.participants()
	w.scan.scans++
	w.scan.result = calc.CodeInvalid
	if len(w.lines) > 0 {
		w.scan.result = w.lines[0].Status
	}
	switch {
	case n > before:
		w.scan.result, w.scan.message = calc.CodeAccepted, i18n.ScanNew.F(l, n)
	case w.scan.result == calc.CodeDuplicate:
		w.scan.message = i18n.ScanDuplicate.F(l, n)
	case w.scan.result == calc.CodeOther:
		w.scan.message = i18n.ScanOther.In(l)
	default:
		w.scan.message = i18n.ScanNoCode.In(l)
	}
	callScanner("beep", n > before)
}

func (w *Workshop) renderScanner() app.UI {
	l := w.Locale
	if !w.scan.open {
		return app.Div().Class("buttons").Body(
			button(i18n.ScanOpen.In(l), "scan-codes", !w.ready, w.openScanner),
		)
	}
	var camera app.UI
	if w.scan.problem != "" {
		camera = app.P().Class("notice", "notice-warning").DataSet("scan-problem", "true").Text(w.scan.problem)
	} else {
		camera = app.Video().ID("scan-video").Class("scan-video").Attr("playsinline", true).Attr("muted", true).
			Aria("label", i18n.ScanVideo.In(l))
	}
	return app.Div().Class("scanner").Body(
		app.P().Class("hint").Text(i18n.ScanHelp.In(l)),
		camera,
		app.P().Class("scan-status", "scan-"+string(w.scan.result)).Attr("role", "status").
			DataSet("scan-result", string(w.scan.result)).DataSet("scan-count", w.scan.scans).
			Text(w.scan.message),
		app.Div().Class("buttons").Body(
			button(i18n.ScanClose.In(l), "close-scanner", false, func(ctx app.Context) { w.closeScanner() }),
		),
	)
}

func scanner() app.Value { return app.Window().Get("klantwaardeScanner") }

// callScanner calls a method of web/qrscan.js if it is loaded; a browser
// without it is no reason to stop the app.
func callScanner(method string, args ...any) {
	defer func() { recover() }()
	if s := scanner(); s.Truthy() {
		s.Call(method, args...)
	}
}

// loadScript adds a script of our own origin, relative to the page's base.
func loadScript(path string) {
	defer func() { recover() }()
	doc := app.Window().Get("document")
	s := doc.Call("createElement", "script")
	s.Set("src", app.Window().Get("URL").New(path, doc.Get("baseURI").String()).Get("href").String())
	doc.Get("head").Call("appendChild", s)
}
