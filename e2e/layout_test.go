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

// brokenWords lists, in the segment editor's rating tables, each word of a
// heading that the browser laid out on more than one line (broken inside,
// with or without a hyphen), each input too narrow for a mark such as
// "10,5", and whether the page is wider than the viewport.
const brokenWords = `(() => {
  const out = [];
  const range = document.createRange();
  for (const th of document.querySelectorAll(".segment-editor .ratings th")) {
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) {
      for (const m of node.data.matchAll(/\S+/g)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) out.push("word broken: " + m[0] + " in " + JSON.stringify(th.textContent));
      }
    }
  }
  const ctx = document.createElement("canvas").getContext("2d");
  for (const input of document.querySelectorAll(".segment-editor .ratings input[inputmode]")) {
    const cs = getComputedStyle(input);
    ctx.font = cs.font;
    const inner = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    if (inner < ctx.measureText("10,5").width) out.push("input too narrow: " + input.id + " " + inner + " px");
  }
  if (document.documentElement.scrollWidth > innerWidth) {
    const wide = [...document.body.querySelectorAll("*")].filter(el => !el.closest(".visually-hidden") && el.getBoundingClientRect().right > innerWidth + 0.5 &&
      ![...el.children].some(c => c.getBoundingClientRect().right > innerWidth + 0.5));
    out.push("the page is " + document.documentElement.scrollWidth + " px wide: " + wide.slice(0, 5).map(el =>
      el.tagName.toLowerCase() + "." + el.className + " " + JSON.stringify(el.textContent.slice(0, 40))).join(", "));
  }
  return out;
})()`

// TestRatingsOnAPhone opens the app at a small phone's width: the names in
// the rating tables (the quality dimensions' "Betrouwbaarheid",
// "Reactiesnelheid") break between words only, each input holds a mark,
// and nothing is wider than the screen.
func TestRatingsOnAPhone(t *testing.T) {
	srv := startServer(t)
	for _, width := range []int64{360, 390} {
		for _, lang := range []string{"nl-NL", "en-US"} {
			t.Run(fmt.Sprintf("%d-%s", width, lang), func(t *testing.T) {
				tb := openAt(t, srv, width, 800, lang)
				if n := tb.count(".segment-editor .ratings tbody th"); n < 5 {
					t.Fatalf("%d rows in the rating tables, want the example's criteria and dimensions", n)
				}
				var problems []string
				tb.run(chromedp.Evaluate(brokenWords, &problems))
				for _, p := range problems {
					t.Error(p)
				}
				if width == 360 {
					tb.run(chromedp.Evaluate(`[...document.querySelectorAll(".segment-editor .ratings")].pop().scrollIntoView()`, nil))
					tb.screenshotTo(fmt.Sprintf("ratings-%d-%s", width, lang))
				}
			})
		}
	}
}
