package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// bikeShopGap returns the gap calc gives the commuters of the example when
// their experienced tangibles are rated experienced.
func bikeShopGap(t *testing.T, experienced float64) string {
	t.Helper()
	s := calc.Example()
	q := s.Segments[0].Quality["tangibles"]
	q.Experienced = calc.Float(experienced)
	s.Segments[0].Quality["tangibles"] = q
	return calc.FormatNumber(*calc.Compute(s).Segments[0].Gap)
}

// rect is an element's box in the viewport, as getBoundingClientRect
// gives it.
type rect struct{ Top, Bottom, Left, Right float64 }

func (a rect) overlaps(b rect) bool {
	return a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom
}

func (tb *tab) rect(sel string) rect {
	tb.t.Helper()
	var r rect
	tb.run(chromedp.Evaluate(fmt.Sprintf(`(() => { const r = document.querySelector(%q).getBoundingClientRect();
		return {Top: r.top, Bottom: r.bottom, Left: r.left, Right: r.right} })()`, sel), &r))
	return r
}

// TestLiveSummaryInView types into the last quality field of a segment on
// a phone: the segment's summary is then in view, clear of the field, and
// says what the results overview says.
func TestLiveSummaryInView(t *testing.T) {
	srv := startServer(t)
	for _, lang := range []string{"nl-NL", "en-US"} {
		t.Run(lang, func(t *testing.T) {
			tb := newTab(t)
			tb.run(
				emulation.SetDeviceMetricsOverride(390, 844, 3, true),
				emulation.SetUserAgentOverride("Mozilla/5.0 (Linux; Android 14) klantwaarde-e2e").WithAcceptLanguage(lang),
				chromedp.Navigate(srv.URL),
				waitReady(),
			)
			last := `#seg-commuters-dimensions-tangibles-experienced`
			var lastID string
			tb.run(chromedp.Evaluate(`[...document.querySelectorAll('[data-editing="commuters"] input[id*="-dimensions-"]')].pop().id`, &lastID))
			if "#"+lastID != last {
				t.Fatalf("the last quality field is #%s, want %s", lastID, last)
			}
			tb.typeInto(last, "9")
			summary := `[data-live-summary="commuters"]`
			segment := `[data-segment="commuters"]`
			tb.waitAttr(segment, "data-gap", bikeShopGap(t, 9))
			for _, name := range []string{"data-value", "data-gap", "data-verdict"} {
				tb.waitAttr(summary, name, tb.attr(segment, name))
			}
			var focused string
			var innerHeight float64
			tb.run(
				chromedp.Evaluate(`document.activeElement.id`, &focused),
				chromedp.Evaluate(`window.innerHeight`, &innerHeight),
			)
			if "#"+focused != last {
				t.Fatalf("the focused element is #%s, want %s", focused, last)
			}
			s, field := tb.rect(summary), tb.rect(last)
			if s.Top < 0 || s.Bottom > innerHeight || s.Bottom <= s.Top {
				t.Errorf("the live summary %+v is not within the viewport (0 to %v)", s, innerHeight)
			}
			if field.Top < 0 || field.Bottom > innerHeight {
				t.Errorf("the focused field %+v is not within the viewport (0 to %v)", field, innerHeight)
			}
			if s.overlaps(field) {
				t.Errorf("the live summary %+v covers the focused field %+v", s, field)
			}
			tb.screenshot("live-summary-" + lang)
		})
	}
}
