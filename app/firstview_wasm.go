package app

import (
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// renderFirstView is the server's (firstview.go); the browser draws the
// app's page and never calls it.
func renderFirstView(func(calc.Locale, map[string]float64) app.UI) app.UI { return nil }
