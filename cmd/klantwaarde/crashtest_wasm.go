//go:build wasm && crashtest

// A test-only page that panics while go-app renders it, for the browser
// test of the crash screen (e2e/crash_test.go). Only a build with the tag
// crashtest has it; the shipped WebAssembly does not.
package main

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func init() {
	testRoutes = func() { app.RouteFunc("/crash-test", func() app.Composer { return &crasher{} }) }
	// A Go timer is always pending, so that the program dies with a
	// timeout scheduled in wasm_exec.js that fires after the exit, as the
	// app's own timers often do: the crash screen must still show
	// (web/rescue.js clears them), and the page must not spin.
	go func() {
		for range time.Tick(40 * time.Millisecond) {
		}
	}()
}

// crasher panics in Render: at once with ?at=start, otherwise after its
// button is clicked, as a bug in a component would while the user works.
// With ?in=handler the click's handler itself panics, while the browser
// waits for it: the program dies inside a JavaScript event.
type crasher struct {
	app.Compo
	boom bool
}

func (c *crasher) Render() app.UI {
	if c.boom || strings.Contains(app.Window().URL().RawQuery, "at=start") {
		panic("crash test: a panic while rendering")
	}
	return app.Button().ID("crash-now").Text("Crash").OnClick(func(ctx app.Context, e app.Event) {
		if strings.Contains(app.Window().URL().RawQuery, "in=handler") {
			panic("crash test: a panic in an event handler")
		}
		c.boom = true
	})
}
