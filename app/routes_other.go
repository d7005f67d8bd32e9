//go:build !wasm

package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// routeDeepLinks routes every path to the app (see routes_wasm.go).
func routeDeepLinks() {
	app.RouteWithRegexpFunc("^/.*", newRoot)
}
