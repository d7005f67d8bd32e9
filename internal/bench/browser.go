package main

import (
	"context"
	_ "embed"
	"fmt"
	neturl "net/url"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/internal/browsertest"
)

// probeJS runs in every page before the page's own scripts.
//
//go:embed probe.js
var probeJS string

// pollInterval is how often the benchmark looks at the page while it
// waits; chromedp's default, every animation frame, can hang in headless
// tabs.
const pollInterval = 5 * time.Millisecond

// A browserSession is one headless Chromium with a profile of its own, made
// for it and removed after it (browsertest.Browser): no HTTP cache, no
// service worker, no storage from earlier runs.
type browserSession struct {
	ctx    context.Context // the first tab
	cancel func()
	page   *browsertest.Recorder // what the tab's pages report
}

// chromiumFlags are switches the command line (-chromium-flags) adds to
// every Chromium the benchmark starts: one setting of the run, like the
// Chromium binary, to measure another process model.
var chromiumFlags []chromedp.ExecAllocatorOption

// newBrowser starts Chromium with a fresh profile; the probe is injected
// into every page the tab opens.
func newBrowser(ctx context.Context, chromium string) (*browserSession, error) {
	b, err := browsertest.Start(ctx, chromium, chromiumFlags...)
	if err != nil {
		return nil, err
	}
	s := &browserSession{ctx: b.Ctx, cancel: b.Close, page: browsertest.Record(b.Ctx)}
	err = chromedp.Run(s.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(probeJS).Do(ctx)
		return err
	}))
	if err != nil {
		s.close()
		return nil, fmt.Errorf("injecting the probe: %w", err)
	}
	return s, nil
}

func (s *browserSession) close() { s.cancel() }

// setUp makes every request of the tab go over conn, in its viewport.
func (s *browserSession) setUp(conn connection) error {
	if conn.phone {
		if err := chromedp.Run(s.ctx, emulation.SetDeviceMetricsOverride(phoneWidth, phoneHeight, 1, false)); err != nil {
			return err
		}
	}
	if conn.kbps == 0 {
		return nil
	}
	bytesPerSecond := float64(conn.kbps) * 1000 / 8
	return chromedp.Run(s.ctx, network.Enable(), chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := network.EmulateNetworkConditionsByRule([]*network.Conditions{{
			Latency:            float64(conn.latencyMS),
			DownloadThroughput: bytesPerSecond,
			UploadThroughput:   bytesPerSecond,
		}}).Do(ctx)
		return err
	}))
}

// version returns the browser's product name and version.
func (s *browserSession) version() (string, error) {
	var product string
	err := chromedp.Run(s.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		_, product, _, _, _, err = browser.GetVersion().Do(ctx)
		return err
	}))
	return product, err
}

// pageMetrics are the probe's measurements of one page load, in
// milliseconds since navigation start, and its memory once ready.
type pageMetrics struct {
	ErrorNotice      string  `json:"errorNotice"`
	Ready            float64 `json:"ready"`
	Instantiated     float64 `json:"instantiated"`
	FCP              float64 `json:"fcp"`
	WasmStart        float64 `json:"wasmStart"`
	WasmResponseEnd  float64 `json:"wasmResponseEnd"`
	WasmEncodedBytes float64 `json:"wasmEncodedBytes"`
	WasmMemory       float64 `json:"wasmMemory"`
	// FirstResult is the animation frame in which an element with
	// data-verdict first stood visible in the viewport, 0 if none did.
	FirstResult float64 `json:"firstResult"`
	// CLS is the sum of the layout shifts until the metrics were read,
	// settleAfterReady after data-ready.
	CLS float64 `json:"cls"`
	// JSHeap is V8's used heap after a full garbage collection.
	JSHeap float64 `json:"-"`
}

// settled is true in a page once it says it is ready, the probe has
// looked for its first result, and settleAfterReady has passed, so that
// a layout shift of the app's first frames counts.
var settled = fmt.Sprintf(`!!window.__bench && window.__bench.ready > 0 && !!window.__bench.looked && performance.now() > window.__bench.ready + %d`, settleAfterReady.Milliseconds())

// settleAfterReady is how long after data-ready a page's cold start is
// watched for layout shifts: the app draws its charts a frame after it.
const settleAfterReady = 500 * time.Millisecond

// firstResult is when a result could first be seen: the frame in which it
// stood visible, or the first contentful paint if that came later (the
// frame's callbacks run before it is painted, and nothing is seen before
// the first paint).
func firstResult(m pageMetrics) float64 {
	if m.FirstResult == 0 {
		return 0
	}
	return max(m.FirstResult, m.FCP)
}

// load navigates to url and waits until the page says it is ready.
func (s *browserSession) load(url string, timeout time.Duration) (pageMetrics, error) {
	var m pageMetrics
	err := chromedp.Run(s.ctx,
		chromedp.Navigate(url),
		chromedp.Poll(settled, nil,
			chromedp.WithPollingInterval(pollInterval), chromedp.WithPollingTimeout(timeout)),
	)
	if err != nil {
		return m, fmt.Errorf("loading %s: %w", url, err)
	}
	return s.metrics()
}

// followLink opens the page of from, a link page (linkPage), and follows
// its link to url in the same tab, then waits until the page at url says
// it is ready. The probe's times are the new page's, from its own
// navigation start, which came 10–18 ms after the click when measured.
func (s *browserSession) followLink(from, url string, timeout time.Duration) (pageMetrics, error) {
	err := chromedp.Run(s.ctx,
		chromedp.Navigate(from+"?to="+neturl.QueryEscape(url)),
		// The click is left to a timer: the page that evaluates it is gone
		// before it could answer.
		chromedp.Evaluate(`setTimeout(() => document.getElementById("go").click(), 0)`, nil),
	)
	if err != nil {
		return pageMetrics{}, fmt.Errorf("following a link to %s: %w", url, err)
	}
	// While the tab moves to the page's process, evaluating fails; a
	// failure is asked again until the deadline.
	check := fmt.Sprintf(`location.href === %q && %s`, url, settled)
	deadline := time.Now().Add(timeout)
	for {
		var ready bool
		if err := chromedp.Run(s.ctx, chromedp.Evaluate(check, &ready)); err == nil && ready {
			return s.metrics()
		} else if time.Now().After(deadline) {
			return pageMetrics{}, fmt.Errorf("following a link to %s: not ready after %s (last error: %v)", url, timeout, err)
		}
		time.Sleep(pollInterval)
	}
}

// metrics reads the probe's measurements and the memory in use: the JS
// heap after a full garbage collection, and the Go instance's linear
// memory, which only ever grows.
func (s *browserSession) metrics() (pageMetrics, error) {
	var m pageMetrics
	err := chromedp.Run(s.ctx,
		chromedp.Evaluate(`window.__bench.metrics()`, &m),
		chromedp.ActionFunc(func(context.Context) error {
			// A measurement of a page that failed is no measurement.
			if m.ErrorNotice != "" {
				return fmt.Errorf("the page shows an error: %s", m.ErrorNotice)
			}
			if exceptions := s.page.Exceptions(); len(exceptions) > 0 {
				return fmt.Errorf("uncaught exception in the page: %s", exceptions[0])
			}
			return nil
		}),
		chromedp.ActionFunc(func(ctx context.Context) error {
			if err := heapprofiler.CollectGarbage().Do(ctx); err != nil {
				return err
			}
			var err error
			m.JSHeap, _, _, _, err = runtime.GetHeapUsage().Do(ctx)
			return err
		}),
	)
	return m, err
}
