package e2e

import (
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/klantwaarde/klantwaarde/calc"
)

// firstViewProbe runs in every new document of a tab before the page's own
// scripts. At every animation frame until the app is ready it notes which
// first view shows (app/firstview.go, <html data-first-view>), whether any
// of the example's results were visible, and the boxes of the visible
// results and headings; when <html data-ready="true"> appears, the same
// boxes in the app's own page. window.klantwaardeFirstView holds it all.
const firstViewProbe = `(() => {
  const fv = window.klantwaardeFirstView = { frames: 0, views: [], exampleSeen: false, before: null, after: null, chartsBefore: null, chartsAfter: null };
  fv.shifts = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) fv.shifts.push({ at: e.startTime, value: e.value,
    sources: e.sources.map(s => s.node ? s.node.nodeName + "." + s.node.className : "") }); }).observe({ type: "layout-shift", buffered: true });
  const charts = (root) => [...root.querySelectorAll("[data-chart]")].map(el => {
    const r = el.getBoundingClientRect(); return { what: el.dataset.chart, top: r.top, left: r.left, width: r.width, height: r.height };
  });
  const boxSelector = "h1, h2, h3, [data-segment], [data-portfolio], [data-verdict] .badge, [data-results] .explain, .masthead, .verdict, .intro";
  const boxes = (root) => {
    const out = [];
    for (const el of root.querySelectorAll(boxSelector)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.top >= innerHeight) continue;
      out.push({ what: el.tagName.toLowerCase() + "." + el.className + (el.dataset.segment ? "#" + el.dataset.segment : ""),
        top: r.top, left: r.left, width: r.width, height: r.height });
    }
    return out;
  };
  // What the example's first screen leaves for the next frame (web/app.css).
  const restSelector = ".editor > fieldset, .results > :not(h2, .verdict-list, .print-only)";
  const shown = () => document.querySelector(".first-view > .fv-example:not([hidden])") &&
    [...document.querySelectorAll(".fv-example")].find(el => el.getClientRects().length > 0);
  const frame = () => {
    if (document.documentElement.dataset.ready === "true") return;
    fv.frames++;
    const v = document.documentElement.dataset.firstView || "";
    if (!fv.views.includes(v)) fv.views.push(v);
    const ex = document.body && shown();
    if (ex) {
      if (ex.querySelector("[data-verdict]")) fv.exampleSeen = true;
      const rest = [...ex.querySelectorAll(restSelector)].filter(el => el.getClientRects().length > 0).length;
      if (!fv.firstResult && [...ex.querySelectorAll("[data-verdict]")].some(el => {
        const r = el.getBoundingClientRect(); return el.checkVisibility() && r.height > 0 && r.top < innerHeight; })) {
        fv.firstResult = { frame: fv.frames, rest };
      }
      fv.restLast = rest;
      fv.before = boxes(ex);
      fv.chartsBefore = charts(ex);
      fv.inert = ex.inert;
      fv.busy = ex.getAttribute("aria-busy");
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver(() => {
    if (document.documentElement.dataset.ready === "true" && !fv.after) {
      fv.after = boxes(document.body.firstElementChild);
      fv.chartsAfter = charts(document.body.firstElementChild);
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
})();`

// firstViewRecord is window.klantwaardeFirstView.
type firstViewRecord struct {
	Frames      int
	Views       []string
	ExampleSeen bool
	Inert       bool
	Busy        string
	Before      []box
	After       []box
	// The frame in which a verdict of the example first stood in view,
	// and how many parts of what comes after the first screen had a box
	// then and in the first view's last frame.
	FirstResult *struct{ Frame, Rest int }
	RestLast    int
	// The charts, in view or not.
	ChartsBefore []box
	ChartsAfter  []box
	// The layout shifts, from the first frame on.
	Shifts []struct {
		At, Value float64
		Sources   []string
	}
}

type box struct {
	What                     string
	Top, Left, Width, Height float64
}

// openFirstView opens url at w×h in a fresh tab whose browser asks for
// lang, with the probe in the page, and returns the tab once the app is
// ready (or, with noWasm, once the first view has been painted: the
// WebAssembly is then never downloaded).
func openFirstView(t *testing.T, url string, w, h int64, lang string, noWasm bool, before ...chromedp.Action) *tab {
	t.Helper()
	tb := newTab(t)
	tb.run(
		emulation.SetDeviceMetricsOverride(w, h, 1, false),
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage(lang),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(firstViewProbe).Do(ctx)
			return err
		}),
	)
	if noWasm {
		tb.run(network.Enable(), blockWasm())
	}
	tb.run(before...)
	tb.run(chromedp.Navigate(url))
	if noWasm {
		tb.run(chromedp.Poll(`window.klantwaardeFirstView && window.klantwaardeFirstView.frames > 2`, nil))
	} else {
		tb.run(waitReady())
	}
	return tb
}

