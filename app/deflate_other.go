//go:build !wasm

package app

import "github.com/klantwaarde/klantwaarde/calc"

// linkDeflate is Go's compress/flate where there is no browser: in the
// server's prerendering and in the app's tests.
var linkDeflate = calc.GoDeflate()
