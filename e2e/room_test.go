package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// The trainer's room and the English visitor: slides that fit a
// projector, buttons that move one step, the participant's code in view,
// notices where the user is, and the English example.

// viewShot saves what the viewport shows (not the whole page) under
// $KLANTWAARDE_SCREENSHOTS, when that is set: for what must be in view.
func (tb *tab) viewShot(name string) {
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

// inView reports whether the first element sel finds is wholly inside the
// viewport, and where it is.
func (tb *tab) inView(sel string) (bool, rect) {
	tb.t.Helper()
	var r *rect
	tb.run(chromedp.Evaluate(fmt.Sprintf(`(() => { const el = document.querySelector(%q); if (!el) return null;
		const r = el.getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom, Left: r.left, Right: r.right} })()`, sel), &r))
	if r == nil {
		return false, rect{}
	}
	var w, h float64
	tb.run(chromedp.Evaluate(`window.innerWidth`, &w), chromedp.Evaluate(`window.innerHeight`, &h))
	return r.Top >= -1 && r.Left >= -1 && r.Bottom <= h+1 && r.Right <= w+1 && r.Bottom > r.Top, *r
}

// roomCodes are three participants' codes for the bike shop's commuters.
func roomCodes(t *testing.T, s *calc.Scenario) []string {
	t.Helper()
	q := calc.QuestionnaireOf(s)
	var codes []string
	for _, p := range workshopParticipants {
		code, err := calc.EncodeResponse(q, p.want(q))
		if err != nil {
			t.Fatal(err)
		}
		codes = append(codes, code)
	}
	return codes
}

// fillRoom pastes the codes into the workshop panel and reads them.
func (tb *tab) fillRoom(codes []string) {
	tb.t.Helper()
	tb.run(
		chromedp.Click(`details[data-panel="workshop"] > summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`#workshop-codes`, chromedp.ByQuery),
	)
	tb.paste(`#workshop-codes`, strings.Join(codes, "\n"))
	tb.run(chromedp.Click(`[data-action="read-codes"]`, chromedp.ByQuery))
	tb.waitAttr(`[data-room-n]`, "data-room-n", strconv.Itoa(len(codes)))
}

// slideFit is how a slide sits in the viewport.
type slideFit struct {
	DocW, DocH, ViewW, ViewH float64
	Presenter, Controls      rect
}

func (tb *tab) slideFit() slideFit {
	tb.t.Helper()
	var f slideFit
	tb.run(chromedp.Evaluate(`(() => {
		const box = sel => { const r = document.querySelector(sel).getBoundingClientRect();
			return {Top: r.top, Bottom: r.bottom, Left: r.left, Right: r.right} };
		const d = document.documentElement;
		return {DocW: d.scrollWidth, DocH: d.scrollHeight, ViewW: window.innerWidth, ViewH: window.innerHeight,
			Presenter: box(".presenter"), Controls: box(".slide-controls")};
	})()`, &f))
	return f
}

func (f slideFit) fits() bool {
	in := func(r rect) bool {
		return r.Top >= -1 && r.Left >= -1 && r.Bottom <= f.ViewH+1 && r.Right <= f.ViewW+1
	}
	return f.DocW <= f.ViewW+1 && f.DocH <= f.ViewH+1 && in(f.Presenter) && in(f.Controls)
}

// slideCount reads n from the slide counter's "… 1 van n".
func (tb *tab) slideCount() int {
	tb.t.Helper()
	var text string
	tb.run(chromedp.Text(`.slide-controls [aria-live]`, &text, chromedp.ByQuery))
	f := strings.Fields(text)
	n, err := strconv.Atoi(f[len(f)-1])
	if err != nil {
		tb.t.Fatalf("slide counter %q: %v", text, err)
	}
	return n
}

// TestSlidesFit presents the example with a room of three participants at
// the sizes of common projectors and laptops: every slide, the room's
// included, fits the viewport with its controls, with no scrolling either
// way, and its charts' text stays at 20 px or more.
func TestSlidesFit(t *testing.T) {
	srv := startServer(t)
	codes := roomCodes(t, calc.Example())
	// The room's scales were 326 px wide at 1920 when its slide did not
	// fit, and 173 when it first did with the lower third of the screen
	// empty.
	scales := map[int64]float64{1280: 120, 1440: 160, 1920: 250}
	for _, size := range [][2]int64{{1280, 720}, {1440, 900}, {1920, 1080}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tb := openAt(t, srv, size[0], size[1], "nl-NL")
			tb.fillRoom(codes)
			tb.run(chromedp.Click(`[data-action="present"]`, chromedp.ByQuery))
			tb.waitAttr(`[data-slide]`, "data-slide", "0")
			n := tb.slideCount()
			if want := segmentSlides(calc.Example()) + 2; n != want {
				t.Errorf("%d slides, want %d (the segments' and their paths', the portfolio, the room's commuters)", n, want)
			}
			for i := 0; i < n; i++ {
				tb.waitAttr(`[data-slide]`, "data-slide", strconv.Itoa(i))
				// The charts are drawn anew once their width is measured.
				text := tb.smallestChartTextIn(".presenter svg.kw-chart")
				f := tb.slideFit()
				t.Logf("slide %d: document %.0f×%.0f, presenter to %.0f, controls to %.0f; chart text %.1f px",
					i, f.DocW, f.DocH, f.Presenter.Bottom, f.Controls.Bottom, text.Size)
				if !f.fits() {
					t.Errorf("slide %d does not fit %d×%d: %+v", i, size[0], size[1], f)
				}
				if text.Charts > 0 && text.Size < 20 {
					t.Errorf("slide %d: %q shows at %.1f px, want at least 20", i, text.Text, text.Size)
				}
				if i == segmentSlides(calc.Example()) { // the portfolio, after the segments and their paths
					tb.portfolioLabels()
				}
				if i == n-1 {
					tb.roomFills(scales[size[0]])
				}
				tb.viewShot(fmt.Sprintf("01-slides-%d-slide%d", size[0], i+1))
				tb.pressKey("ArrowRight")
			}
		})
	}
}

