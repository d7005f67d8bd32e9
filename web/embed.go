//go:build !wasm

// Package web holds the static assets of the app (stylesheet, icons) and,
// once `make build` has put it there, the compiled WebAssembly, all embedded
// into the klantwaarde binary. The WebAssembly itself never links this
// package.
package web

import (
	"embed"
	"errors"
	"io/fs"
)

// Assets are the files served under /web/: app.css, storage-guard.js,
// rescue.js and icons/.
//
//go:embed app.css storage-guard.js rescue.js icons qrscan.js vendor/jsqr/jsQR.js
var Assets embed.FS

//go:embed all:wasm
var wasmDir embed.FS

// ErrNoWasm means the binary was built without the WebAssembly; build it
// with `make build`, which compiles the app first.
var ErrNoWasm = errors.New("the app's WebAssembly is not embedded in this binary: build it with `make build`")

// Wasm returns the app's WebAssembly.
func Wasm() ([]byte, error) {
	data, err := fs.ReadFile(wasmDir, "wasm/app.wasm")
	if err != nil {
		return nil, ErrNoWasm
	}
	return data, nil
}

// WasmCompressed returns the WebAssembly compressed with brotli and gzip at
// build time (`make build` runs internal/precompress), so that serving never
// compresses it; ok is false when the build did not provide them.
func WasmCompressed() (br, gz []byte, ok bool) {
	br, errBr := fs.ReadFile(wasmDir, "wasm/app.wasm.br")
	gz, errGz := fs.ReadFile(wasmDir, "wasm/app.wasm.gz")
	return br, gz, errBr == nil && errGz == nil
}
