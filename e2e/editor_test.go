package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// openApp opens the app in a fresh tab with the given browser language and
// waits until it is interactive.
func openApp(t *testing.T, srv *server, acceptLanguage string) *tab {
	t.Helper()
	tb := newTab(t)
	tb.run(
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage(acceptLanguage),
		chromedp.Navigate(srv.URL),
		waitReady(),
	)
	return tb
}

// openShared opens the share link of s (SPEC §4.1) in a new tab, in a
// browser that asks for acceptLanguage, and waits until the app is ready.
func openShared(t *testing.T, srv *server, s *calc.Scenario, acceptLanguage string) *tab {
	t.Helper()
	payload, err := calc.EncodeShare(s)
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	tb.run(
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage(acceptLanguage),
		chromedp.Navigate(srv.URL+calc.SharePrefix+payload),
		waitReady(),
	)
	return tb
}

// typeInto replaces the text of an input by typing text key by key, as a
// person does.
func (tb *tab) typeInto(sel, text string) {
	tb.t.Helper()
	tb.run(
		chromedp.Focus(sel, chromedp.ByQuery),
		chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).select()`, sel), nil),
		chromedp.SendKeys(sel, text, chromedp.ByQuery),
	)
}

// paste replaces the text of an input at once, as pasting does.
func (tb *tab) paste(sel, text string) {
	tb.t.Helper()
	js := fmt.Sprintf(`(() => { const el = document.querySelector(%q); el.focus(); el.value = %q;
		el.dispatchEvent(new Event("input", {bubbles: true})); })()`, sel, text)
	tb.run(chromedp.Evaluate(js, nil))
}

// waitAttr waits until the first element matching sel has attribute name
// equal to want.
func (tb *tab) waitAttr(sel, name, want string) {
	tb.t.Helper()
	js := fmt.Sprintf(`(() => { const el = document.querySelector(%q); return el ? el.getAttribute(%q) : null })()`, sel, name)
	err := chromedp.Run(tb.ctx, chromedp.Poll(fmt.Sprintf(`%s === %q`, js, want), nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
	if err != nil {
		var got *string
		chromedp.Run(tb.ctx, chromedp.Evaluate(js, &got))
		tb.t.Fatalf("%s [%s] = %v, want %q (%v)", sel, name, deref(got), want, err)
	}
}

func (tb *tab) attr(sel, name string) string {
	tb.t.Helper()
	var v *string
	tb.run(chromedp.Evaluate(fmt.Sprintf(`(() => { const el = document.querySelector(%q); return el ? el.getAttribute(%q) : null })()`, sel, name), &v))
	return deref(v)
}

func (tb *tab) count(sel string) int {
	tb.t.Helper()
	var n int
	tb.run(chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll(%q).length`, sel), &n))
	return n
}

// bikeShopValue returns the value calc gives the commuters of the example
// when the quality of the bicycle is rated score.
func bikeShopValue(t *testing.T, score float64) string {
	t.Helper()
	s := calc.Example()
	r := s.Segments[0].Benefits["quality"]
	r.Score = calc.Float(score)
	s.Segments[0].Benefits["quality"] = r
	return calc.FormatNumber(*calc.Compute(s).Segments[0].Value)
}

const (
	qualityScore = `#seg-commuters-benefits-quality-score`
	commuters    = `[data-segment="commuters"]`
)

// TestTypingUpdatesResults types a score the Dutch and the English way and
// sees the value calc gives; out-of-range input is explained and changes
// nothing.
func TestTypingUpdatesResults(t *testing.T) {
	srv := startServer(t)
	original := bikeShopValue(t, 8)
	sevenAndAHalf := bikeShopValue(t, 7.5)
	for _, tt := range []struct{ lang, typed string }{{"nl-NL", "7,5"}, {"en-US", "7.5"}} {
		t.Run(tt.lang, func(t *testing.T) {
			tb := openApp(t, srv, tt.lang)
			if got := tb.attr(commuters, "data-value"); got != original {
				t.Fatalf("data-value before typing = %s, want %s", got, original)
			}
			tb.typeInto(qualityScore, tt.typed)
			tb.waitAttr(commuters, "data-value", sevenAndAHalf)

			tb.paste(qualityScore, "11")
			tb.waitAttr(`[data-error]`, "data-error", qualityScore[1:])
			if got := tb.attr(commuters, "data-value"); got != sevenAndAHalf {
				t.Errorf("after 11 the model changed: data-value = %s, want %s", got, sevenAndAHalf)
			}
			if got := tb.attr(qualityScore, "aria-invalid"); got != "true" {
				t.Errorf("aria-invalid = %q, want true", got)
			}
			tb.screenshot("typing-error-" + tt.lang)

			// A valid value clears the message.
			tb.paste(qualityScore, "8")
			tb.waitAttr(commuters, "data-value", original)
			if n := tb.count(`[data-error]`); n != 0 {
				t.Errorf("%d error messages after a valid value", n)
			}
		})
	}
}

