package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// comparePlan is the bicycle-shop example as a plan: the commuters'
// expectations met, the tourists dropped and families added.
func comparePlan() *calc.Scenario {
	s := calc.Example()
	s.Title = "Plan 2027"
	commuters := &s.Segments[0]
	for id, q := range commuters.Quality {
		if q.Expected != nil {
			q.Experienced = calc.Float(*q.Expected)
		}
		commuters.Quality[id] = q
	}
	families := s.Segments[1].Clone()
	families.ID, families.Name, families.Customers = "families", "Gezinnen", 120
	s.Segments = append(s.Segments[:2], families)
	return s
}

// compareHooks reads every [data-compare-segment] and the
// [data-compare-portfolio] card.
func (tb *tab) compareHooks() map[string]map[string]string {
	tb.t.Helper()
	var got map[string]map[string]string
	tb.run(chromedp.Evaluate(`(() => {
		const out = {};
		const read = (el, names) => Object.fromEntries(names.map(n => [n, el.getAttribute(n)]));
		for (const el of document.querySelectorAll("[data-compare-segment]")) {
			out[el.getAttribute("data-compare-segment")] = read(el, ["data-value-delta", "data-gap-delta",
				"data-verdict-from", "data-verdict-to", "data-equity-delta"]);
		}
		const p = document.querySelector("[data-compare-portfolio]");
		if (p) out["(portfolio)"] = read(p, ["data-value-delta", "data-gap-delta", "data-equity-delta"]);
		return out;
	})()`, &got))
	return got
}

// wantCompareHooks is what the hooks should read for calc.Compare(now,
// plan) (SPEC §6).
func wantCompareHooks(now, plan *calc.Scenario) map[string]map[string]string {
	c := calc.Compare(calc.Compute(now), calc.Compute(plan))
	n := func(x *float64) string {
		if x == nil {
			return ""
		}
		return calc.FormatNumber(*x)
	}
	want := map[string]map[string]string{}
	for _, s := range c.Segments {
		want[s.ID] = map[string]string{
			"data-value-delta": n(s.Value.Diff), "data-gap-delta": n(s.Gap.Diff),
			"data-verdict-from": string(s.VerdictNow), "data-verdict-to": string(s.VerdictPlan),
			"data-equity-delta": n(s.Equity.Diff),
		}
	}
	p := c.Portfolio
	want["(portfolio)"] = map[string]string{
		"data-value-delta": n(p.Value.Diff), "data-gap-delta": n(p.Gap.Diff), "data-equity-delta": n(p.Equity.Diff),
	}
	return want
}

// waitCompareHooks waits until the comparison's hooks read what calc.Compare
// gives for now and plan, and fails with the difference otherwise.
func (tb *tab) waitCompareHooks(now, plan *calc.Scenario) {
	tb.t.Helper()
	want := wantCompareHooks(now, plan)
	var got map[string]map[string]string
	for deadline := time.Now().Add(pollTimeout); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		got = tb.compareHooks()
		if fmt.Sprint(got) == fmt.Sprint(want) {
			return
		}
	}
	tb.t.Fatalf("comparison hooks:\n got %v\nwant %v", got, want)
}

// TestCompareScenarios opens a plan beside the example (from a share link,
// so both are kept), compares them, and checks every hook against
// calc.Compare: after opening, after swapping, and after typing in the
// plan.
func TestCompareScenarios(t *testing.T) {
	srv := startServer(t)
	now, plan := calc.Example(), comparePlan()
	payload, err := calc.EncodeShare(plan)
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	tb.run(
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage("nl-NL"),
		chromedp.Navigate(srv.URL+"#s="+payload),
		waitReady(),

		chromedp.Click(`[data-panel="compare"] summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`#compare-with`, chromedp.ByQuery),
		chromedp.Evaluate(`(() => { const s = document.querySelector("#compare-with");
			s.value = s.options[1].value; s.dispatchEvent(new Event("change", {bubbles: true})); })()`, nil),
		chromedp.WaitVisible(`[data-compare-portfolio]`, chromedp.ByQuery),
	)
	tb.waitCompareHooks(now, plan)
	tb.waitText(`[data-compare-segment="commuters"] h3`, "Forenzen: kwetsbaar → ambassadeur")
	tb.waitAttr(`[data-compare-segment="families"]`, "data-presence", "added")
	tb.waitAttr(`[data-compare-segment="tourists"]`, "data-presence", "removed")
	if n := tb.count(`[data-chart="compare"] svg path`); n < 2 {
		t.Errorf("the comparison chart has %d paths, want its axes and an arrow at least", n)
	}
	tb.screenshot("compare-nl")
	// Its text is as legible as the other charts' (TestChartTextSize): the
	// page shows the drawing made for its width.
	for _, size := range [][2]int64{{320, 640}, {360, 800}, {768, 1024}, {1440, 900}} {
		tb.run(emulation.SetDeviceMetricsOverride(size[0], size[1], 1, size[0] < 600))
		got := tb.smallestChartTextIn(`[data-chart="compare"] svg.kw-chart`)
		if got.Charts != 1 || got.Size < 12 {
			t.Errorf("at %d×%d: %d comparison drawings shown, smallest text %q at %.1f px; want 1, at least 12 px",
				size[0], size[1], got.Charts, got.Text, got.Size)
		}
		t.Logf("comparison chart at %d×%d: smallest text %.1f px (%q)", size[0], size[1], got.Size, got.Text)
		tb.screenshot(fmt.Sprintf("compare-chart-%d", size[0]))
	}
	tb.run(emulation.ClearDeviceMetricsOverride())
	for _, v := range tb.runAxe().Violations {
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Errorf("axe-core with the comparison open: %s (%s): %s", v.ID, v.Impact, v.Help)
		}
	}

	// The notice that the plan came from a link sits over the swap button,
	// at the bottom of the window; the user closes it first, and the open
	// panel stays open.
	tb.run(chromedp.Click(`[data-action="notice-dismiss"]`, chromedp.ByQuery),
		chromedp.WaitNotPresent(`.toast`, chromedp.ByQuery))
	if open := tb.count(`[data-panel="compare"][open] [data-compare-portfolio]`); open != 1 {
		t.Fatalf("after closing the notice, %d open comparisons; want the panel still open", open)
	}
	tb.run(chromedp.Click(`[data-action="compare-swap"]`, chromedp.ByQuery))
	tb.waitCompareHooks(plan, now)
	tb.run(chromedp.Click(`[data-action="compare-swap"]`, chromedp.ByQuery))
	tb.waitCompareHooks(now, plan)

	// Typing in the plan on screen changes the comparison as it goes.
	tb.typeInto(qualityScore, "3")
	r := plan.Segments[0].Benefits["quality"]
	r.Score = calc.Float(3)
	plan.Segments[0].Benefits["quality"] = r
	tb.waitCompareHooks(now, plan)
}