// portfolioLabels checks the portfolio slide's quadrant: every segment's
// bubble has its name (on one line or two), and the y axis's title is on
// one line.
func (tb *tab) portfolioLabels() {
	tb.t.Helper()
	var texts []string
	tb.run(chromedp.Evaluate(`[...document.querySelectorAll(".presenter svg.kw-quadrant text")].map(t => t.textContent)`, &texts))
	all := "\n" + strings.Join(texts, "\n") + "\n"
	for _, sg := range calc.Example().Segments {
		words := strings.Fields(sg.Name)
		found := strings.Contains(all, "\n"+sg.Name+"\n")
		for k := 1; k < len(words) && !found; k++ {
			found = strings.Contains(all, "\n"+strings.Join(words[:k], " ")+"\n"+strings.Join(words[k:], " ")+"\n")
		}
		if !found {
			tb.t.Errorf("the portfolio slide's quadrant has no label %q among its texts %q", sg.Name, texts)
		}
	}
	if title := "Verwachtingskloof (beleefd − verwacht)"; !strings.Contains(all, "\n"+title+"\n") {
		tb.t.Errorf("the portfolio slide's y axis title is not %q on one line: %q", title, texts)
	}
}

// roomFills checks that the room's slide uses the screen: its scales are
// at least minScale px wide, and its table reaches the last tenth of the
// slide.
func (tb *tab) roomFills(minScale float64) {
	tb.t.Helper()
	var m struct{ Scale, TableBottom, SlideTop, SlideBottom float64 }
	tb.run(chromedp.Evaluate(`(() => { const r = sel => document.querySelector(sel).getBoundingClientRect();
		return {Scale: r(".room-scale").width, TableBottom: r(".room-table").bottom, SlideTop: r(".room-slide").top, SlideBottom: r(".room-slide").bottom} })()`, &m))
	tb.t.Logf("room slide: scales %.0f px wide, table to %.0f of a slide from %.0f to %.0f", m.Scale, m.TableBottom, m.SlideTop, m.SlideBottom)
	if m.Scale < minScale {
		tb.t.Errorf("the room's scales are %.0f px wide, want at least %.0f", m.Scale, minScale)
	}
	if used := (m.TableBottom - m.SlideTop) / (m.SlideBottom - m.SlideTop); used < 0.9 {
		tb.t.Errorf("the room's table ends at %.0f%% of the slide's height, want it to use the screen (90%% or more)", used*100)
	}
}

