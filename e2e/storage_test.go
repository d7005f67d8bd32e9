package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// blockStorage makes reading window.localStorage throw, as it does when
// the browser blocks storage (cookies off, some private modes).
const blockStorage = `Object.defineProperty(window, "localStorage", {
  configurable: true,
  get() { throw new DOMException("The user has blocked storage (test).", "SecurityError"); },
});`

// TestStorageBlocked opens the app with storage blocked: go-app reads
// localStorage at start-up and used to die there; the storage guard keeps
// it working in memory and tells the app so.
func TestStorageBlocked(t *testing.T) {
	srv := startServer(t)
	_, bikeShop := example(t, "fietsenwinkel")
	tb := newTab(t)
	var blocked bool
	var stored string
	tb.run(chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(blockStorage).Do(ctx)
		return err
	}))
	// Without the guard the app never starts: fail in seconds, not at the
	// tab's deadline.
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL), waitReady()); err != nil {
		t.Fatalf("with storage blocked the app did not start: %v", err)
	}
	tb.run(
		chromedp.Evaluate(`window.klantwaardeStorageBlocked === true`, &blocked),
		chromedp.Evaluate(`localStorage.setItem("k", "v"), localStorage.getItem("k")`, &stored),
	)
	if !blocked {
		t.Error("window.klantwaardeStorageBlocked is not set")
	}
	if stored != "v" {
		t.Errorf("the in-memory storage returned %q, want v", stored)
	}
	if diff := cmp.Diff(expectedHooks(bikeShop), tb.readHooks(), approx); diff != "" {
		t.Errorf("data hooks (-want +got):\n%s", diff)
	}
	tb.run(chromedp.Click(`button[data-locale="nl"]`, chromedp.ByQuery))
	tb.waitText(`[data-portfolio] h3`, "Alle segmenten samen")
}

// TestStorageAvailable checks the other side: with storage working, the
// guard leaves it alone.
func TestStorageAvailable(t *testing.T) {
	srv := startServer(t)
	tb := newTab(t)
	var flag string
	var native bool
	tb.run(
		chromedp.Navigate(srv.URL),
		waitReady(),
		chromedp.Evaluate(`String(window.klantwaardeStorageBlocked)`, &flag),
		chromedp.Evaluate(`localStorage instanceof Storage`, &native),
	)
	if flag != "false" || !native {
		t.Errorf("storage works, yet klantwaardeStorageBlocked is %s and native Storage %v", flag, native)
	}
}
