// Package e2e drives the real klantwaarde binary in headless Chromium:
// one browser for the package, a fresh browser context (its own storage,
// caches and service workers) and tab per test, and a test fails on any
// uncaught exception in the page.
//
// The binary is bin/klantwaarde as `make build` writes it; `make test`
// builds it first. The browser, the server and what a page reports are
// internal/browsertest's, shared with the benchmark.
package e2e

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/internal/browsertest"
)

var (
	binary     string          // path of bin/klantwaarde
	browserCtx context.Context // the shared browser
	// noBinary and noBrowser say why the tests that need the binary or
	// Chromium cannot run; empty when they can.
	noBinary, noBrowser string
)

// TestMain starts the one browser of the package. Without Chromium or the
// binary the tests that need them skip (browsertest.Skip), except where
// browser tests are required: then the package fails at once, with one
// message instead of one per test.
func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	var err error
	if binary, err = browsertest.Binary(); err != nil {
		noBinary = "e2e: " + err.Error()
	}
	if chromium, err := browsertest.Chromium(); err != nil {
		noBrowser = "e2e: " + err.Error()
	} else {
		b, err := browsertest.Start(context.Background(), chromium)
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		defer b.Close()
		browserCtx = b.Ctx
	}
	if browsertest.Required() && (noBinary != "" || noBrowser != "") {
		for _, why := range []string{noBinary, noBrowser} {
			if why != "" {
				fmt.Fprintln(os.Stderr, why)
			}
		}
		fmt.Fprintf(os.Stderr, "e2e: the browser tests may not be skipped under CI=true or %s=1\n", browsertest.RequireEnv)
		return 1
	}
	return m.Run()
}

// needBinary skips the test when bin/klantwaarde is missing.
func needBinary(t *testing.T) {
	t.Helper()
	if noBinary != "" {
		browsertest.Skip(t, noBinary)
	}
}

// needBrowser skips the test when Chromium is missing.
func needBrowser(t *testing.T) {
	t.Helper()
	if noBrowser != "" {
		browsertest.Skip(t, noBrowser)
	}
}

// server is a running `klantwaarde serve` on a free port.
type server struct {
	*browsertest.Server
	t *testing.T
}

// startServer runs the real binary with the given arguments after "serve"
// and stops it when the test ends.
func startServer(t *testing.T, args ...string) *server {
	t.Helper()
	needBinary(t)
	return startBinary(t, binary, args...)
}

// startBinary is startServer for another build of the command.
func startBinary(t *testing.T, bin string, args ...string) *server {
	t.Helper()
	s, err := browsertest.StartServer(os.Stderr, bin, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return &server{Server: s, t: t}
}

// kill ends the server at once, as a lost network would, and checks that
// nothing answers after it.
func (s *server) kill() {
	s.t.Helper()
	if err := s.Kill(); err != nil {
		s.t.Fatal(err)
	}
	if _, err := http.Get(s.URL); err == nil {
		s.t.Fatal("the server still answers after it was killed")
	}
}

// tab is a page in a fresh browser context of the shared browser.
type tab struct {
	ctx     context.Context
	t       *testing.T
	context cdp.BrowserContextID // the tab's own browser context
	page    *browsertest.Recorder
}

// newTab opens a tab in its own browser context; the test fails at its end
// if the page threw an uncaught exception.
func newTab(t *testing.T) *tab {
	t.Helper()
	return openTab(t, true)
}

// newProfileTab opens a tab in the browser's profile instead of a browser
// context of its own: Chromium installs no app from those, as they are
// off the record. Servers listen on a new port in each test, so tests
// still share no storage.
func newProfileTab(t *testing.T) *tab {
	t.Helper()
	return openTab(t, false)
}

func openTab(t *testing.T, ownContext bool) *tab {
	t.Helper()
	needBrowser(t)
	var id target.ID
	var bc cdp.BrowserContextID
	err := runBrowser(func(browser context.Context) error {
		create := target.CreateTarget("about:blank").WithNewWindow(true)
		if ownContext {
			var err error
			bc, err = target.CreateBrowserContext().WithDisposeOnDetach(true).Do(browser)
			if err != nil {
				return err
			}
			create = create.WithBrowserContextID(bc)
		}
		var err error
		id, err = create.Do(browser)
		return err
	})
	if err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	return attachTab(t, id, bc)
}

// inBrowser runs f with every tab opened in a browser of its own, started
// with extra options on top of the shared browser's.
func inBrowser(t *testing.T, f func(), extra ...chromedp.ExecAllocatorOption) {
	t.Helper()
	chromium, err := browsertest.Chromium()
	if err != nil {
		t.Fatal(err)
	}
	b, err := browsertest.Start(context.Background(), chromium, extra...)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	shared := browserCtx
	browserCtx = b.Ctx
	defer func() { browserCtx = shared }()
	f()
}

// runBrowser runs f with a context whose executor is the browser itself
// (not a tab), for at most browserTimeout: the browser's own context has
// no deadline, and a browser that no longer answers must fail the test,
// not hang the package.
func runBrowser(f func(browser context.Context) error) error {
	ctx, cancel := context.WithTimeout(browserCtx, browserTimeout)
	defer cancel()
	return chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		return f(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
	}))
}

