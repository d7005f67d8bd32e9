//go:build wasm

package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// routeDeepLinks routes the path the page was opened at, whatever it is,
// to page, and each of its tails, since go-app routes the path without
// the prefix the app is served under. The app never navigates to another
// path, so that is every path it shows. The server routes every path with
// a pattern instead (routes_other.go): in the browser, compiling that
// pattern was the start's only use of package regexp, whose compiler V8
// then compiled too.
func routeDeepLinks(page func() app.Composer) {
	path := app.Window().URL().Path
	for path != "" && path != "/" {
		app.RouteFunc(path, page)
		i := strings.IndexByte(path[1:], '/')
		if i < 0 {
			break
		}
		path = path[i+1:]
	}
}
