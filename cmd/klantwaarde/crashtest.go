//go:build crashtest && !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"os"
)

// A test-only server (e2e/crash_test.go) serves the WebAssembly named by
// $KLANTWAARDE_WASM: the app built with the tag crashtest, which has a
// page that panics while rendering. It is gzipped quickly rather than
// compressed at the build's best, which takes a minute for a test.
func init() {
	wasmFiles = func() (wasm, br, gz []byte, err error) {
		wasm, err = os.ReadFile(os.Getenv("KLANTWAARDE_WASM"))
		if err != nil {
			return nil, nil, nil, err
		}
		var buf bytes.Buffer
		w, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		w.Write(wasm)
		err = w.Close()
		return wasm, nil, buf.Bytes(), err
	}
}
