package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// The inputs of the commuters' reliability in the example.
const (
	levelsTwo           = `#seg-commuters-levels-two`
	levelsOne           = `#seg-commuters-levels-one`
	reliabilityAdequate = `#seg-commuters-dimensions-reliability-adequate`
	reliabilityDesired  = `#seg-commuters-dimensions-reliability-desired`
	reliabilityExpected = `#seg-commuters-dimensions-reliability-expected`
	reliabilityPerc     = `#seg-commuters-dimensions-reliability-experienced`
)

// bikeShopReliability returns the commuters' report when their reliability
// has the given levels (nil for none) and experienced level.
func bikeShopReliability(adequate, desired *float64, experienced float64) calc.SegmentReport {
	s := calc.Example()
	q := s.Segments[0].Quality["reliability"]
	q.Adequate, q.Desired, q.Experienced = adequate, desired, calc.Float(experienced)
	s.Segments[0].Quality["reliability"] = q
	return calc.Compute(s).Segments[0]
}

// value reads an input's text.
func (tb *tab) value(sel string) string {
	tb.t.Helper()
	var v string
	tb.run(chromedp.Value(sel, &v, chromedp.ByQuery))
	return v
}

// TestTwoLevelTable switches the example's quality table to a minimum and
// a desired level, types the three marks of a dimension and sees the
// segment's adequacy follow calc (SPEC §3.1, §6); an incomplete pair is
// explained next to the input it lacks. Switching back and forth, undoing
// and reloading keep every typed mark, and one-level mode computes as
// one-level.
func TestTwoLevelTable(t *testing.T) {
	srv := startServer(t)
	tb := openApp(t, srv, "en-US")
	expected := tb.value(reliabilityExpected)
	if expected == "" {
		t.Fatal("the example's reliability has no expected level")
	}
	tb.run(chromedp.Click(levelsTwo, chromedp.ByQuery), chromedp.WaitVisible(reliabilityAdequate, chromedp.ByQuery))
	if n := tb.count(reliabilityExpected); n != 0 {
		t.Errorf("the two-level table still asks the expected level")
	}

	// The minimum alone: the desired level's input says it is missing,
	// and the segment computes as before.
	before := tb.attr(commuters, "data-adequacy")
	tb.typeInto(reliabilityAdequate, "6.5")
	tb.waitText(`[data-error="seg-commuters-dimensions-reliability-desired"]`,
		"Fill in the desired level for Reliability too: a minimum and a desired level go together.")
	// The message is below the row, and the input it concerns says so.
	tb.waitAttr(reliabilityDesired, "aria-invalid", "true")
	msgID := tb.attr(`[data-error="seg-commuters-dimensions-reliability-desired"]`, "id")
	if got := tb.attr(reliabilityDesired, "aria-describedby"); msgID == "" || got != msgID {
		t.Errorf("the desired level's input is described by %q, want the message %q", got, msgID)
	}
	if got := tb.attr(commuters, "data-adequacy"); got != before {
		t.Errorf("half a pair changed data-adequacy from %s to %s", before, got)
	}
	tb.typeInto(reliabilityDesired, "8.5")
	tb.typeInto(reliabilityPerc, "6")
	two := bikeShopReliability(calc.Float(6.5), calc.Float(8.5), 6)
	tb.waitAttr(commuters, "data-adequacy", calc.FormatNumber(*two.Adequacy))
	tb.waitAttr(commuters, "data-verdict", string(two.Verdict))
	tb.waitAttr(commuters, "data-path", two.ToAmbassador.String())
	if n := tb.count(`[data-error^="seg-commuters-dimensions-reliability"]`); n != 0 {
		t.Errorf("%d messages for a good pair", n)
	}

	// A minimum above the desired level is explained and changes nothing.
	tb.typeInto(reliabilityAdequate, "9")
	tb.waitText(`[data-error="seg-commuters-dimensions-reliability-adequate"]`,
		"The minimum for Reliability (9) is above the desired level (8.5); it may at most equal it. Until then the results use 6.5–8.5.")
	if got := tb.attr(commuters, "data-adequacy"); got != calc.FormatNumber(*two.Adequacy) {
		t.Errorf("a wrong pair changed data-adequacy to %s", got)
	}
	tb.typeInto(reliabilityAdequate, "6.5")
	tb.waitAttr(commuters, "data-adequacy", calc.FormatNumber(*two.Adequacy))

	// One level: computes as one-level, the expected level as it was.
	tb.run(chromedp.Click(levelsOne, chromedp.ByQuery), chromedp.WaitVisible(reliabilityExpected, chromedp.ByQuery))
	one := bikeShopReliability(nil, nil, 6)
	tb.waitAttr(commuters, "data-adequacy", calc.FormatNumber(*one.Adequacy))
	tb.waitAttr(commuters, "data-gap", calc.FormatNumber(*one.Gap))
	if got := tb.value(reliabilityExpected); got != expected {
		t.Errorf("expected level %q after switching back, want %q", got, expected)
	}

	// Back to two levels, and every mark is there; undo and redo switch.
	tb.run(chromedp.Click(levelsTwo, chromedp.ByQuery), chromedp.WaitVisible(reliabilityAdequate, chromedp.ByQuery))
	tb.waitAttr(commuters, "data-adequacy", calc.FormatNumber(*two.Adequacy))
	tb.checkMarks("6.5", "8.5", "6")
	tb.run(chromedp.Click(`[data-action="undo"]`, chromedp.ByQuery), chromedp.WaitVisible(reliabilityExpected, chromedp.ByQuery))
	tb.waitAttr(commuters, "data-adequacy", calc.FormatNumber(*one.Adequacy))
	tb.run(chromedp.Click(`[data-action="redo"]`, chromedp.ByQuery), chromedp.WaitVisible(reliabilityAdequate, chromedp.ByQuery))
	tb.checkMarks("6.5", "8.5", "6")

	// A reload keeps the mode and the marks.
	tb.flushSaves()
	tb.run(chromedp.Reload(), waitReady(), chromedp.WaitVisible(reliabilityAdequate, chromedp.ByQuery))
	tb.waitAttr(commuters, "data-adequacy", calc.FormatNumber(*two.Adequacy))
	tb.checkMarks("6.5", "8.5", "6")
}

