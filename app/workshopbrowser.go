package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The browser glue of workshop mode beyond what browserfiles.go offers: a
// new window. A missing browser feature never panics (a panic in
// WebAssembly stops the app).

// openWindow opens url in a new tab, as a participant would see it.
func openWindow(url string) {
	defer func() { recover() }()
	if !app.IsServer {
		app.Window().Call("open", url, "_blank", "noopener")
	}
}
