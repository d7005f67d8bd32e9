package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

const subPath = "/sub/path/"

// TestStaticSubPath serves the real static build below /sub/path/ with a
// plain http.FileServer: the app works there, its service worker's scope
// is the sub-path, and once loaded it opens offline, by deep link and with
// a query string too.
func TestStaticSubPath(t *testing.T) {
	host := startStatic(t, subPath, buildStatic(t, subPath))
	_, bikeShop := example(t, "fietsenwinkel")
	tb := newTab(t)
	tb.openReady(host.URL)
	tb.waitController()
	if diff := cmp.Diff(expectedHooks(bikeShop), tb.readHooks(), approx); diff != "" {
		t.Errorf("online (-want +got):\n%s", diff)
	}
	var scope string
	tb.run(chromedp.Evaluate(`navigator.serviceWorker.getRegistration().then(r => r.scope)`, &scope, awaitPromise))
	if scope != host.URL {
		t.Errorf("service worker scope %s, want %s", scope, host.URL)
	}
	if errs := tb.logErrors(); len(errs) > 0 {
		t.Errorf("browser errors online:\n%s", strings.Join(errs, "\n"))
	}

	host.close()
	tb.markDocument()
	tb.run(chromedp.Reload())
	tb.waitNewDocumentReady()
	for _, path := range []string{"", "some/deep/link", "?x=1", "a/b?c=d"} {
		tb.openReady(host.URL + path)
		if diff := cmp.Diff(expectedHooks(bikeShop), tb.readHooks(), approx); diff != "" {
			t.Errorf("offline at %s (-want +got):\n%s", host.URL+path, diff)
		}
	}
}

// TestStaticPrecache checks that every file the static build's service
// worker precaches answers 200 from a plain file server below the
// sub-path, without a redirect.
func TestStaticPrecache(t *testing.T) {
	host := startStatic(t, subPath, buildStatic(t, subPath))
	checkPrecache(t, host.URL, host.URL+"app-worker.js", subPath)
}

// TestUpdateNotice serves version A, loads it, deploys version B at the
// same address and asks for an update, as the app does every ten minutes:
// the update notice appears, and its reload button opens version B.
func TestUpdateNotice(t *testing.T) {
	dirA := buildStatic(t, subPath)
	dirB := newVersion(t, dirA)
	host := startStatic(t, subPath, dirA)
	tb := newTab(t)
	tb.openReady(host.URL)
	tb.waitController()
	var notices int
	tb.run(chromedp.Evaluate(`document.querySelectorAll("[data-notice]").length`, &notices))
	if notices != 0 {
		t.Fatalf("%d notices before any update", notices)
	}

	host.swap(dirB)
	tb.run(chromedp.Evaluate(`navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`, nil, awaitPromise))
	tb.waitText(`[data-notice="info"] p`, "A new version of Klantwaarde is ready.")
	tb.waitText(`[data-notice="info"] button[data-action="reload"]`, "Reload now")
	tb.screenshot("update-notice-en")
	tb.run(chromedp.Click(`button[data-locale="nl"]`, chromedp.ByQuery))
	tb.waitText(`[data-notice="info"] p`, "Er staat een nieuwe versie van Klantwaarde klaar.")
	tb.screenshot("update-notice-nl")

	tb.markDocument()
	tb.run(chromedp.Click(`[data-notice="info"] button[data-action="reload"]`, chromedp.ByQuery))
	tb.waitNewDocumentReady()
	var css string
	var caches []string
	tb.run(
		chromedp.Evaluate(`fetch("web/app.css").then(r => r.text())`, &css, awaitPromise),
		chromedp.Evaluate(`caches.keys()`, &caches, awaitPromise),
		chromedp.Evaluate(`document.querySelectorAll("[data-notice]").length`, &notices),
	)
	if !strings.Contains(css, versionBMark) {
		t.Error("after the reload the page does not use version B's stylesheet")
	}
	if len(caches) != 1 || !strings.HasSuffix(caches[0], " "+versionB) {
		t.Errorf("caches after the update: %q, want only version %s's", caches, versionB)
	}
	if notices != 0 {
		t.Errorf("%d notices after reloading into the new version", notices)
	}
}

const (
	versionB     = "b0b0b0b0b0b0b0b0"
	versionBMark = "/* version B */"
)

// newVersion copies a static build and changes it as a new deployment
// would: another stylesheet, and a service worker with another version.
func newVersion(t *testing.T, dirA string) string {
	t.Helper()
	dirB := t.TempDir()
	if err := os.CopyFS(dirB, os.DirFS(dirA)); err != nil {
		t.Fatal(err)
	}
	edit := func(name string, change func([]byte) []byte) {
		path := filepath.Join(dirB, name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		changed := change(data)
		if bytes.Equal(changed, data) {
			t.Fatalf("%s did not change", name)
		}
		if err := os.WriteFile(path, changed, 0o644); err != nil {
			t.Fatal(err)
		}
		// A file server revalidates by Last-Modified, to the second: make
		// the new files newer than the old ones, as a later deploy would.
		later := time.Now().Add(time.Minute)
		if err := os.Chtimes(path, later, later); err != nil {
			t.Fatal(err)
		}
		os.Remove(path + ".br")
		os.Remove(path + ".gz")
	}
	edit("web/app.css", func(b []byte) []byte { return append(b, "\n"+versionBMark+"\n"...) })
	cacheName := regexp.MustCompile(`(const cacheName = cachePrefix \+ ")[0-9a-f]+(")`)
	edit("app-worker.js", func(b []byte) []byte { return cacheName.ReplaceAll(b, []byte("${1}"+versionB+"${2}")) })
	return dirB
}
