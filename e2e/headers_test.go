package e2e

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// wantPolicy is the Content-Security-Policy of the issue: the app's own
// scripts and WebAssembly only, nothing inline, no plugins, no <base>, no
// framing.
const wantPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
	"frame-ancestors 'none'"

// fetch sends one request to the real server, as curl would: no
// decompression, no redirects followed.
func fetch(t *testing.T, method, target string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, target, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := noRedirects.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

// wasmURL finds the WebAssembly's content-named path in app.js.
func wasmURL(t *testing.T, base string) string {
	t.Helper()
	_, appJS := fetch(t, http.MethodGet, base+"app.js", nil)
	m := regexp.MustCompile(`"(/web/app\.[0-9a-f]+\.wasm)"`).FindSubmatch(appJS)
	if m == nil {
		t.Fatal("app.js names no /web/app.<hash>.wasm")
	}
	return strings.TrimSuffix(base, "/") + string(m[1])
}

// TestHeaders checks what the real server answers, kind by kind: types,
// codings by Accept-Encoding, caching, and the security headers.
func TestHeaders(t *testing.T) {
	srv := startServer(t)
	wasm := wasmURL(t, srv.URL)
	tests := []struct {
		path, accept                 string
		status                       int
		contentType, coding, caching string
	}{
		{"", "br, gzip", 200, "text/html; charset=utf-8", "br", "no-cache"},
		{"", "gzip", 200, "text/html; charset=utf-8", "gzip", "no-cache"},
		{"", "", 200, "text/html; charset=utf-8", "", "no-cache"},
		{"some/deep/link?x=1", "br", 200, "text/html; charset=utf-8", "br", "no-cache"},
		{"app.js", "br", 200, "text/javascript; charset=utf-8", "br", "no-cache"},
		{"app-worker.js", "gzip", 200, "text/javascript; charset=utf-8", "gzip", "no-cache"},
		{"wasm_exec.js", "identity", 200, "text/javascript; charset=utf-8", "", "no-cache"},
		{"web/storage-guard.js", "br", 200, "text/javascript; charset=utf-8", "br", "no-cache"},
		{"app.css", "br", 200, "text/css; charset=utf-8", "br", "no-cache"},
		{"manifest.webmanifest", "br", 200, "application/manifest+json", "br", "no-cache"},
		{wasm[len(srv.URL):], "br", 200, "application/wasm", "br", "public, max-age=31536000, immutable"},
		{wasm[len(srv.URL):], "gzip", 200, "application/wasm", "gzip", "public, max-age=31536000, immutable"},
		{wasm[len(srv.URL):], "", 200, "application/wasm", "", "public, max-age=31536000, immutable"},
		{"web/icons/icon-512.png", "br, gzip", 200, "image/png", "", "no-cache"},
		{"web/icons/icon.svg", "br", 200, "image/svg+xml", "", "no-cache"},
		{"web/missing.css", "br", 404, "text/plain; charset=utf-8", "", ""},
		{"web/app.wasm", "br", 404, "text/plain; charset=utf-8", "", ""},
	}
	for _, tt := range tests {
		resp, body := fetch(t, http.MethodGet, srv.URL+tt.path, map[string]string{"Accept-Encoding": tt.accept})
		got := []any{resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Encoding"), resp.Header.Get("Cache-Control")}
		want := []any{tt.status, tt.contentType, tt.coding, tt.caching}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("GET /%s, Accept-Encoding %q: status, type, coding, caching (-want +got):\n%s", tt.path, tt.accept, diff)
		}
		checkSecurityHeaders(t, "/"+tt.path, resp.Header)
		if tt.status == 200 {
			checkDecodes(t, srv.URL+tt.path, resp.Header.Get("Content-Encoding"), body)
		}
	}
	logSizes(t, srv.URL, wasm)
}

// checkDecodes checks that a compressed body decodes to what the server
// sends uncompressed.
func checkDecodes(t *testing.T, target, coding string, body []byte) {
	t.Helper()
	var r io.Reader
	switch coding {
	case "":
		return
	case "br":
		r = brotli.NewReader(bytes.NewReader(body))
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	decoded, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("%s in %s: %v", target, coding, err)
	}
	_, plain := fetch(t, http.MethodGet, target, nil)
	if !bytes.Equal(decoded, plain) {
		t.Errorf("%s in %s does not decode to the file", target, coding)
	}
}

func checkSecurityHeaders(t *testing.T, what string, h http.Header) {
	t.Helper()
	want := map[string]string{
		"Content-Security-Policy": wantPolicy,
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
	}
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("%s: %s is %q, want %q", what, k, got, v)
		}
	}
	if h.Get("Permissions-Policy") == "" {
		t.Errorf("%s: no Permissions-Policy", what)
	}
}

