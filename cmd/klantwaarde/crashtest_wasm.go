//go:build wasm && crashtest

// A test-only page that panics while go-app renders it, for the browser
// test of the crash screen (e2e/crash_test.go). Only a build with the tag
// crashtest has it; the shipped WebAssembly does not.
package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func init() {
	app.RouteFunc("/crash-test", func() app.Composer { return &crasher{} })
}

// crasher panics in Render: at once with ?at=start, otherwise after its
// button is clicked, as a bug in a component would while the user works.
type crasher struct {
	app.Compo
	boom bool
}

func (c *crasher) Render() app.UI {
	if c.boom || strings.Contains(app.Window().URL().RawQuery, "at=start") {
		panic("crash test: a panic while rendering")
	}
	return app.Button().ID("crash-now").Text("Crash").OnClick(func(ctx app.Context, e app.Event) {
		c.boom = true
	})
}
