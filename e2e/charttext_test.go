package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// smallestChartTextJS returns the smallest effective font size of any
// text in the charts the selector (%q) finds that are shown: its computed
// font size times the scale at which its drawing is shown (rendered width
// / viewBox width), with what it reads and the chart it is in; and how many
// charts were seen.
const smallestChartTextJS = `(() => {
  let min = {size: 1e9, text: "", chart: "", charts: 0};
  for (const svg of document.querySelectorAll(%q)) {
    const vb = svg.viewBox.baseVal;
    const rect = svg.getBoundingClientRect();
    if (!vb || vb.width === 0 || rect.width === 0) continue;
    min.charts++;
    const scale = rect.width / vb.width;
    for (const t of svg.querySelectorAll("text")) {
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (size < min.size) min = {size, text: t.textContent, chart: svg.getAttribute("class"), charts: min.charts};
    }
  }
  return min;
})()`

type smallestText struct {
	Size        float64
	Text, Chart string
	Charts      int
}

// smallestChartText waits until the charts on the page are drawn for the
// width they are shown at and returns their smallest text.
func (tb *tab) smallestChartText() smallestText {
	tb.t.Helper()
	return tb.smallestChartTextIn("svg.kw-chart")
}

// smallestChartTextIn is smallestChartText for the charts sel finds: it
// reads them until two readings in a row agree.
func (tb *tab) smallestChartTextIn(sel string) smallestText {
	tb.t.Helper()
	var got smallestText
	// The charts are drawn anew once their width is measured; wait for
	// two equal readings in a row.
	var last smallestText
	for i := 0; i < 40; i++ {
		time.Sleep(150 * time.Millisecond)
		tb.run(chromedp.Evaluate(fmt.Sprintf(smallestChartTextJS, sel), &got))
		if got == last && got.Charts > 0 {
			break
		}
		last = got
	}
	return got
}

// TestChartTextSize checks that every chart's text is at least 12 CSS px
// as shown, from a phone to a large screen, in both languages, and at
// least 20 px on the slides at 1920×1080.
func TestChartTextSize(t *testing.T) {
	srv := startServer(t)
	for _, lang := range []string{"nl-NL", "en-GB"} {
		tb := openApp(t, srv, lang)
		for _, size := range [][2]int64{{360, 800}, {390, 844}, {768, 1024}, {1440, 900}, {1920, 1080}} {
			tb.run(emulation.SetDeviceMetricsOverride(size[0], size[1], 1, size[0] < 600))
			got := tb.smallestChartText()
			name := fmt.Sprintf("%s at %d×%d", lang, size[0], size[1])
			if got.Charts != 4 {
				t.Errorf("%s: %d charts on the page, want 4", name, got.Charts)
			}
			if got.Size < 12 {
				t.Errorf("%s: %q in %s shows at %.1f px, want at least 12", name, got.Text, got.Chart, got.Size)
			}
			t.Logf("%s: smallest chart text %.1f px (%q)", name, got.Size, got.Text)
			if lang == "nl-NL" && (size[0] == 390 || size[0] == 1440) {
				tb.screenshot(fmt.Sprintf("charts-%d", size[0]))
			}
		}
		if lang != "en-GB" {
			continue
		}
		// Present mode at 1920×1080: 20 px and more, on every slide.
		tb.run(emulation.SetDeviceMetricsOverride(1920, 1080, 1, false),
			chromedp.Click(`[data-action="present"]`, chromedp.ByQuery))
		tb.waitAttr(`[data-slide]`, "data-slide", "0")
		// The segments' slides and the portfolio's; a path's slide has no
		// chart.
		for slide := 0; slide <= segmentSlides(tb.storedScenarios()[0]); slide++ {
			tb.waitAttr(`[data-slide]`, "data-slide", fmt.Sprint(slide))
			if tb.count(`[data-path-slide]`) > 0 {
				tb.pressKey("ArrowRight")
				continue
			}
			got := tb.smallestChartText()
			if got.Charts != 1 {
				t.Errorf("slide %d: %d charts, want 1", slide, got.Charts)
			}
			if got.Size < 20 {
				t.Errorf("slide %d: %q in %s shows at %.1f px, want at least 20", slide, got.Text, got.Chart, got.Size)
			}
			t.Logf("slide %d at 1920×1080: smallest chart text %.1f px", slide, got.Size)
			if slide == 0 {
				tb.screenshot("present-chart")
			}
			tb.pressKey("ArrowRight")
		}
	}
}
