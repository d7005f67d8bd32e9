package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// renderFirstView is the server's (firstview.go); the browser draws the
// app's page and never calls it.
func renderFirstView() app.UI { return nil }
