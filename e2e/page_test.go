package e2e

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/klantwaarde/klantwaarde/calc"
)

// hooks is what the results overview exposes to automation (SPEC §6).
type hooks struct {
	Segments  []segmentHooks
	Portfolio portfolioHooks
}

type segmentHooks struct {
	ID, Verdict                             string
	Value, Gap, CLV, EquityUplift, Adequacy *float64
	Path                                    string // kind:id:from>to per step (calc.Path.String)
}

type portfolioHooks struct {
	Customers, Value, Gap, Equity, EquityUplift *float64
}

// readHooksJS collects the data-* hooks as strings, in page order.
const readHooksJS = `(() => {
  const attrs = (el, names) => Object.fromEntries(names.map(n => [n, el.getAttribute("data-" + n)]));
  return {
    segments: [...document.querySelectorAll("[data-segment]")].map(el =>
      attrs(el, ["segment", "value", "gap", "verdict", "clv", "equity-uplift", "adequacy", "path"])),
    portfolio: [...document.querySelectorAll("[data-portfolio]")].map(el =>
      attrs(el, ["customers", "value", "gap", "equity", "equity-uplift"])),
  };
})()`

// readHooks reads the hooks and parses their numbers: full precision JSON
// numbers, or the empty string for an undefined figure.
func (tb *tab) readHooks() hooks {
	tb.t.Helper()
	var raw struct {
		Segments  []map[string]*string
		Portfolio []map[string]*string
	}
	tb.run(chromedp.Evaluate(readHooksJS, &raw))
	num := func(m map[string]*string, key string) *float64 {
		s := m[key]
		if s == nil {
			tb.t.Fatalf("data-%s is missing", key)
		}
		if *s == "" {
			return nil
		}
		x, err := strconv.ParseFloat(*s, 64)
		if err != nil {
			tb.t.Fatalf("data-%s=%q is not a JSON number: %v", key, *s, err)
		}
		return &x
	}
	// text reads a hook that must be there, empty or not.
	text := func(m map[string]*string, key string) string {
		s := m[key]
		if s == nil {
			tb.t.Fatalf("data-%s is missing", key)
		}
		return *s
	}
	var h hooks
	for _, m := range raw.Segments {
		h.Segments = append(h.Segments, segmentHooks{
			ID: deref(m["segment"]), Verdict: deref(m["verdict"]),
			Value: num(m, "value"), Gap: num(m, "gap"), CLV: num(m, "clv"), EquityUplift: num(m, "equity-uplift"),
			Adequacy: num(m, "adequacy"), Path: text(m, "path"),
		})
	}
	if len(raw.Portfolio) != 1 {
		tb.t.Fatalf("%d elements with data-portfolio, want 1", len(raw.Portfolio))
	}
	p := raw.Portfolio[0]
	h.Portfolio = portfolioHooks{Customers: num(p, "customers"), Value: num(p, "value"), Gap: num(p, "gap"), Equity: num(p, "equity"), EquityUplift: num(p, "equity-uplift")}
	return h
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// expectedHooks turns a report into the hooks the page must show.
func expectedHooks(r calc.Report) hooks {
	var h hooks
	for _, s := range r.Segments {
		h.Segments = append(h.Segments, segmentHooks{
			ID: s.ID, Verdict: string(s.Verdict), Value: s.Value, Gap: s.Gap,
			CLV: calc.Float(s.CLV), EquityUplift: calc.Float(s.EquityUplift),
			Adequacy: s.Adequacy, Path: s.ToAmbassador.String(),
		})
	}
	p := r.Portfolio
	h.Portfolio = portfolioHooks{Customers: calc.Float(p.Customers), Value: p.Value, Gap: p.Gap, Equity: calc.Float(p.Equity), EquityUplift: calc.Float(p.EquityUplift)}
	return h
}

// example reads an example scenario and its expected report from the
// specification's examples kept in calc/testdata.
func example(t *testing.T, name string) (*calc.Scenario, calc.Report) {
	t.Helper()
	dir := filepath.Join("..", "calc", "testdata", "examples")
	f, err := os.Open(filepath.Join(dir, name+".klantwaarde.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := calc.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, name+".report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want calc.Report
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	return s, want
}

var approx = cmpopts.EquateApprox(0, 1e-9)

// TestShareLinkShowsExample opens a share link of each example in the real
// app and compares every data hook with the specification's report, the
// adequacy and the path to ambassador (data-adequacy, data-path) of the
// version-2 kapsalon included.
func TestShareLinkShowsExample(t *testing.T) {
	srv := startServer(t)
	for _, name := range []string{"fietsenwinkel", "consultancy", "edge-cases", "kapsalon"} {
		t.Run(name, func(t *testing.T) {
			s, want := example(t, name)
			payload, err := calc.EncodeShare(s)
			if err != nil {
				t.Fatal(err)
			}
			tb := newTab(t)
			var notice, title string
			tb.run(
				chromedp.Navigate(srv.URL+"#s="+payload),
				waitReady(),
				chromedp.AttributeValue(`[data-notice]`, "data-notice", &notice, nil, chromedp.ByQuery),
				chromedp.Text(`main h2`, &title, chromedp.ByQuery),
			)
			if diff := cmp.Diff(expectedHooks(want), tb.readHooks(), approx); diff != "" {
				t.Errorf("data hooks (-want +got):\n%s", diff)
			}
			if notice != "info" {
				t.Errorf("data-notice = %q, want info (a notice that this is a shared copy)", notice)
			}
			if title != s.Title {
				t.Errorf("title on screen = %q, want %q", title, s.Title)
			}
			tb.screenshot("share-" + name)
		})
	}
}

// TestBrokenShareLink opens share links that cannot be read: the page
// shows an error notice, keeps the example and keeps working.
func TestBrokenShareLink(t *testing.T) {
	srv := startServer(t)
	_, bikeShop := example(t, "fietsenwinkel")
	notJSON, _ := calc.EncodeShare(&calc.Scenario{Title: "x"})
	// A link that unpacks past the largest scenario: the browser's
	// DecompressionStream is read only that far.
	bomb, err := calc.GoDeflate().Deflate(bytes.Repeat([]byte{' '}, calc.MaxFileSize+1))
	if err != nil {
		t.Fatal(err)
	}
	links := map[string]struct{ payload, says string }{
		"not base64":      {"!!!", "the link is damaged"},
		"cut off":         {notJSON[:len(notJSON)/2/4*4], "the link is damaged"},
		"invalid payload": {"aGVsbG8", "the link is damaged"},
		"unpacks too far": {base64.RawURLEncoding.EncodeToString(bomb), "larger than 1024 KiB"},
	}
	for name, link := range links {
		t.Run(name, func(t *testing.T) {
			tb := newTab(t)
			var notice string
			tb.run(
				chromedp.Navigate(srv.URL+"#s="+link.payload),
				waitReady(),
				chromedp.Text(`[data-notice="error"]`, &notice, chromedp.ByQuery),
			)
			if !strings.Contains(notice, link.says) {
				t.Fatalf("the error notice says %q, want it to say %q", notice, link.says)
			}
			if diff := cmp.Diff(expectedHooks(bikeShop), tb.readHooks(), approx); diff != "" {
				t.Errorf("after a broken link the example should show (-want +got):\n%s", diff)
			}
			// The page still works: switching the language changes the text.
			tb.run(chromedp.Click(`button[data-locale="nl"]`, chromedp.ByQuery))
			tb.waitText(`[data-portfolio] h3`, "Alle segmenten samen")
			tb.run(chromedp.Click(`button[data-locale="en"]`, chromedp.ByQuery))
			tb.waitText(`[data-portfolio] h3`, "All segments together")
		})
	}
}

// TestFirstPage opens the app without a link: the bicycle-shop example in
// the browser's language, zoom allowed, no request blocked.
func TestFirstPage(t *testing.T) {
	srv := startServer(t)
	_, bikeShop := example(t, "fietsenwinkel")
	tests := []struct {
		acceptLanguage, lang, heading string
	}{
		{"nl-NL,nl", "nl", "Alle segmenten samen"},
		{"en-GB,en", "en", "All segments together"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			tb := newTab(t)
			var lang, heading, viewport string
			var notices int
			var wasm struct{ Preload, Fetched []string }
			tb.run(
				emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage(tt.acceptLanguage),
				chromedp.Navigate(srv.URL),
				waitReady(),
				chromedp.Evaluate(`document.documentElement.lang`, &lang),
				chromedp.Text(`[data-portfolio] h3`, &heading, chromedp.ByQuery),
				chromedp.Evaluate(`document.querySelector('meta[name=viewport]').content`, &viewport),
				chromedp.Evaluate(`document.querySelectorAll('[data-notice]').length`, &notices),
				chromedp.Evaluate(`({
					Preload: [...document.querySelectorAll('link[rel=preload][as=fetch]')].map((l) => l.href),
					Fetched: performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".wasm")),
				})`, &wasm),
			)
			// The page asks for the WebAssembly before its scripts run, and
			// the loader gets that response: one request, not two.
			if len(wasm.Fetched) != 1 || !slices.Equal(wasm.Preload, wasm.Fetched) {
				t.Errorf("WebAssembly preloaded %q and requested %q, want one request of the preloaded URL", wasm.Preload, wasm.Fetched)
			}
			if lang != tt.lang || heading != tt.heading {
				t.Errorf("lang %q heading %q, want %q %q", lang, heading, tt.lang, tt.heading)
			}
			if strings.Contains(viewport, "user-scalable=0") || strings.Contains(viewport, "maximum-scale") {
				t.Errorf("the viewport forbids zoom: %q", viewport)
			}
			if notices != 0 {
				t.Errorf("%d notices on a plain visit, want none", notices)
			}
			if diff := cmp.Diff(expectedHooks(bikeShop), tb.readHooks(), approx); diff != "" {
				t.Errorf("data hooks (-want +got):\n%s", diff)
			}
			if errs := tb.logErrors(); len(errs) > 0 {
				t.Errorf("browser errors (CSP violations, failed requests):\n%s", strings.Join(errs, "\n"))
			}
			tb.screenshot("first-page-" + tt.lang)
		})
	}
}
