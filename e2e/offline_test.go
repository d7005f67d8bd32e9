package e2e

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// TestOffline loads the app from the real server once, stops the server
// (the DevTools offline switch does not cover the service worker's own
// requests), and opens the app again: by reload, by a deep link and with
// a query string. Each time it shows the results of the example.
func TestOffline(t *testing.T) {
	srv := startServer(t)
	_, bikeShop := example(t, "fietsenwinkel")
	tb := newTab(t)
	tb.openReady(srv.URL)
	tb.waitController()
	srv.kill()

	tb.markDocument()
	tb.run(chromedp.Reload())
	tb.waitNewDocumentReady()
	if diff := cmp.Diff(expectedHooks(bikeShop), tb.readHooks(), approx); diff != "" {
		t.Errorf("offline after a reload (-want +got):\n%s", diff)
	}
	for _, path := range []string{"some/deep/link", "?x=1", "segment/commuters?tab=2#top", "index.html"} {
		tb.openReady(srv.URL + path)
		if diff := cmp.Diff(expectedHooks(bikeShop), tb.readHooks(), approx); diff != "" {
			t.Errorf("offline at %s (-want +got):\n%s", path, diff)
		}
	}
}

// TestPrecachedFilesAnswer checks that every file the served app's
// service worker precaches answers 200, without a redirect: one missing
// file and cache.addAll fails, and with it all of offline.
func TestPrecachedFilesAnswer(t *testing.T) {
	srv := startServer(t)
	checkPrecache(t, srv.URL, srv.URL+"app-worker.js", "/")
}

// checkPrecache GETs every file the worker at workerURL lists, relative to
// site, and checks that the list has the page (as base) and the
// WebAssembly.
func checkPrecache(t *testing.T, site, workerURL, base string) {
	t.Helper()
	list := precacheList(t, workerURL)
	origin, err := url.Parse(site)
	if err != nil {
		t.Fatal(err)
	}
	var page, wasm bool
	for _, p := range list {
		page = page || p == base
		wasm = wasm || strings.HasSuffix(p, ".wasm")
		u := origin.ResolveReference(&url.URL{Path: p})
		if u.Host != origin.Host || !strings.HasPrefix(u.Path, base) {
			t.Errorf("%s is outside the app (%s)", p, base)
			continue
		}
		resp, err := noRedirects.Get(u.String())
		if err != nil {
			t.Errorf("GET %s: %v", u, err)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s, want 200 OK", u, resp.Status)
		}
	}
	if !page || !wasm {
		t.Errorf("the precache list %q lacks the page %s or the WebAssembly", list, base)
	}
}
