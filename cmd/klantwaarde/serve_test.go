//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/google/go-cmp/cmp"
)

// fakeWasm stands in for the WebAssembly, so that these tests need no
// `make build`; the e2e tests serve the real one.
var fakeWasm = bytes.Repeat([]byte("\x00asm fake WebAssembly for tests "), 200)

var (
	testSitesMu sync.Mutex
	testSites   = map[string]*site{}
)

// testSite renders the site around fakeWasm, once for each base path.
func testSite(t *testing.T, base string) *site {
	t.Helper()
	testSitesMu.Lock()
	defer testSitesMu.Unlock()
	if s, ok := testSites[base]; ok {
		return s
	}
	s, err := renderSite(base, fakeWasm, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	testSites[base] = s
	return s
}

// get sends a request to the site and returns the response.
func get(s *site, method, target string, header map[string]string) *http.Response {
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec.Result()
}

// TestServeHeaders checks the type, caching and security headers of every
// kind of response.
func TestServeHeaders(t *testing.T) {
	s := testSite(t, "/")
	security := map[string]string{
		"Content-Security-Policy":      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
		"X-Content-Type-Options":       "nosniff",
		"Referrer-Policy":              "no-referrer",
		"Cross-Origin-Resource-Policy": "same-origin",
		"Permissions-Policy":           permissionsPolicy,
		// Not sent: it would start a page opened in a new tab in a new
		// process (site.ServeHTTP).
		"Cross-Origin-Opener-Policy": "",
	}
	tests := []struct {
		path, status, contentType, cacheControl string
	}{
		{"/", "200 OK", "text/html; charset=utf-8", "no-cache"},
		{"/index.html", "200 OK", "text/html; charset=utf-8", "no-cache"},
		{"/some/deep/link", "200 OK", "text/html; charset=utf-8", "no-cache"},
		{"/?x=1", "200 OK", "text/html; charset=utf-8", "no-cache"},
		{"/app.js", "200 OK", "text/javascript; charset=utf-8", "no-cache"},
		{"/app-worker.js", "200 OK", "text/javascript; charset=utf-8", "no-cache"},
		{"/wasm_exec.js", "200 OK", "text/javascript; charset=utf-8", "no-cache"},
		{"/web/storage-guard.js", "200 OK", "text/javascript; charset=utf-8", "no-cache"},
		{"/app.css", "200 OK", "text/css; charset=utf-8", "no-cache"},
		{"/web/app.css", "200 OK", "text/css; charset=utf-8", "no-cache"},
		{"/manifest.webmanifest", "200 OK", "application/manifest+json", "no-cache"},
		{s.wasmPath, "200 OK", "application/wasm", "public, max-age=31536000, immutable"},
		{"/web/icons/icon-192.png", "200 OK", "image/png", "no-cache"},
		{"/web/icons/icon.svg", "200 OK", "image/svg+xml", "no-cache"},
		{"/web/app.wasm", "404 Not Found", "text/plain; charset=utf-8", ""},
		{"/web/missing.css", "404 Not Found", "text/plain; charset=utf-8", ""},
		{"/web/some/deep/link", "404 Not Found", "text/plain; charset=utf-8", ""},
		{"/robots.txt", "404 Not Found", "text/plain; charset=utf-8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp := get(s, http.MethodGet, tt.path, nil)
			got := map[string]string{
				"status":        resp.Status,
				"Content-Type":  resp.Header.Get("Content-Type"),
				"Cache-Control": resp.Header.Get("Cache-Control"),
			}
			want := map[string]string{"status": tt.status, "Content-Type": tt.contentType, "Cache-Control": tt.cacheControl}
			for k, v := range security {
				got[k], want[k] = resp.Header.Get(k), v
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

// TestServeEncoding checks that each coding the browser accepts is served
// from the bytes compressed once, and decodes to the file.
func TestServeEncoding(t *testing.T) {
	s := testSite(t, "/")
	tests := []struct {
		path, accept, want string
	}{
		{"/app.js", "gzip, deflate, br, zstd", "br"},
		{"/app.js", "gzip", "gzip"},
		{"/app.js", "br;q=0, gzip", "gzip"},
		{"/app.js", "", ""},
		{"/app.js", "identity", ""},
		{s.wasmPath, "br", "br"},
		{s.wasmPath, "gzip;q=0.5", "gzip"},
		{"/", "gzip, br", "br"},
		{"/web/icons/icon-512.png", "gzip, br", ""}, // PNG is compressed already
		{"/web/icons/icon.svg", "gzip, br", ""},     // too small to be worth it
		{"/web/storage-guard.js", "gzip, br", "br"},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.accept, func(t *testing.T) {
			resp := get(s, http.MethodGet, tt.path, map[string]string{"Accept-Encoding": tt.accept})
			if got := resp.Header.Get("Content-Encoding"); got != tt.want {
				t.Fatalf("Content-Encoding %q, want %q", got, tt.want)
			}
			if v := resp.Header.Get("Vary"); !strings.HasPrefix(v, "Accept-Encoding") {
				t.Errorf("Vary %q, want Accept-Encoding first", v)
			}
			f, _ := s.lookup(strings.Split(tt.path, "?")[0])
			var r io.Reader = resp.Body
			switch tt.want {
			case "br":
				r = brotli.NewReader(r)
			case "gzip":
				zr, err := gzip.NewReader(r)
				if err != nil {
					t.Fatal(err)
				}
				r = zr
			}
			body, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(body, f.body) {
				t.Errorf("the decoded body (%d bytes) is not the file (%d bytes)", len(body), len(f.body))
			}
		})
	}
}

// TestServeConditional checks revalidation: an ETag that matches answers
// 304 without a body.
func TestServeConditional(t *testing.T) {
	s := testSite(t, "/")
	etag := get(s, http.MethodGet, "/app.js", nil).Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	tests := []struct {
		ifNoneMatch string
		want        int
	}{
		{etag, http.StatusNotModified},
		{"W/" + etag, http.StatusNotModified},
		{`"other", ` + etag, http.StatusNotModified},
		{"*", http.StatusNotModified},
		{`"other"`, http.StatusOK},
		{"", http.StatusOK},
	}
	for _, tt := range tests {
		resp := get(s, http.MethodGet, "/app.js", map[string]string{"If-None-Match": tt.ifNoneMatch})
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != tt.want {
			t.Errorf("If-None-Match %q: status %d, want %d", tt.ifNoneMatch, resp.StatusCode, tt.want)
		}
		if tt.want == http.StatusNotModified && len(body) > 0 {
			t.Errorf("If-None-Match %q: a 304 with a body of %d bytes", tt.ifNoneMatch, len(body))
		}
	}
	if other := get(s, http.MethodGet, "/app.css", nil).Header.Get("ETag"); other == etag {
		t.Errorf("app.js and app.css share the ETag %s", etag)
	}
}

// TestServeMethods checks HEAD (headers without a body) and that nothing
// else is allowed.
func TestServeMethods(t *testing.T) {
	s := testSite(t, "/")
	head := get(s, http.MethodHead, "/app.js", map[string]string{"Accept-Encoding": "gzip"})
	body, _ := io.ReadAll(head.Body)
	if head.StatusCode != http.StatusOK || len(body) != 0 || head.Header.Get("Content-Length") == "" {
		t.Errorf("HEAD: status %d, %d bytes of body, Content-Length %q; want 200, none, set",
			head.StatusCode, len(body), head.Header.Get("Content-Length"))
	}
	if got, want := head.Header.Get("Content-Length"), get(s, http.MethodGet, "/app.js", map[string]string{"Accept-Encoding": "gzip"}).Header.Get("Content-Length"); got != want {
		t.Errorf("HEAD Content-Length %s, GET %s", got, want)
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions} {
		resp := get(s, method, "/", nil)
		if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: status %d, Allow %q; want 405, GET, HEAD", method, resp.StatusCode, resp.Header.Get("Allow"))
		}
		if resp.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: no Content-Security-Policy on the error", method)
		}
	}
}

// newRecorder sends a GET for target to h.
func newRecorder(h http.Handler, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

// TestLoaderStreamsWasm checks that go-app's loader hands the WebAssembly
// to the browser's streaming compiler, and not through its progress
// counter.
func TestLoaderStreamsWasm(t *testing.T) {
	s := testSite(t, "/")
	js := s.files["/app.js"].body
	if want := []byte(`instantiateStreaming(
      fetch("` + s.wasmPath + `"),`); !bytes.Contains(js, want) {
		t.Errorf("app.js does not fetch %s straight into instantiateStreaming", s.wasmPath)
	}
	if bytes.Contains(js, []byte("fetchWithProgress(\"")) {
		t.Error("app.js still fetches the WebAssembly through fetchWithProgress")
	}
	if _, err := fixAppJS([]byte("no loader here")); err == nil {
		t.Error("fixAppJS accepted an app.js without go-app's fetch")
	}
}

// TestServePageLanguage checks that a browser gets the first view's
// example in the language it asks for first (as the app chooses it), a
// request that names none the page with both, and that the responses say
// they vary by it.
func TestServePageLanguage(t *testing.T) {
	s := testSite(t, "/")
	tests := []struct {
		acceptLanguage string
		want           string // the examples in the page
	}{
		{"", "nl en"},
		{"nl", "nl"},
		{"nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "nl"},
		{"NL-be", "nl"},
		{"en-GB,en;q=0.9,nl;q=0.8", "en"},
		{"de-DE,de;q=0.9", "en"},
		{"*", "nl en"},
		{"nl;q=0, en", "en"},
		{" , fr", "en"},
	}
	for _, tt := range tests {
		for _, target := range []string{"/", "/some/deep/link"} {
			resp := get(s, http.MethodGet, target, map[string]string{"Accept-Language": tt.acceptLanguage})
			body, _ := io.ReadAll(resp.Body)
			var got []string
			for _, l := range []string{"nl", "en"} {
				if bytes.Contains(body, []byte(`class="fv-example fv-`+l+`"`)) {
					got = append(got, l)
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("GET %s, Accept-Language %q: examples %q, want %q", target, tt.acceptLanguage, got, tt.want)
			}
			if vary := resp.Header.Get("Vary"); vary != "Accept-Encoding, Accept-Language" {
				t.Errorf("GET %s: Vary %q", target, vary)
			}
		}
	}
	if vary := get(s, http.MethodGet, "/app.js", nil).Header.Get("Vary"); vary != "Accept-Encoding" {
		t.Errorf("GET /app.js: Vary %q, want Accept-Encoding alone", vary)
	}
	for l, p := range s.pages {
		if p.br == nil || len(p.br) > len(s.files["/"].br) {
			t.Errorf("the %s page: %d bytes of brotli, want fewer than the page with both (%d)", l, len(p.br), len(s.files["/"].br))
		}
	}
}