// logSizes logs the WebAssembly's size in each coding, for the notes.
func logSizes(t *testing.T, base, wasm string) {
	for _, coding := range []string{"", "gzip", "br"} {
		resp, body := fetch(t, http.MethodGet, wasm, map[string]string{"Accept-Encoding": coding})
		t.Logf("app.wasm %-8q %9d bytes (Content-Length %s)", coding, len(body), resp.Header.Get("Content-Length"))
	}
	resp, _ := fetch(t, http.MethodGet, base, map[string]string{"Accept-Encoding": "br"})
	var b strings.Builder
	resp.Header.Write(&b)
	t.Logf("GET / with Accept-Encoding: br:\n%s %s\n%s", resp.Proto, resp.Status, b.String())
}

// TestConditionalAndMethods checks revalidation, HEAD and the methods the
// server refuses.
func TestConditionalAndMethods(t *testing.T) {
	srv := startServer(t)
	for _, path := range []string{"", "app.js", wasmURL(t, srv.URL)[len(srv.URL):]} {
		first, _ := fetch(t, http.MethodGet, srv.URL+path, nil)
		etag := first.Header.Get("ETag")
		if etag == "" {
			t.Fatalf("/%s has no ETag", path)
		}
		again, body := fetch(t, http.MethodGet, srv.URL+path, map[string]string{"If-None-Match": etag})
		if again.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("/%s with If-None-Match %s: %s with %d bytes, want 304 without a body", path, etag, again.Status, len(body))
		}
		checkSecurityHeaders(t, "304 of /"+path, again.Header)
		head, body := fetch(t, http.MethodHead, srv.URL+path, map[string]string{"Accept-Encoding": "br"})
		if head.StatusCode != http.StatusOK || len(body) != 0 || head.Header.Get("Content-Encoding") != "br" || head.ContentLength <= 0 {
			t.Errorf("HEAD /%s: %s, %d bytes, coding %q, length %d", path, head.Status, len(body), head.Header.Get("Content-Encoding"), head.ContentLength)
		}
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		resp, _ := fetch(t, method, srv.URL, nil)
		if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /: %s, Allow %q; want 405 and GET, HEAD", method, resp.Status, resp.Header.Get("Allow"))
		}
		checkSecurityHeaders(t, method+" /", resp.Header)
	}
}

// TestSameOriginOnly loads the app and checks that every request the page
// makes stays on its origin, that the page got the policy header and works
// under it (no violation, no console error), and that the service worker
// caches nothing from elsewhere.
func TestSameOriginOnly(t *testing.T) {
	srv := startServer(t)
	origin, _ := url.Parse(srv.URL)
	tb := newTab(t)
	var mu sync.Mutex
	var requests []string
	var documentPolicy string
	chromedp.ListenTarget(tb.ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			requests = append(requests, e.Request.URL)
		case *network.EventResponseReceived:
			if e.Type == network.ResourceTypeDocument {
				documentPolicy, _ = e.Response.Headers["Content-Security-Policy"].(string)
			}
		}
	})
	var violations []string
	tb.run(
		network.Enable(),
		chromedp.ActionFunc(recordViolations),
		chromedp.Navigate(srv.URL),
		waitReady(),
	)
	tb.waitController()
	// Use the app a little: violations show when markup changes, too.
	tb.run(chromedp.Click(`button[data-locale="en"]`, chromedp.ByQuery))
	tb.waitText(`[data-portfolio] h3`, "All segments together")
	tb.run(chromedp.Evaluate(`window.klantwaardeViolations`, &violations))

	mu.Lock()
	defer mu.Unlock()
	if len(requests) < 5 {
		t.Errorf("only %d requests seen: %q", len(requests), requests)
	}
	for _, r := range requests {
		u, err := url.Parse(r)
		if err != nil || u.Scheme != origin.Scheme || u.Host != origin.Host {
			t.Errorf("a request leaves the origin %s: %s", origin.Host, r)
		}
	}
	if documentPolicy != wantPolicy {
		t.Errorf("the page came with Content-Security-Policy %q, want %q", documentPolicy, wantPolicy)
	}
	if len(violations) > 0 {
		t.Errorf("Content-Security-Policy violations:\n%s", strings.Join(violations, "\n"))
	}
	if errs := tb.logErrors(); len(errs) > 0 {
		t.Errorf("browser errors:\n%s", strings.Join(errs, "\n"))
	}
	for _, p := range precacheList(t, srv.URL+"app-worker.js") {
		if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") {
			t.Errorf("the service worker caches %s, which is not a path on this origin", p)
		}
	}
}