// TestEditSurvivesReload edits, reloads and finds the edit kept; undo and
// redo work by button and by keyboard.
func TestEditSurvivesReload(t *testing.T) {
	srv := startServer(t)
	original, edited := bikeShopValue(t, 8), bikeShopValue(t, 6)
	tb := openApp(t, srv, "nl-NL")

	tb.typeInto(qualityScore, "6")
	tb.waitAttr(commuters, "data-value", edited)

	tb.run(chromedp.Click(`[data-action="undo"]`, chromedp.ByQuery))
	tb.waitAttr(commuters, "data-value", original)
	tb.run(chromedp.Click(`[data-action="redo"]`, chromedp.ByQuery))
	tb.waitAttr(commuters, "data-value", edited)

	// The keyboard: Ctrl+Z undoes, Ctrl+Shift+Z redoes, also from an input.
	tb.run(chromedp.Focus(qualityScore, chromedp.ByQuery))
	tb.key("z", false)
	tb.waitAttr(commuters, "data-value", original)
	tb.key("z", true)
	tb.waitAttr(commuters, "data-value", edited)

	tb.run(chromedp.Reload(), waitReady())
	tb.waitAttr(commuters, "data-value", edited)
	var shown string
	tb.run(chromedp.Value(qualityScore, &shown, chromedp.ByQuery))
	if shown != "6" {
		t.Errorf("after reload the field shows %q, want 6", shown)
	}
}

// key presses Ctrl+key (with Shift) on the focused element.
func (tb *tab) key(key string, shift bool) {
	tb.t.Helper()
	js := fmt.Sprintf(`document.activeElement.dispatchEvent(new KeyboardEvent("keydown",
		{key: %q, ctrlKey: true, shiftKey: %v, bubbles: true, cancelable: true}))`, key, shift)
	tb.run(chromedp.Evaluate(js, nil))
}

// TestAddAndRemoveSegment adds a segment, names it, sees it in the results,
// and removes it again.
func TestAddAndRemoveSegment(t *testing.T) {
	srv := startServer(t)
	tb := openApp(t, srv, "en-GB")
	if n := tb.count(`[data-segment]`); n != 3 {
		t.Fatalf("%d segments, want 3", n)
	}
	tb.run(chromedp.Click(`[data-action="add-segment"]`, chromedp.ByQuery))
	tb.waitAttr(`[data-segment]:nth-child(4)`, "data-segment", "segment-1")
	tb.waitAttr(`[data-editing]`, "data-editing", "segment-1")
	tb.typeInto(`#seg-segment-1-name`, "Schools")
	tb.waitText(`[data-tab="segment-1"]`, "Schools")
	if got := tb.attr(`[data-segment="segment-1"]`, "data-verdict"); got != "" {
		t.Errorf("a new segment has verdict %q, want none", got)
	}
	tb.run(chromedp.Click(`[data-action="remove-segment"]`, chromedp.ByQuery))
	tb.run(chromedp.Poll(`document.querySelectorAll("[data-segment]").length === 3`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
	if n := tb.count(`[data-segment="segment-1"]`); n != 0 {
		t.Errorf("the removed segment is still shown")
	}
}

// TestBlankScenario starts from a blank scenario and models a business to a
// verdict, as an entrepreneur would.
func TestBlankScenario(t *testing.T) {
	srv := startServer(t)
	tb := openApp(t, srv, "nl-NL")
	tb.run(chromedp.Click(`[data-action="new-blank"]`, chromedp.ByQuery))
	tb.waitAttr(`[data-segment]`, "data-segment", "segment-1")
	if got := tb.attr(`[data-segment]`, "data-verdict"); got != "" {
		t.Fatalf("a blank segment has verdict %q", got)
	}
	for id, v := range map[string]string{
		"benefits-quality-score": "8", "sacrifices-price-score": "6",
		"dimensions-reliability-expected": "7", "dimensions-reliability-experienced": "7,5",
	} {
		tb.typeInto("#seg-segment-1-"+id, v)
	}
	tb.waitAttr(`[data-segment="segment-1"]`, "data-verdict", "ambassador")
	tb.waitAttr(`[data-segment="segment-1"]`, "data-value", "2")
	tb.waitAttr(`[data-segment="segment-1"]`, "data-gap", "0.5")
	var options int
	tb.run(chromedp.Evaluate(`document.querySelectorAll("#scenario-select option").length`, &options))
	if options != 2 {
		t.Errorf("%d scenarios in the list, want 2 (the example and the new one)", options)
	}
	tb.screenshot("blank-scenario-nl")
}

// TestChartsFollowTyping types a score and sees the charts follow the
// numbers: drawn anew (a frame after the numbers), and equal to the charts
// of the same scenario opened afresh.
func TestChartsFollowTyping(t *testing.T) {
	srv := startServer(t)
	const valueMap = `[data-chart="value-map"] svg`
	svgOf := func(tb *tab) string {
		var html string
		tb.run(chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).outerHTML`, valueMap), &html))
		return html
	}
	tb := openApp(t, srv, "nl-NL")
	before := svgOf(tb)
	tb.typeInto(qualityScore, "3")
	tb.waitAttr(commuters, "data-value", bikeShopValue(t, 3))
	tb.run(chromedp.Poll(fmt.Sprintf(`document.querySelector(%q).outerHTML !== %q && !document.querySelector('.charts[aria-busy="true"]')`, valueMap, before), nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
	typed := svgOf(tb)

	s := calc.Example()
	r := s.Segments[0].Benefits["quality"]
	r.Score = calc.Float(3)
	s.Segments[0].Benefits["quality"] = r
	fresh := openShared(t, srv, s, "nl-NL")
	if got := svgOf(fresh); got != typed {
		i := 0
		for i < min(len(got), len(typed)) && got[i] == typed[i] {
			i++
		}
		from := max(i-80, 0)
		t.Errorf("the value map after typing differs from the one drawn afresh at byte %d:\n typed: …%.200s\n fresh: …%.200s", i, typed[from:], got[from:])
	}
}
