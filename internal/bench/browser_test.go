package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/klantwaarde/klantwaarde/internal/browsertest"
)

// TestColdStart measures one cold start of the real app, opened directly,
// from a link on another site, at a phone's size and typed into a new tab, and checks that the probe's figures
// are those of a page that loaded: each after the one before it, and the
// WebAssembly received compressed, and a result seen by the time the app
// was ready. It also reads the page's size as served.
func TestColdStart(t *testing.T) {
	binary, err := browsertest.Binary()
	if err != nil {
		browsertest.Skip(t, err.Error())
	}
	chromium, err := browsertest.Chromium()
	if err != nil {
		browsertest.Skip(t, err.Error())
	}
	root, err := browsertest.Root()
	if err != nil {
		t.Fatal(err)
	}
	wasm, err := served(filepath.Join(root, appWasm))
	if err != nil {
		t.Fatal(err)
	}
	app, err := startServer(os.Stderr, binary, "serve", "-addr", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer app.stop()
	link, stopLink, err := linkPage()
	if err != nil {
		t.Fatal(err)
	}
	defer stopLink()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	page, err := pageSizes(app.url)
	if err != nil {
		t.Fatal(err)
	}
	if !(0 < page.brotli && page.brotli < page.raw) {
		t.Errorf("the page is %d bytes, %d as brotli: want fewer as brotli", page.raw, page.brotli)
	}
	for _, conn := range []connection{{}, {linkFrom: link}, {phone: true}, {typed: true}} {
		t.Run(conn.String(), func(t *testing.T) {
			m, err := coldStart(ctx, chromium, app.url, conn)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%+v", m)
			if !(0 < m.WasmStart && m.WasmStart < m.WasmResponseEnd && m.WasmResponseEnd <= m.Instantiated && m.Instantiated < m.Ready) {
				t.Errorf("wasm requested at %.0f ms, received at %.0f, instantiated at %.0f, data-ready at %.0f: want each after the one before",
					m.WasmStart, m.WasmResponseEnd, m.Instantiated, m.Ready)
			}
			if m.FCP <= 0 {
				t.Errorf("no first contentful paint (%v)", m.FCP)
			}
			// The app opens with its example: a verdict shows, at the
			// latest when the app is ready.
			if r := firstResult(m); r < m.FCP || r > m.Ready+float64(settleAfterReady.Milliseconds()) {
				t.Errorf("first result visible at %.0f ms (FCP %.0f, data-ready %.0f): want between the two", r, m.FCP, m.Ready)
			}
			// The brotli file is what the server sends; 0 is a resource
			// timing the browser hid.
			if br := float64(wasm[2]); m.WasmEncodedBytes != br {
				t.Errorf("the WebAssembly came as %.0f bytes, want the %.0f of its brotli file", m.WasmEncodedBytes, br)
			}
			if m.JSHeap <= 0 || m.WasmMemory <= 0 {
				t.Errorf("memory: JS heap %.0f, WebAssembly %.0f bytes; want both above 0", m.JSHeap, m.WasmMemory)
			}
		})
	}
}