// TestSlideButtons clicks the on-screen Next through every slide and
// Previous back: each click moves exactly one slide.
func TestSlideButtons(t *testing.T) {
	srv := startServer(t)
	tb := openAt(t, srv, 1440, 900, "nl-NL")
	tb.fillRoom(roomCodes(t, calc.Example())[:1])
	tb.run(chromedp.Click(`[data-action="present"]`, chromedp.ByQuery))
	tb.waitAttr(`[data-slide]`, "data-slide", "0")
	n := tb.slideCount()
	for i := 1; i < n; i++ {
		tb.run(chromedp.Click(`[data-action="slide-next"]`, chromedp.ByQuery))
		tb.waitAttr(`[data-slide]`, "data-slide", strconv.Itoa(i))
	}
	tb.viewShot("02-slide-buttons-1440-last")
	for i := n - 2; i >= 0; i-- {
		tb.run(chromedp.Click(`[data-action="slide-previous"]`, chromedp.ByQuery))
		tb.waitAttr(`[data-slide]`, "data-slide", strconv.Itoa(i))
	}
}

// TestQuestionnaireSteps goes through the questionnaire on a 390×844
// phone with the on-screen buttons, forward and back, one step a click;
// after "make my code" the code is in view and focused, and the page has
// none of the owner's panels.
func TestQuestionnaireSteps(t *testing.T) {
	srv := startServer(t)
	q := calc.QuestionnaireOf(calc.Example())
	payload, err := calc.EncodeQuestionnaire(q)
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	tb.run(
		emulation.SetDeviceMetricsOverride(390, 844, 3, true),
		emulation.SetUserAgentOverride("Mozilla/5.0 (Linux; Android 14) klantwaarde-e2e").WithAcceptLanguage("nl-NL"),
		chromedp.Navigate(srv.URL+calc.QuestionnairePrefix+payload),
		waitReady(),
	)
	steps := []string{"segment", "benefits", "sacrifices", "dimensions", "code"}
	tb.waitAttr(`main[data-step]`, "data-step", steps[0])
	tb.run(chromedp.Click(`label[for="q-segment-commuters"]`, chromedp.ByQuery),
		chromedp.Poll(`!document.querySelector('[data-action="next"]').disabled`, nil,
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(5*time.Second)))
	for i := 1; i < len(steps); i++ {
		action := "next"
		if steps[i] == "code" {
			tb.run(chromedp.Click(`label[for="q-dimensions-reliability-weight-4"]`, chromedp.ByQuery))
			action = "make-code"
		}
		// Scrolled to the end of the step, where the buttons are.
		tb.run(chromedp.ScrollIntoView(fmt.Sprintf(`[data-action=%q]`, action), chromedp.ByQuery),
			chromedp.Click(fmt.Sprintf(`[data-action=%q]`, action), chromedp.ByQuery))
		tb.waitAttr(`main[data-step]`, "data-step", steps[i])
	}
	tb.viewShot("03-participant-code-390")
	for _, sel := range []string{`#step-heading`, `[data-response-code]`} {
		if ok, r := tb.inView(sel); !ok {
			t.Errorf("after \"make my code\" %s is at %+v, not inside the 390×844 viewport", sel, r)
		}
	}
	var focused string
	tb.run(chromedp.Evaluate(`document.activeElement.id`, &focused))
	if focused != "step-heading" {
		t.Errorf("the focus is on #%s, want #step-heading", focused)
	}
	var panels int
	tb.run(chromedp.Evaluate(`[...document.querySelectorAll("[data-storage], .storage-panel")].filter(el => el.getClientRects().length > 0).length`, &panels))
	if panels != 0 {
		t.Errorf("the participant's page shows %d storage panels, want none", panels)
	}
	tb.run(chromedp.Click(`[data-action="change-answers"]`, chromedp.ByQuery))
	tb.waitAttr(`main[data-step]`, "data-step", "dimensions")
	for i := len(steps) - 3; i >= 0; i-- {
		tb.run(chromedp.ScrollIntoView(`[data-action="back"]`, chromedp.ByQuery),
			chromedp.Click(`[data-action="back"]`, chromedp.ByQuery))
		tb.waitAttr(`main[data-step]`, "data-step", steps[i])
	}
}

