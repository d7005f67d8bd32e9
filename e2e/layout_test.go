package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// openAt opens the app in a fresh tab with a viewport of w×h CSS pixels.
func openAt(t *testing.T, srv *server, w, h int64, lang string) *tab {
	t.Helper()
	tb := newTab(t)
	tb.run(
		emulation.SetDeviceMetricsOverride(w, h, 1, false),
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage(lang),
		chromedp.Navigate(srv.URL),
		waitReady(),
	)
	return tb
}

// TestAboveTheFold opens the app at 1440×900: the verdict, value, gap and
// levers of the segment on screen show without scrolling.
func TestAboveTheFold(t *testing.T) {
	srv := startServer(t)
	for _, lang := range []string{"nl-NL", "en-US"} {
		t.Run(lang, func(t *testing.T) {
			tb := openAt(t, srv, 1440, 900, lang)
			for _, sel := range []string{
				`[data-live-summary="commuters"]`, // verdict, value and gap
				`[data-results="commuters"] .badge`,
				`[data-results="commuters"] .levers`,
			} {
				r := tb.rect(sel)
				if r.Top < 0 || r.Bottom > 900 || r.Bottom <= r.Top {
					t.Errorf("%s at %+v is not within the first 900 pixels", sel, r)
				}
			}
			if n := tb.count(`[data-results="commuters"] .levers li`); n == 0 {
				t.Error("the commuters have no levers on screen")
			}
			tb.screenshot("above-the-fold-1440-" + lang)
		})
	}
}

// TestNoEmptyColumn scrolls through the page on wide screens: wherever the
// editor and the results are in view, neither column has ended while the
// other goes on.
func TestNoEmptyColumn(t *testing.T) {
	srv := startServer(t)
	for _, size := range [][2]int64{{1440, 900}, {1920, 1080}, {1200, 800}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tb := openAt(t, srv, size[0], size[1], "nl-NL")
			var height float64
			tb.run(chromedp.Evaluate(`document.documentElement.scrollHeight`, &height))
			for y := 0.0; ; y += float64(size[1]) / 2 {
				tb.run(chromedp.Evaluate(fmt.Sprintf(`window.scrollTo(0, %v)`, y), nil))
				// Where each column's content ends: a grid item stretches to
				// its row whether or not it has anything to show there.
				bench, editor, results := tb.rect(".workbench"), tb.rect(".editor > :last-child"), tb.rect("#results > :last-child")
				// The lowest point of the viewport the two columns share.
				bottom := min(float64(size[1]), bench.Bottom)
				const slack = 150 // a panel's margin, not an empty column
				if bottom > 0 && (editor.Bottom < bottom-slack || results.Bottom < bottom-slack) {
					t.Errorf("scrolled to %v: the editor ends at %v and the results at %v, with the viewport down to %v",
						y, editor.Bottom, results.Bottom, bottom)
				}
				if y >= height {
					break
				}
			}
		})
	}
}