// blockWasm makes every request for a WebAssembly file fail.
func blockWasm() chromedp.Action {
	return network.SetBlockedURLs().WithURLPatterns([]*network.BlockPattern{{URLPattern: "*://*:*/*.wasm", Block: true}})
}

func (tb *tab) firstView() firstViewRecord {
	tb.t.Helper()
	var r firstViewRecord
	tb.run(chromedp.Evaluate(`window.klantwaardeFirstView`, &r))
	return r
}

// TestFirstViewInPage reads the page the server sends and the static
// build's index.html: each carries the example's results, inert and busy,
// with ids that are unique and not the app's, and no boolean attribute
// written as "false". The static page, and the server's to a browser that
// names no language, carry the example in Dutch and in English; a browser
// that asks for a language gets that one alone.
func TestFirstViewInPage(t *testing.T) {
	srv := startServer(t)
	get := func(acceptLanguage string) string {
		req, err := http.NewRequest(http.MethodGet, srv.URL+"some/deep/link", nil)
		if err != nil {
			t.Fatal(err)
		}
		if acceptLanguage != "" {
			req.Header.Set("Accept-Language", acceptLanguage)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if vary := resp.Header.Get("Vary"); !strings.Contains(vary, "Accept-Language") {
			t.Errorf("Vary: %q, want Accept-Language in it", vary)
		}
		body, _ := io.ReadAll(resp.Body)
		return string(body)
	}
	static, err := os.ReadFile(filepath.Join(buildStatic(t, "/"), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct {
		name, html string
		want       []string
	}{
		{"served", get(""), []string{"nl", "en"}},
		{"served to nl-NL", get("nl-NL,nl;q=0.9,en-US;q=0.8"), []string{"nl"}},
		{"served to en-US", get("en-US,en;q=0.9"), []string{"en"}},
		{"served to fr-FR", get("fr-FR,fr;q=0.9,nl;q=0.8"), []string{"en"}},
		{"static", string(static), []string{"nl", "en"}},
	} {
		t.Run(p.name, func(t *testing.T) { checkFirstViewHTML(t, p.html, p.want) })
	}
}

var (
	exampleOpenRe = regexp.MustCompile(`<div [^>]*class="fv-example fv-(nl|en)"[^>]*>`)
	idRe          = regexp.MustCompile(`\sid="([^"]*)"`)
	falseBoolRe   = regexp.MustCompile(`\s(disabled|open|selected|checked|hidden|readonly|required|multiple)="`)
	wasmPreloadRe = regexp.MustCompile(`<link [^>]*href="[^"]*\.wasm"[^>]*rel="preload"`)
)

// checkFirstViewHTML checks a page that carries the example in the
// languages want, in that order.
func checkFirstViewHTML(t *testing.T, html string, want []string) {
	t.Helper()
	opens := exampleOpenRe.FindAllStringSubmatch(html, -1)
	var found []string
	for _, m := range opens {
		found = append(found, m[1])
	}
	if !slices.Equal(found, want) {
		t.Fatalf("examples in %q, want %q", found, want)
	}
	for _, m := range opens {
		if !strings.Contains(m[0], " inert") || !strings.Contains(m[0], `aria-busy="true"`) {
			t.Errorf("%s is not inert and busy", m[0])
		}
	}
	class := "first-view"
	if len(want) == 1 {
		class += " only-" + want[0]
	}
	if !strings.Contains(html, `<div class="`+class+`">`) {
		t.Errorf(`no <div class=%q> in the page`, class)
	}
	// The WebAssembly is asked for once the first view has been read.
	if at := wasmPreloadRe.FindStringIndex(html); at == nil || at[0] < strings.LastIndex(html, `class="fv-end-`) {
		t.Errorf("the WebAssembly's preload is at %v, want it after the first view (at %d)", at, strings.LastIndex(html, `class="fv-end-`))
	}
	parts := map[string]string{}
	for i, m := range opens {
		from := strings.Index(html, m[0])
		to := strings.Index(html[from:], `<aside`) + from // go-app's loader follows the first view
		if i+1 < len(opens) {
			to = strings.Index(html, opens[i+1][0])
		}
		parts[m[1]] = html[from:to]
	}
	nl, en := parts["nl"], parts["en"]
	for lang, part := range parts {
		if n := strings.Count(part, "data-verdict="); n < 3 {
			t.Errorf("%s: %d elements with data-verdict, want the example's segments", lang, n)
		}
		if n := strings.Count(part, "<svg"); n < 4 {
			t.Errorf("%s: %d charts, want 4", lang, n)
		}
	}
	if name := calc.Example().Segments[0].Name; nl != "" && !strings.Contains(nl, ">"+name+"<") {
		t.Errorf("the example's segment %q is not in the Dutch first view", name)
	}
	if name := calc.ExampleIn(calc.English).Segments[0].Name; en != "" && !strings.Contains(en, ">"+name+"<") {
		t.Errorf("the example's segment %q is not in the English first view", name)
	}
	seen := map[string]bool{}
	for _, m := range idRe.FindAllStringSubmatch(html, -1) {
		id := m[1]
		if seen[id] {
			t.Errorf("id %q twice in the page", id)
		}
		seen[id] = true
		if strings.Contains(nl+en, ` id="`+id+`"`) && !strings.HasPrefix(id, "fv-nl-") && !strings.HasPrefix(id, "fv-en-") {
			t.Errorf("id %q of the first view may be the app's own", id)
		}
	}
	for _, ref := range regexp.MustCompile(`\s(?:for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		for _, id := range strings.Fields(ref[1]) {
			if !seen[id] {
				t.Errorf("%s points to no id in the page", strings.TrimSpace(ref[0]))
			}
		}
	}
	if m := falseBoolRe.FindAllString(html, -1); len(m) > 0 {
		// A boolean attribute with any value is true; go-app wrote "false".
		for _, a := range m {
			if i := strings.Index(html, a); strings.HasPrefix(html[i+len(a):], "false") {
				t.Errorf("%sfalse\" in the page", a)
			}
		}
	}
	if strings.Contains(html, "Afgedrukt op") || strings.Contains(html, "Printed on") {
		t.Error("the page has a print date: it would change every day")
	}
}

// TestFirstViewChosen opens the page with the WebAssembly blocked, so the
// first view stays: the visitor's language shows the example in that
// language and inert, at a phone's size with every segment's verdict in
// the first screen; a share link, a questionnaire link, a returning visitor and
// blocked storage get a skeleton, and never a frame of the example.
func TestFirstViewChosen(t *testing.T) {
	srv := startServer(t)
	tests := []struct {
		name, lang, hash string
		kept, blocked    bool
		saved            string // the language chosen in the app on an earlier visit
		want             string
	}{
		{name: "Dutch", lang: "nl-NL", want: "nl"},
		{name: "English", lang: "en-US", want: "en"},
		{name: "share link", lang: "nl-NL", hash: "#s=abc", want: "skeleton"},
		{name: "questionnaire link", lang: "nl-NL", hash: "#q=abc", want: "questionnaire"},
		{name: "returning visit", lang: "en-GB", kept: true, want: "skeleton"},
		{name: "storage blocked", lang: "nl-NL", blocked: true, want: "skeleton"},
		// The server sends a Dutch browser the Dutch example alone.
		{name: "English chosen in a Dutch browser", lang: "nl-NL", saved: "en", want: "skeleton"},
		{name: "Dutch chosen in an English browser", lang: "en-US", saved: "nl", want: "skeleton"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before []chromedp.Action
			// An earlier visit: the page is opened once, and what it kept
			// written as the app writes it.
			visited := func(store string) chromedp.Action {
				return chromedp.ActionFunc(func(ctx context.Context) error {
					return chromedp.Run(ctx, network.Enable(), blockWasm(), chromedp.Navigate(srv.URL), chromedp.Evaluate(store, nil))
				})
			}
			if tt.kept {
				before = append(before, visited(`localStorage.setItem("klantwaarde.index", '{"scenarios":["s1"],"current":"s1"}')`))
			}
			if tt.saved != "" {
				before = append(before, visited(`localStorage.setItem("klantwaarde.locale", "`+tt.saved+`")`))
			}
			if tt.blocked {
				before = append(before, chromedp.ActionFunc(func(ctx context.Context) error {
					_, err := page.AddScriptToEvaluateOnNewDocument(blockStorage).Do(ctx)
					return err
				}))
			}
			tb := openFirstView(t, srv.URL+tt.hash, 412, 823, tt.lang, true, before...)
			fv := tb.firstView()
			// <html data-first-view> names the language chosen; the page
			// has no example in it, and the skeleton shows.
			wantAttr := tt.want
			if tt.saved != "" {
				wantAttr = tt.saved
			}
			if len(fv.Views) != 1 || fv.Views[0] != wantAttr {
				t.Errorf("first views named %q, want %q from the first frame on", fv.Views, wantAttr)
			}
			if tt.want == "skeleton" {
				var shows bool
				tb.run(chromedp.Evaluate(`document.querySelector(".first-view > .fv-skeleton").checkVisibility({visibilityProperty: true})`, &shows))
				if !shows {
					t.Error("the skeleton does not show")
				}
			}
			example := tt.want == "nl" || tt.want == "en"
			if fv.ExampleSeen != example {
				t.Errorf("example's results visible: %v, want %v", fv.ExampleSeen, example)
			}
			if example {
				if !fv.Inert || fv.Busy != "true" {
					t.Errorf("the first view is inert %v, aria-busy %q; want inert and busy", fv.Inert, fv.Busy)
				}
				// The phone's first screen holds the example's verdicts.
				var inView int
				tb.run(chromedp.Evaluate(fmt.Sprintf(`[...document.querySelectorAll(".fv-%s [data-verdict] .badge")].filter(el => {
					const r = el.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight }).length`, tt.want), &inView))
				if inView < len(calc.Example().Segments) {
					t.Errorf("%d verdicts in the phone's first screen, want the example's %d segments", inView, len(calc.Example().Segments))
				}
				var lang string
				tb.run(chromedp.Evaluate(`document.documentElement.lang`, &lang))
				if lang != tt.want {
					t.Errorf("<html lang=%q>, want %q", lang, tt.want)
				}
			}
			tb.screenshotTo(fmt.Sprintf("first-view-no-wasm-412-%s", strings.ReplaceAll(tt.name, " ", "-")))
		})
	}
}

// TestFirstViewSwap opens the app at a phone's and a laptop's size and
// compares the boxes of the visible results and headings in the last
// frame of the first view with those of the app's page when it is ready:
// nothing the user sees moves or changes size by more than 2 pixels, and
// no chart, in view or not, changes its size.
//
// Its browser shows scroll bars, as a desktop browser does (the shared one
// hides them): one that appears while the page loads narrows the page.
func TestFirstViewSwap(t *testing.T) {
	needBrowser(t)
	srv := startServer(t)
	inBrowser(t, func() { testFirstViewSwap(t, srv) }, chromedp.Flag("hide-scrollbars", false))
}

func testFirstViewSwap(t *testing.T, srv *server) {
	for _, size := range [][2]int64{{412, 823}, {1280, 900}} {
		for _, lang := range []string{"nl-NL", "en-US"} {
			t.Run(fmt.Sprintf("%dx%d-%s", size[0], size[1], lang), func(t *testing.T) {
				tb := openFirstView(t, srv.URL, size[0], size[1], lang, false)
				var fv firstViewRecord
				tb.run(chromedp.Poll(`window.klantwaardeFirstView.after !== null`, nil))
				fv = tb.firstView()
				if len(fv.Before) < 4 {
					t.Fatalf("%d boxes in the first view's last frame (%d frames): %+v", len(fv.Before), fv.Frames, fv.Before)
				}
				if len(fv.Before) != len(fv.After) {
					t.Errorf("%d boxes before the app was ready, %d after:\nbefore %+v\nafter  %+v", len(fv.Before), len(fv.After), fv.Before, fv.After)
				}
				if len(fv.Shifts) > 0 {
					t.Errorf("layout shifts while the page loaded: %+v", fv.Shifts)
				}
				// The first screen is laid out and painted before the rest.
				switch {
				case fv.FirstResult == nil:
					t.Errorf("no verdict of the example stood in view in %d frames", fv.Frames)
				case fv.FirstResult.Rest > 0 || fv.RestLast == 0:
					t.Errorf("the first frame with a verdict in view (%d) laid out %d parts of the rest of the view, the last frame %d; want none, then all",
						fv.FirstResult.Frame, fv.FirstResult.Rest, fv.RestLast)
				}
				if len(fv.ChartsBefore) != 4 || len(fv.ChartsAfter) != 4 {
					t.Errorf("charts before and after the swap: %+v, %+v; want 4 each", fv.ChartsBefore, fv.ChartsAfter)
				}
				for i := range min(len(fv.ChartsBefore), len(fv.ChartsAfter)) {
					b, a := fv.ChartsBefore[i], fv.ChartsAfter[i]
					if b.What != a.What || math.Abs(b.Width-a.Width) > 2 || math.Abs(b.Height-a.Height) > 2 {
						t.Errorf("a chart changed size at the swap:\nbefore %+v\nafter  %+v", b, a)
					}
				}
				// The app's own first screen on a phone holds every
				// segment's verdict too.
				if size[0] < 600 {
					var verdicts int
					for _, a := range fv.After {
						if strings.HasPrefix(a.What, "span.badge") {
							verdicts++
						}
					}
					if want := len(calc.Example().Segments); verdicts < want {
						t.Errorf("%d verdicts in the app's first screen at %dx%d, want the example's %d segments", verdicts, size[0], size[1], want)
					}
				}
				for i := range min(len(fv.Before), len(fv.After)) {
					b, a := fv.Before[i], fv.After[i]
					if b.What != a.What || math.Abs(b.Top-a.Top) > 2 || math.Abs(b.Left-a.Left) > 2 ||
						math.Abs(b.Width-a.Width) > 2 || math.Abs(b.Height-a.Height) > 2 {
						t.Errorf("moved at the swap:\nbefore %+v\nafter  %+v", b, a)
					}
				}
			})
		}
	}
}

// TestScenarioMenu uses the scenario bar's menu on a phone by keyboard
// alone: the scenario and file actions are behind one button, undo and
// redo beside it; Enter on the button opens the menu and Tab reaches its
// first field; Enter again closes it.
func TestScenarioMenu(t *testing.T) {
	srv := startServer(t)
	tb := openFirstView(t, srv.URL, 412, 823, "nl-NL", false)
	visible := func(sel string) bool {
		var v bool
		tb.run(chromedp.Evaluate(fmt.Sprintf(`(() => { const el = document.querySelector(%q); return !!el && el.checkVisibility() })()`, sel), &v))
		return v
	}
	active := func() string {
		var s string
		tb.run(chromedp.Evaluate(`(() => { const el = document.activeElement; return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + el.className : "") })()`, &s))
		return s
	}
	for _, sel := range []string{`[data-action="undo"]`, `[data-action="redo"]`, `summary.menu-button`} {
		if !visible(sel) {
			t.Errorf("%s is not at hand on a phone", sel)
		}
	}
	for _, sel := range []string{`#scenario-select`, `[data-action="share"]`, `[data-action="new-blank"]`} {
		if visible(sel) {
			t.Errorf("%s shows on a phone before the menu is opened", sel)
		}
	}
	// Tab from the top of the page to the menu button.
	for i := 0; i < 10 && active() != "summary.menu-button"; i++ {
		tb.run(chromedp.KeyEvent(kb.Tab))
	}
	if got := active(); got != "summary.menu-button" {
		t.Fatalf("Tab did not reach the menu button; the focus is on %s", got)
	}
	tb.run(chromedp.KeyEvent(kb.Enter))
	tb.run(chromedp.Poll(`document.querySelector("details.menu").open`, nil))
	for _, sel := range []string{`#scenario-select`, `[data-action="share"]`, `[data-action="export-csv"]`} {
		if !visible(sel) {
			t.Errorf("%s does not show in the open menu", sel)
		}
	}
	tb.run(chromedp.KeyEvent(kb.Tab))
	if got := active(); got != "select#scenario-select" {
		t.Errorf("Tab from the menu button reached %s, want the scenario's choice", got)
	}
	tb.screenshotTo("menu-open-412-nl")
	tb.run(chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(input.ModifierShift)))
	tb.run(chromedp.KeyEvent(kb.Enter))
	tb.run(chromedp.Poll(`!document.querySelector("details.menu").open`, nil))
	// On a wide screen the same controls show without the button.
	tb.run(emulation.SetDeviceMetricsOverride(1280, 900, 1, false))
	if visible(`summary.menu-button`) || !visible(`[data-action="share"]`) || !visible(`#scenario-select`) {
		t.Error("at 1280 pixels the menu's button shows, or its contents do not")
	}
}

// screenshotTo saves what the viewport shows under
// $KLANTWAARDE_SCREENSHOTS, when that is set.
func (tb *tab) screenshotTo(name string) {
	tb.t.Helper()
	dir := os.Getenv("KLANTWAARDE_SCREENSHOTS")
	if dir == "" {
		return
	}
	var png []byte
	tb.run(chromedp.CaptureScreenshot(&png))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}