// noticeInView waits for a notice with an undo button inside the viewport.
func (tb *tab) noticeInView(what string) {
	tb.t.Helper()
	err := chromedp.Run(tb.ctx, chromedp.Poll(`(() => {
		const n = document.querySelector("[data-notice] [data-action=notice-action]");
		if (!n) return false;
		const r = n.closest("[data-notice]").getBoundingClientRect();
		return r.top >= 0 && r.bottom <= window.innerHeight && r.bottom > r.top;
	})()`, nil, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
	if err != nil {
		var where *rect
		tb.run(chromedp.Evaluate(`(() => { const el = document.querySelector("[data-notice]"); if (!el) return null;
			const r = el.getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom, Left: r.left, Right: r.right} })()`, &where))
		tb.t.Fatalf("after %s no notice with undo inside the viewport (notice at %+v): %v", what, where, err)
	}
}

// TestNoticesInView applies the room's means and deletes a segment, each
// far down the page: the notice and its undo are in view, the undo can be
// reached with the keyboard, and it brings back what was there.
func TestNoticesInView(t *testing.T) {
	srv := startServer(t)
	tb := openAt(t, srv, 1440, 900, "nl-NL")
	original := tb.attr(`[data-segment="commuters"]`, "data-value")
	tb.fillRoom(roomCodes(t, calc.Example()))
	tb.run(chromedp.ScrollIntoView(`[data-action="apply-means"]`, chromedp.ByQuery),
		chromedp.Click(`[data-action="apply-means"]`, chromedp.ByQuery))
	tb.noticeInView("applying the means")
	if tb.attr(`[data-notice]`, "role") != "status" {
		t.Errorf("the notice has role %q, want status (a live region)", tb.attr(`[data-notice]`, "role"))
	}
	tb.viewShot("04-notice-apply-means-1440")
	tb.run(chromedp.Focus(`[data-notice] [data-action="notice-action"]`, chromedp.ByQuery))
	tb.pressEnter()
	tb.waitAttr(`[data-segment="commuters"]`, "data-value", original)

	tb.run(chromedp.Click(`[data-tab="sport"]`, chromedp.ByQuery))
	tb.waitAttr(`[data-editing]`, "data-editing", "sport")
	tb.run(chromedp.ScrollIntoView(`[data-action="remove-segment"]`, chromedp.ByQuery),
		chromedp.Evaluate(`window.scrollBy(0, 400)`, nil),
		chromedp.Click(`[data-action="remove-segment"]`, chromedp.ByQuery))
	tb.run(chromedp.Poll(`document.querySelectorAll("[data-segment]").length === 2`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
	tb.noticeInView("deleting a segment")
	var text string
	tb.run(chromedp.Text(`[data-notice]`, &text, chromedp.ByQuery))
	if !strings.Contains(text, "Wielrenners") {
		t.Errorf("the notice after deleting a segment reads %q, want it to name the segment", text)
	}
	tb.viewShot("04-notice-segment-deleted-1440")
	tb.run(chromedp.Click(`[data-notice] [data-action="notice-action"]`, chromedp.ByQuery))
	tb.run(chromedp.Poll(`document.querySelectorAll("[data-segment]").length === 3`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)),
		chromedp.WaitNotPresent(`.toast`, chromedp.ByQuery))

	// Undone another way (Ctrl+Z), the deletion's notice goes too: its
	// undo would now undo a step it does not name.
	tb.run(chromedp.ScrollIntoView(`[data-action="remove-segment"]`, chromedp.ByQuery),
		chromedp.Click(`[data-action="remove-segment"]`, chromedp.ByQuery))
	tb.noticeInView("deleting a segment again")
	tb.run(chromedp.Evaluate(`document.body.focus()`, nil))
	tb.key("z", false)
	tb.run(chromedp.Poll(`document.querySelectorAll("[data-segment]").length === 3`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)),
		chromedp.WaitNotPresent(`.toast`, chromedp.ByQuery))
}

// pressEnter presses Enter on the focused element, as a keyboard does.
func (tb *tab) pressEnter() {
	tb.t.Helper()
	tb.run(chromedp.KeyEvent("\r"))
}

// TestEnglishExample: an English browser opens with the English example
// (its own names, the same numbers), with the page's title in English; a
// Dutch one with the Dutch example and title.
func TestEnglishExample(t *testing.T) {
	srv := startServer(t)
	for _, tt := range []struct {
		lang          string
		example       *calc.Scenario
		title, report string
	}{
		{"en-US", calc.ExampleIn(calc.English), "Klantwaarde – customer value calculator", "Customer value report – The Spoke Cycle Shop"},
		{"nl-NL", calc.ExampleIn(calc.Dutch), "Klantwaarde – klantwaarde berekenen", "Klantwaarderapport – Fietsenwinkel De Spaak"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			tb := openAt(t, srv, 1440, 900, tt.lang)
			tb.waitText(`#results > h2`, tt.example.Title)
			for _, sg := range tt.example.Segments {
				tb.waitText(fmt.Sprintf(`[data-tab=%q]`, sg.ID), sg.Name)
			}
			var title, printing, after string
			tb.run(
				chromedp.Evaluate(`document.title`, &title),
				chromedp.Evaluate(`window.dispatchEvent(new Event("beforeprint")); document.title`, &printing),
				chromedp.Evaluate(`window.dispatchEvent(new Event("afterprint")); document.title`, &after),
			)
			if title != tt.title || after != tt.title {
				t.Errorf("the page's title is %q (after printing %q), want %q", title, after, tt.title)
			}
			if printing != tt.report {
				t.Errorf("while printing the title (the PDF's) is %q, want %q", printing, tt.report)
			}
			if tt.lang == "en-US" {
				var levers string
				tb.run(chromedp.Text(`[data-results="commuters"] .levers`, &levers, chromedp.ByQuery))
				if !strings.Contains(levers, "Reduce “Waiting time”") {
					t.Errorf("the commuters' levers read %q, want the advice to reduce “Waiting time”", levers)
				}
			}
			tb.viewShot("05-example-1440-" + tt.lang)
		})
	}
}

// TestBlankScenarioSaysNothingYet: a blank scenario has nothing to judge,
// and says so instead of claiming there are no pain points, and shows no
// amounts of money.
func TestBlankScenarioSaysNothingYet(t *testing.T) {
	srv := startServer(t)
	for _, tt := range []struct{ lang, never, says string }{
		{"nl-NL", "Geen pijnpunten", "Nog niets te beoordelen"},
		{"en-US", "No pain points", "Nothing to judge yet"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			tb := openAt(t, srv, 1440, 900, tt.lang)
			tb.run(chromedp.Click(`[data-action="new-blank"]`, chromedp.ByQuery))
			tb.waitAttr(`[data-segment]`, "data-segment", "segment-1")
			var text string
			tb.run(chromedp.Text(`#results`, &text, chromedp.ByQuery))
			if strings.Contains(text, tt.never) {
				t.Errorf("a blank scenario says %q", tt.never)
			}
			if !strings.Contains(text, tt.says) {
				t.Errorf("a blank scenario does not say %q", tt.says)
			}
			// Nor does it claim a worth of nothing: no amount is shown
			// before customers, revenue and margin are filled in.
			if zero := regexp.MustCompile(`€\s?0[,.]00`).FindString(text); zero != "" {
				t.Errorf("a blank scenario shows the amount %q", zero)
			}
			tb.screenshot("06-blank-1440-" + tt.lang)
		})
	}
}

