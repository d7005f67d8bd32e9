//go:build wasm

// The WebAssembly side of the klantwaarde command: it registers the routes
// and runs the app in the browser. Nothing of the server or the command line
// links into it.
package main

import (
	"runtime/debug"

	kapp "github.com/klantwaarde/klantwaarde/app"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// gcPercent is the garbage collector's GOGC in the browser. Go's default,
// 100, collects each time the heap doubles: while the page starts and
// while the user types, that is a collection every few frames, on the
// one thread that also draws. At 200 it collects half as often, and the
// page, at its largest (50 segments), stays far below 64 MB
// (docs/benchmarks.md).
const gcPercent = 200

// testRoutes registers the pages of a test build (crashtest_wasm.go) after
// the app's, which route the path the page was opened at to the app.
var testRoutes func()

func main() {
	debug.SetGCPercent(gcPercent)
	kapp.Routes()
	if testRoutes != nil {
		testRoutes()
	}
	app.RunWhenOnBrowser()
}
