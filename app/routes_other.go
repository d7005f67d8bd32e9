//go:build !wasm

package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// routeDeepLinks routes every path to page (see routes_wasm.go).
func routeDeepLinks(page func() app.Composer) {
	app.RouteWithRegexpFunc("^/.*", page)
}
