package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// beforeLoad runs js in the page before any of the app's scripts, on
// every load.
func (tb *tab) beforeLoad(js string) {
	tb.t.Helper()
	tb.run(chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(js).Do(ctx)
		return err
	}))
}

// sibling opens a second tab in the same browser context: the same
// storage, as two tabs of one browser.
func (tb *tab) sibling() *tab {
	tb.t.Helper()
	var id target.ID
	err := runBrowser(func(browser context.Context) error {
		var err error
		id, err = target.CreateTarget("about:blank").WithBrowserContextID(tb.context).Do(browser)
		return err
	})
	if err != nil {
		tb.t.Fatal(err)
	}
	return attachTab(tb.t, id, tb.context)
}

// TestNewerVersionIsReadOnly keeps a scenario written by a newer version in
// storage: the app shows it read-only, says so, and never rewrites it.
func TestNewerVersionIsReadOnly(t *testing.T) {
	srv := startServer(t)
	doc := `{"format":"klantwaarde/scenario","version":3,"title":"From the future","hologram":true,` +
		`"benefits":[{"id":"b1","name":"Speed"}],"sacrifices":[{"id":"s1","name":"Price"}],"dimensions":[],` +
		`"segments":[{"id":"s","name":"Early adopters","customers":5,"benefits":{"b1":{"score":9}},"sacrifices":{"s1":{"score":4}}}]}`
	stored := `{"rev":3,"doc":` + doc + `}`
	tb := newTab(t)
	tb.beforeLoad(fmt.Sprintf(`if (!sessionStorage.getItem("seeded")) {
		sessionStorage.setItem("seeded", "1");
		localStorage.setItem("klantwaarde.index", JSON.stringify({version: 1, scenarios: ["future"], current: "future"}));
		localStorage.setItem("klantwaarde.scenario.future", %q);
	}`, stored))
	tb.run(chromedp.Navigate(srv.URL), waitReady())
	tb.waitAttr(`[data-notice]`, "data-notice", "warning")
	tb.waitText(`main h2`, "From the future")
	tb.waitAttr(`[data-segment="s"]`, "data-value", "5")
	var disabled bool
	tb.run(chromedp.Evaluate(`document.querySelector("#seg-s-benefits-b1-score").matches(":disabled")`, &disabled))
	if !disabled {
		t.Error("the inputs of a read-only scenario are not disabled")
	}
	// Even a change forced past the disabled input is refused.
	tb.run(chromedp.Evaluate(`(() => { const el = document.querySelector("#seg-s-benefits-b1-score");
		el.disabled = false; el.value = "1"; el.dispatchEvent(new Event("input", {bubbles: true})); })()`, nil))
	tb.run(chromedp.Reload(), waitReady())
	var after string
	tb.run(chromedp.Evaluate(`localStorage.getItem("klantwaarde.scenario.future")`, &after))
	if after != stored {
		t.Errorf("the newer version's scenario was rewritten:\n%s\nwas\n%s", after, stored)
	}
	tb.waitAttr(`[data-segment="s"]`, "data-value", "5")
}

