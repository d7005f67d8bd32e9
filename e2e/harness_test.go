// Package e2e drives the real klantwaarde binary in headless Chromium:
// one browser for the package, a fresh browser context (its own storage,
// caches and service workers) and tab per test, and a test fails on any
// uncaught exception in the page.
//
// The binary is bin/klantwaarde as `make build` writes it; `make test`
// builds it first.
package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

var (
	binary     string          // path of bin/klantwaarde
	browserCtx context.Context // the shared browser
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	root, err := filepath.Abs("..")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	binary = filepath.Join(root, "bin", "klantwaarde")
	if _, err := os.Stat(binary); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: %s is missing: run `make build` (or `make test`, which builds it)\n", binary)
		return 1
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: chromium is not installed: `make test` installs it (apt-get install chromium)")
		return 1
	}
	profile, err := os.MkdirTemp("", "klantwaarde-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(profile)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: starting chromium:", err)
		return 1
	}
	browserCtx = ctx
	return m.Run()
}

// server is a running `klantwaarde serve` on a free port.
type server struct {
	URL string // http://127.0.0.1:PORT/
	cmd *exec.Cmd
	t   *testing.T
}

// startServer runs the real binary with the given arguments after "serve"
// and stops it when the test ends.
func startServer(t *testing.T, args ...string) *server {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &server{cmd: cmd, t: t}
	t.Cleanup(s.stop)
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("server did not start: %v", err)
	}
	// "Klantwaarde is running at http://127.0.0.1:PORT/ (version …)"
	for _, field := range strings.Fields(line) {
		if strings.HasPrefix(field, "http://") {
			s.URL = field
		}
	}
	if s.URL == "" {
		t.Fatalf("no URL in the server's first line %q", line)
	}
	return s
}

// kill ends the server at once, as a lost network would: no goodbye to
// the browser, nothing served after it.
func (s *server) kill() {
	s.t.Helper()
	if err := s.cmd.Process.Kill(); err != nil {
		s.t.Fatal(err)
	}
	s.cmd.Wait()
	if _, err := http.Get(s.URL); err == nil {
		s.t.Fatal("the server still answers after it was killed")
	}
}

func (s *server) stop() {
	if s.cmd.Process != nil && s.cmd.ProcessState == nil {
		s.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			s.cmd.Process.Kill()
		}
	}
}

// tab is a page in a fresh browser context of the shared browser.
type tab struct {
	ctx     context.Context
	t       *testing.T
	context cdp.BrowserContextID // the tab's own browser context

	mu         sync.Mutex
	exceptions []string
	errors     []string
	console    []string
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
	var id target.ID
	var bc cdp.BrowserContextID
	err := chromedp.Run(browserCtx, chromedp.ActionFunc(func(ctx context.Context) error {
		browser := cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser)
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
	}))
	if err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	return attachTab(t, id, bc)
}

// attachTab drives an open target and watches it for exceptions.
func attachTab(t *testing.T, id target.ID, bc cdp.BrowserContextID) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithTargetID(id))
	ctx, cancelTimeout := context.WithTimeout(ctx, tabTimeout)
	tb := &tab{ctx: ctx, t: t, context: bc}
	chromedp.ListenTarget(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			tb.exceptions = append(tb.exceptions, msg)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.LevelError {
				tb.errors = append(tb.errors, fmt.Sprintf("%s: %s (%s)", e.Entry.Source, e.Entry.Text, e.Entry.URL))
			}
		case *runtime.EventConsoleAPICalled:
			var args []string
			for _, a := range e.Args {
				if a.Value != nil {
					args = append(args, string(a.Value))
				} else {
					args = append(args, a.Description)
				}
			}
			line := strings.Join(args, " ")
			// Every message is kept to print when the test fails (a Go
			// panic in the WebAssembly arrives as console.log lines).
			tb.console = append(tb.console, string(e.Type)+": "+line)
			if e.Type == runtime.APITypeError || e.Type == runtime.APITypeAssert {
				tb.errors = append(tb.errors, "console.error: "+line)
			}
		}
	})
	if err := chromedp.Run(ctx, cdplog.Enable()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		tb.mu.Lock()
		for _, e := range tb.exceptions {
			t.Errorf("uncaught exception in the page: %s", e)
		}
		if t.Failed() {
			for _, c := range tb.console {
				t.Logf("console %s", c)
			}
		}
		tb.mu.Unlock()
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
func (tb *tab) logErrors() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.errors...)
}

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
