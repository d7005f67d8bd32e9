//go:build wasm

// The WebAssembly side of the klantwaarde command: it registers the routes
// and runs the app in the browser. Nothing of the server or the command line
// links into it.
package main

import (
	kapp "github.com/klantwaarde/klantwaarde/app"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	kapp.Routes()
	app.RunWhenOnBrowser()
}