// checkMarks checks the three marks of the commuters' reliability.
func (tb *tab) checkMarks(adequate, desired, experienced string) {
	tb.t.Helper()
	for sel, want := range map[string]string{reliabilityAdequate: adequate, reliabilityDesired: desired, reliabilityPerc: experienced} {
		if got := tb.value(sel); got != want {
			tb.t.Errorf("%s reads %q, want %q", sel, got, want)
		}
	}
}

// kapsalonV2 reads the version-2 example of the specification.
func kapsalonV2(t *testing.T) *calc.Scenario {
	t.Helper()
	data, err := os.ReadFile("../../shared/examples/v2/kapsalon.klantwaarde.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := calc.DecodeBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestKapsalonZones opens the hair salon's version-2 example as a share
// link: its table asks two levels, every segment's hooks are calc's, and
// the gap profile draws the zones from minimum to desired, with the
// status in words, in the chart and in its table.
func TestKapsalonZones(t *testing.T) {
	srv := startServer(t)
	s := kapsalonV2(t)
	r := calc.Compute(s)
	tb := openShared(t, srv, s, "nl-NL")
	tb.run(chromedp.WaitVisible(`#seg-regulars-dimensions-reliability-adequate`, chromedp.ByQuery))
	for _, sr := range r.Segments {
		sel := fmt.Sprintf(`[data-segment=%q]`, sr.ID)
		tb.waitAttr(sel, "data-adequacy", calc.FormatNumber(*sr.Adequacy))
		tb.waitAttr(sel, "data-verdict", string(sr.Verdict))
	}
	// The results name the adequacy the verdicts come from, not the gap
	// (undefined where no dimension has an expected level).
	adequacy := strings.Replace(fmt.Sprintf("+%.2f", *r.Segments[0].Adequacy), ".", ",", 1)
	for _, sel := range []string{`[data-live-summary="regulars"]`, `[data-segment="regulars"]`} {
		var text string
		tb.run(chromedp.Text(sel, &text, chromedp.ByQuery))
		if !strings.Contains(text, "Toereikendheid") || !strings.Contains(text, adequacy) || strings.Contains(text, "Verwachtingskloof") {
			t.Errorf("%s reads %q, want the adequacy %s and no gap", sel, text, adequacy)
		}
	}
	if got := tb.value(`#seg-regulars-dimensions-reliability-desired`); got != "8,5" {
		t.Errorf("the regulars' desired reliability reads %q, want 8,5", got)
	}
	const profile = `figure[data-chart="gap-profile"]`
	tb.run(chromedp.WaitVisible(profile+` svg`, chromedp.ByQuery))
	var svg string
	tb.run(chromedp.OuterHTML(profile+` svg`, &svg, chromedp.ByQuery))
	for _, want := range []string{"Zone van minimum tot gewenst", "boven de zone", "binnen de zone"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the gap profile does not say %q", want)
		}
	}
	tb.run(chromedp.Click(profile+` details summary`, chromedp.ByQuery), chromedp.WaitVisible(profile+` table`, chromedp.ByQuery))
	var table string
	tb.run(chromedp.Text(profile+` table`, &table, chromedp.ByQuery))
	for _, want := range []string{"Zone", "7–8,5", "boven de zone"} {
		if !strings.Contains(table, want) {
			t.Errorf("the gap profile's table does not say %q:\n%s", want, table)
		}
	}
}

// phoneFitJS lists what does not fit in the element matching the selector
// it is called with, on the page's width: an element reaching past either
// edge of the viewport, a word (between spaces and dashes) drawn on two
// lines, and an input narrower than the widest mark it takes ("7,25"
// with its padding).
const phoneFitJS = `(sel) => {
	const root = document.querySelector(sel), vw = document.documentElement.clientWidth, out = [];
	const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "");
	// Visually hidden text (read aloud only) is clipped to nothing.
	const clipped = el => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).clip; if (c && c !== "auto") return true; } return false; };
	if (!root) return ["no " + sel];
	if (document.documentElement.scrollWidth > vw + 1) out.push("the page is " + document.documentElement.scrollWidth + " px wide");
	for (const el of [root, ...root.querySelectorAll("*")]) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0 || clipped(el)) continue;
		if (r.right > vw + 0.5 || r.left < -0.5) out.push(name(el) + " spans " + Math.round(r.left) + "–" + Math.round(r.right) + " px");
	}
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		if (clipped(n.parentElement)) continue;
		const re = /[^\s\-–]+/g;
		for (let m; (m = re.exec(n.data)); ) {
			const range = document.createRange();
			range.setStart(n, m.index);
			range.setEnd(n, m.index + m[0].length);
			const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
			if (tops.size > 1) out.push("“" + m[0] + "” is broken in " + name(n.parentElement));
		}
	}
	const ctx = document.createElement("canvas").getContext("2d");
	for (const input of root.querySelectorAll("input[inputmode], input[type=text]")) {
		const cs = getComputedStyle(input);
		ctx.font = cs.font;
		const need = ctx.measureText("7,25").width + parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
		if (input.clientWidth < need) out.push(name(input) + " is " + input.clientWidth + " px wide, a mark needs " + Math.ceil(need));
	}
	return out;
}`

// fitProblems runs phoneFitJS on sel.
func (tb *tab) fitProblems(sel string) []string {
	tb.t.Helper()
	var out []string
	tb.run(chromedp.Evaluate(fmt.Sprintf(`(%s)(%q)`, phoneFitJS, sel), &out))
	return out
}

// TestTwoLevelTableOnPhone opens the hair salon's version-2 example on a
// 390 px phone, in Dutch and in English, on a 360 px one in Dutch, and in
// the editor's column on a 1440 px screen in English: the quality table with three marks
// per dimension, its messages for a bad pair and the one-level table after
// the switch fit the width: nothing reaches past the screen, no word is
// broken, and every input holds a mark.
func TestTwoLevelTableOnPhone(t *testing.T) {
	srv := startServer(t)
	s := kapsalonV2(t)
	payload, err := calc.EncodeShare(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang  string
		width int64
	}{{"nl-NL", 390}, {"en-US", 390}, {"nl-NL", 360}, {"en-US", 1440}} {
		lang := c.lang
		t.Run(fmt.Sprintf("%s-%d", lang, c.width), func(t *testing.T) {
			tb := newTab(t)
			tb.run(
				emulation.SetDeviceMetricsOverride(c.width, 800, 1, c.width < 600),
				emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage(lang),
				chromedp.Navigate(srv.URL+calc.SharePrefix+payload), waitReady(),
				chromedp.WaitVisible(`#seg-regulars-dimensions-reliability-adequate`, chromedp.ByQuery),
			)
			const table = `fieldset.quality`
			check := func(state string) {
				t.Helper()
				if got := tb.fitProblems(table); len(got) > 0 {
					t.Errorf("%s at %d px:\n  %s", state, c.width, strings.Join(got, "\n  "))
				}
			}
			check("the two-level table")
			// Both messages of a bad pair at once: the minimum above the
			// desired level, and a dimension with only a minimum.
			tb.typeInto(`#seg-regulars-dimensions-reliability-adequate`, "9")
			tb.typeInto(`#seg-regulars-dimensions-responsiveness-desired`, "")
			tb.run(chromedp.KeyEvent("\b"))
			tb.run(chromedp.WaitVisible(`[data-error="seg-regulars-dimensions-reliability-adequate"]`, chromedp.ByQuery),
				chromedp.WaitVisible(`[data-error="seg-regulars-dimensions-responsiveness-desired"]`, chromedp.ByQuery))
			check("the two-level table with two messages")
			tb.run(chromedp.Click(`#seg-regulars-levels-one`, chromedp.ByQuery),
				chromedp.WaitVisible(`#seg-regulars-dimensions-reliability-expected`, chromedp.ByQuery))
			check("the one-level table")
		})
	}
}