// TestMarkupIsText opens scenarios whose names are markup: they appear as
// typed in the editor, results, charts and slides, and nothing runs.
func TestMarkupIsText(t *testing.T) {
	srv := startServer(t)
	names := []string{`<img src=x onerror="window.pwned=1">`, `"><svg onload="window.pwned=2">`, `<script>window.pwned=3</script>`}
	s := calc.Example()
	s.Title = names[2]
	s.Segments[0].Name = names[0]
	s.Segments[1].Name = names[1]
	s.Benefits[0].Name = names[1]
	s.Dimensions[0].Name = names[0]
	payload, err := calc.EncodeShare(s)
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	tb.run(chromedp.Navigate(srv.URL+"#s="+payload), waitReady())
	tb.waitText(`[data-segment="commuters"] h3`, names[0])
	tb.waitText(`[data-segment="sport"] h3`, names[1])
	tb.waitText(`main h2`, names[2])
	check := func(where string) {
		t.Helper()
		var pwned any
		var injected int
		tb.run(
			chromedp.Evaluate(`window.pwned`, &pwned),
			chromedp.Evaluate(`document.querySelectorAll("img[onerror], svg[onload], main script, [onerror], [onload]").length`, &injected),
		)
		if pwned != nil || injected != 0 {
			t.Errorf("%s: markup in a name ran or became elements (pwned=%v, %d elements)", where, pwned, injected)
		}
	}
	check("results")
	var chartText string
	tb.run(chromedp.Evaluate(`[...document.querySelectorAll("svg text")].map(t => t.textContent).join("|")`, &chartText))
	if !strings.Contains(chartText, `<img`) && !strings.Contains(chartText, `"><svg`) {
		t.Errorf("the names are not shown as text in the charts: %q", chartText)
	}
	// The chart tables and the criteria panel are drawn when unfolded.
	tb.openAllDetails()
	check("chart tables and panels")
	var tableText string
	tb.run(chromedp.Evaluate(`[...document.querySelectorAll(".chart table")].map(t => t.textContent).join("|")`, &tableText))
	if !strings.Contains(tableText, `<img`) {
		t.Errorf("the names are not shown as text in the chart tables: %q", tableText)
	}
	tb.run(chromedp.Click(`[data-action="present"]`, chromedp.ByQuery))
	tb.waitText(`.slide h2`, names[0])
	check("slides")
	tb.pressKey("Escape")
}

// TestStorageFull makes every write to storage fail, as a full quota does:
// a persistent warning to export, and editing still works.
func TestStorageFull(t *testing.T) {
	srv := startServer(t)
	tb := newTab(t)
	tb.beforeLoad(`Storage.prototype.setItem = function () {
		throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`)
	tb.run(chromedp.Navigate(srv.URL), waitReady())
	tb.waitAttr(`[data-notice="warning"]`, "data-notice", "warning")
	tb.typeInto(qualityScore, "6")
	tb.waitAttr(commuters, "data-value", bikeShopValue(t, 6))
	if n := tb.count(`[data-notice="warning"]`); n != 1 {
		t.Errorf("%d warnings after editing, want the one warning to stay", n)
	}
}

// TestReloadRightAfterTyping reloads the instant a key is typed: the edit
// is there after the reload (every edit is saved at once).
func TestReloadRightAfterTyping(t *testing.T) {
	srv := startServer(t)
	tb := openApp(t, srv, "nl-NL")
	tb.typeInto(qualityScore, "3")
	tb.run(chromedp.Reload(), waitReady())
	tb.waitAttr(commuters, "data-value", bikeShopValue(t, 3))
}

// TestTwoTabs edits one scenario in two tabs of one browser: each follows
// the other, and a write that crossed another tab's keeps both versions.
func TestTwoTabs(t *testing.T) {
	srv := startServer(t)
	a := openApp(t, srv, "en-GB")
	b := a.sibling()
	b.run(chromedp.Navigate(srv.URL), waitReady())

	a.typeInto(qualityScore, "6")
	a.waitAttr(commuters, "data-value", bikeShopValue(t, 6))
	b.waitAttr(commuters, "data-value", bikeShopValue(t, 6))

	// Another tab's save that this tab has not heard of yet: a newer
	// revision in storage. B's next edit must not overwrite it.
	b.run(chromedp.Evaluate(`(() => {
		const idx = JSON.parse(localStorage.getItem("klantwaarde.index"));
		const key = "klantwaarde.scenario." + idx.current;
		const st = JSON.parse(localStorage.getItem(key));
		st.rev += 5; st.doc.title = "Theirs";
		localStorage.setItem(key, JSON.stringify(st));
	})()`, nil))
	b.typeInto(qualityScore, "5")
	b.waitAttr(`[data-notice]`, "data-notice", "warning")
	var titles []string
	b.run(chromedp.Evaluate(`[...document.querySelectorAll("#scenario-select option")].map(o => o.textContent)`, &titles))
	joined := strings.Join(titles, " | ")
	if !strings.Contains(joined, "Theirs") || !strings.Contains(joined, "(this window)") {
		t.Errorf("both versions should be kept, the list is: %s", joined)
	}
}