// TestCriteriaButtonsAfterRemove removes the first benefit twice and moves
// the new first one down: each button acts on the criterion it stands
// beside now, not on the one that stood there when it was first drawn.
func TestCriteriaButtonsAfterRemove(t *testing.T) {
	srv := startServer(t)
	tb := openAt(t, srv, 1440, 900, "nl-NL")
	tb.run(chromedp.Click(`details[data-panel="criteria"] > summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`[data-criteria="benefits"]`, chromedp.ByQuery))
	ids := func() string {
		var ids []string
		tb.run(chromedp.Evaluate(`[...document.querySelectorAll('[data-criteria="benefits"] input')].map(el => el.id.replace("crit-benefits-", ""))`, &ids))
		return strings.Join(ids, " ")
	}
	click := func(nth int, symbol string) {
		tb.run(chromedp.Evaluate(fmt.Sprintf(`[...document.querySelectorAll('[data-criteria="benefits"] li:nth-child(%d) button')]
			.find(b => b.textContent === %q).click()`, nth, symbol), nil))
	}
	wait := func(want string) {
		t.Helper()
		deadline := time.Now().Add(pollTimeout)
		for ids() != want && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		if got := ids(); got != want {
			t.Fatalf("the benefits are %q, want %q", got, want)
		}
	}
	wait("quality advice repair personal")
	click(1, "✕")
	wait("advice repair personal")
	click(1, "✕")
	wait("repair personal")
	click(1, "↓")
	wait("personal repair")
}

// TestReportQRModules prints the report and measures its QR code as
// printed: each module half a millimetre (0.4 mm is where a phone's
// camera starts to read it from paper).
func TestReportQRModules(t *testing.T) {
	srv := startServer(t)
	for _, lang := range []string{"nl-NL", "en-GB"} {
		tb := openApp(t, srv, lang)
		tb.clickPrint()
		tb.run(chromedp.Poll(`document.querySelector("#kw-report .rp-qr svg") !== null`, nil,
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
		var got struct{ Width, Modules float64 }
		// As printed: A4 within 15 mm margins is 180 mm, 680 CSS px.
		tb.run(
			emulation.SetDeviceMetricsOverride(680, 1000, 1, false),
			emulation.SetEmulatedMedia().WithMedia("print"),
			chromedp.Evaluate(`(() => { const svg = document.querySelector("#kw-report .rp-qr svg");
				return {Width: svg.getBoundingClientRect().width, Modules: svg.viewBox.baseVal.width} })()`, &got),
			emulation.SetEmulatedMedia().WithMedia(""),
			emulation.ClearDeviceMetricsOverride(),
		)
		mm := got.Width * 180 / 680
		module := mm / got.Modules
		t.Logf("%s: the QR code is %.1f mm for %.0f modules (quiet zone included): %.2f mm a module", lang, mm, got.Modules, module)
		if module < 0.495 {
			t.Errorf("%s: the printed QR code's modules are %.3f mm, want at least 0.5", lang, module)
		}
	}
}

// TestScenarioBarCompact: at 1440×900 the scenario bar keeps the picker,
// the title and the scenario's buttons together (it grew from 237 to
// 293 px when the title field took a row of its own), with undo and redo
// next to what comes before them rather than far to the right, and the
// picker as wide as its longest title.
func TestScenarioBarCompact(t *testing.T) {
	srv := startServer(t)
	for _, lang := range []string{"nl-NL", "en-US"} {
		t.Run(lang, func(t *testing.T) {
			tb := openAt(t, srv, 1440, 900, lang)
			var m struct{ Bar, UndoGap, SelectRoom, OptionWidth float64 }
			tb.run(chromedp.Evaluate(`(() => {
				const r = sel => document.querySelector(sel).getBoundingClientRect();
				const undo = r('[data-action="undo"]'), del = r('[data-action="delete"]');
				const sel = document.querySelector("#scenario-select"), cs = getComputedStyle(sel);
				const c = document.createElement("canvas").getContext("2d");
				c.font = cs.fontWeight + " " + cs.fontSize + " " + cs.fontFamily;
				const widest = Math.max(...[...sel.options].map(o => c.measureText(o.textContent).width));
				return {Bar: r(".scenariobar").height,
					UndoGap: Math.abs(undo.top - del.top) < 4 ? undo.left - del.right : 0,
					SelectRoom: sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight), OptionWidth: widest};
			})()`, &m))
			t.Logf("%s: bar %.0f px tall; undo %.0f px after delete; picker %.0f px for a title of %.0f", lang, m.Bar, m.UndoGap, m.SelectRoom, m.OptionWidth)
			if m.Bar > 240 {
				t.Errorf("%s: the scenario bar is %.0f px tall, want at most 240", lang, m.Bar)
			}
			if m.UndoGap > 40 {
				t.Errorf("%s: undo sits %.0f px after delete on the same row, want them together", lang, m.UndoGap)
			}
			if m.SelectRoom < m.OptionWidth+16 {
				t.Errorf("%s: the picker has %.0f px for a title %.0f px wide (and its arrow)", lang, m.SelectRoom, m.OptionWidth)
			}
			tb.viewShot("08-scenario-bar-1440-" + lang)
		})
	}
}

// TestNoticeFollowsLanguage deletes a segment in Dutch and switches to
// English while its notice is up: the notice and its undo say it in
// English, as the rest of the page does.
func TestNoticeFollowsLanguage(t *testing.T) {
	srv := startServer(t)
	tb := openAt(t, srv, 1440, 900, "nl-NL")
	tb.run(chromedp.ScrollIntoView(`[data-action="remove-segment"]`, chromedp.ByQuery),
		chromedp.Click(`[data-action="remove-segment"]`, chromedp.ByQuery))
	var dutch string
	tb.run(chromedp.WaitVisible(`[data-notice] p`, chromedp.ByQuery), chromedp.Text(`[data-notice] p`, &dutch, chromedp.ByQuery))
	segment, prefixed := strings.CutPrefix(dutch, "Segment „")
	segment, suffixed := strings.CutSuffix(segment, "” is verwijderd.")
	if !prefixed || !suffixed || segment == "" {
		t.Fatalf("the notice after deleting a segment reads %q, want Dutch naming the segment", dutch)
	}
	tb.waitText(`[data-notice] [data-action="notice-action"]`, "Ongedaan maken")
	tb.run(chromedp.Click(`button[data-locale="en"]`, chromedp.ByQuery))
	tb.waitText(`[data-notice] p`, "Segment “"+segment+"” was deleted.")
	tb.waitText(`[data-notice] [data-action="notice-action"]`, "Undo")
}

// TestParticipantStatusFollowsLanguage copies a participant's code in
// Dutch and switches to English: what became of the copy is said in
// English.
func TestParticipantStatusFollowsLanguage(t *testing.T) {
	srv := startServer(t)
	payload, err := calc.EncodeQuestionnaire(calc.QuestionnaireOf(calc.Example()))
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	tb.run(
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage("nl-NL"),
		chromedp.Navigate(srv.URL+calc.QuestionnairePrefix+payload),
		waitReady(),
	)
	answerInTab(t, tb, nil)
	tb.run(chromedp.Click(`[data-action="copy-code"]`, chromedp.ByQuery))
	// Whether the browser lets the page copy decides which is said.
	said := map[string]string{
		"Gekopieerd.": "Copied.",
		"Kopiëren lukte niet; selecteer de tekst en kopieer hem met de hand.": "Could not copy; select the text and copy it by hand.",
	}
	var dutch string
	tb.run(chromedp.Poll(`(() => { const el = document.querySelector(".participant .status"); return el && el.textContent.trim() !== "" })()`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)),
		chromedp.Text(`.participant .status`, &dutch, chromedp.ByQuery))
	english, ok := said[strings.TrimSpace(dutch)]
	if !ok {
		t.Fatalf("after copying the code the status reads %q, want one of the Dutch texts", dutch)
	}
	tb.run(chromedp.Click(`button[data-locale="en"]`, chromedp.ByQuery))
	tb.waitText(`.participant .status`, english)
}