// attachTab drives an open target and watches it for exceptions.
func attachTab(t *testing.T, id target.ID, bc cdp.BrowserContextID) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithTargetID(id))
	ctx, cancelTimeout := context.WithTimeout(ctx, tabTimeout)
	tb := &tab{ctx: ctx, t: t, context: bc, page: browsertest.Record(ctx)}
	if err := chromedp.Run(ctx, cdplog.Enable()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, e := range tb.page.Exceptions() {
			t.Errorf("uncaught exception in the page: %s", e)
		}
		if t.Failed() {
			for _, c := range tb.page.Console() {
				t.Logf("console %s", c)
			}
			if n := tb.page.Dropped(); n > 0 {
				t.Logf("and %d more console lines, errors or exceptions", n)
			}
		}
		cancelTimeout()
		cancel()
	})
	return tb
}

// run runs chromedp actions in the tab and fails the test on error.
func (tb *tab) run(actions ...chromedp.Action) {
	tb.t.Helper()
	if err := chromedp.Run(tb.ctx, actions...); err != nil {
		tb.t.Fatalf("browser: %v", err)
	}
}

// logErrors returns the browser's error log entries (CSP violations,
// failed requests) and console errors seen so far.
func (tb *tab) logErrors() []string { return tb.page.Errors() }

// waitReady waits for the app's <html data-ready="true">.
func waitReady() chromedp.Action {
	return chromedp.WaitReady(`html[data-ready="true"]`, chromedp.ByQuery)
}

// openAllDetails unfolds every disclosure on the page and waits until
// the chart tables, which are drawn only when unfolded, are there.
func (tb *tab) openAllDetails() {
	tb.t.Helper()
	tb.run(
		chromedp.Evaluate(`document.querySelectorAll("details").forEach(d => d.open = true)`, nil),
		chromedp.Poll(`document.querySelectorAll(".chart details[open] table").length === document.querySelectorAll(".chart").length`, nil,
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)),
	)
}

// flushSaves asks the page to save what is typed but not yet saved, as
// it does when the page is hidden or closed.
func (tb *tab) flushSaves() {
	tb.t.Helper()
	tb.run(chromedp.Evaluate(`window.dispatchEvent(new Event("pagehide"))`, nil))
}

// waitText waits until the first element matching sel reads want, and
// fails the test with what it read instead after a few seconds.
func (tb *tab) waitText(sel, want string) {
	tb.t.Helper()
	js := fmt.Sprintf(`(() => { const el = document.querySelector(%q); return el ? el.textContent.trim() : null })()`, sel)
	var got string
	err := chromedp.Run(tb.ctx, chromedp.Poll(fmt.Sprintf(`%s === %q`, js, want), nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
	if err != nil {
		chromedp.Run(tb.ctx, chromedp.Evaluate(js, &got))
		tb.t.Fatalf("%s reads %q, want %q (%v)", sel, got, want, err)
	}
}

// screenshot saves a full-page PNG under $KLANTWAARDE_SCREENSHOTS, when
// that is set, for a person to look at.
func (tb *tab) screenshot(name string) {
	tb.t.Helper()
	dir := os.Getenv("KLANTWAARDE_SCREENSHOTS")
	if dir == "" {
		return
	}
	var png []byte
	tb.run(chromedp.FullScreenshot(&png, 100))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}

// waitController waits until a service worker controls the page: it has
// installed, cached every file of the app, and claimed the page.
func (tb *tab) waitController() {
	tb.t.Helper()
	err := chromedp.Run(tb.ctx, chromedp.Poll(`navigator.serviceWorker.controller !== null`, nil,
		chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		tb.t.Fatalf("no service worker controls the page: %v", err)
	}
}

// openReady navigates to url and waits for the app's data-ready.
func (tb *tab) openReady(url string) {
	tb.t.Helper()
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(url), waitReady()); err != nil {
		tb.t.Fatalf("%s: the app did not become ready: %v", url, err)
	}
}

// markDocument sets a mark on the current document, so that
// waitNewDocumentReady can tell when a reload has replaced it.
func (tb *tab) markDocument() {
	tb.run(chromedp.Evaluate(`window.klantwaardeTestMark = true`, nil))
}

// waitNewDocumentReady waits until a new document, without the mark, has
// become ready.
func (tb *tab) waitNewDocumentReady() {
	tb.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		var ready bool
		err := chromedp.Run(tb.ctx, chromedp.Evaluate(
			`window.klantwaardeTestMark === undefined && document.documentElement.getAttribute("data-ready") === "true"`,
			&ready))
		if err == nil && ready {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	tb.t.Fatal("no new document became ready")
}

// awaitPromise makes chromedp.Evaluate wait for a promise and return its
// value.
func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// recordViolations makes every new document of the tab keep its
// Content-Security-Policy violations in window.klantwaardeViolations.
func recordViolations(ctx context.Context) error {
	_, err := page.AddScriptToEvaluateOnNewDocument(`window.klantwaardeViolations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.klantwaardeViolations.push(e.violatedDirective + " " + e.blockedURI));`).Do(ctx)
	return err
}

// pollTimeout bounds every wait for the page. It is generous because the
// machines that run these tests are small and often busy; a wait that
// succeeds returns as soon as the page is ready.
const pollTimeout = 20 * time.Second

// tabTimeout bounds everything one tab does, so that a page that never gets
// ready fails its test instead of hanging the run.
const tabTimeout = 2 * time.Minute

// browserTimeout bounds a call to the browser itself, such as opening a
// tab.
const browserTimeout = 30 * time.Second
