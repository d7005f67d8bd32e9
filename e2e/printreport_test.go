package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// TestPrintReport prints the A4 report in both languages and reads it
// back: a page for the portfolio and one per segment, each well filled,
// each segment's name on its own page, type at least 9 pt and chart text
// at least 7 pt, and a QR code on page 1 whose link opens the same
// figures in a fresh browser context.
func TestPrintReport(t *testing.T) {
	for _, tool := range []string{"pdftoppm", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing: `make test` installs it (apt-get install poppler-utils)", tool)
		}
	}
	srv := startServer(t)
	for _, lang := range []string{"nl-NL", "en-GB"} {
		t.Run(lang, func(t *testing.T) {
			tb := openApp(t, srv, lang)
			want := tb.readHooks()
			segments := len(want.Segments)

			// Ctrl+P: the browser's beforeprint puts the report in the
			// page, afterprint takes it out.
			var during, after int
			tb.run(
				chromedp.Evaluate(`window.dispatchEvent(new Event("beforeprint")); document.querySelectorAll("#kw-report [data-report-segment]").length`, &during),
				chromedp.Evaluate(`window.dispatchEvent(new Event("afterprint")); document.querySelectorAll("#kw-report").length`, &after),
			)
			if during != segments || after != 0 {
				t.Errorf("beforeprint gave %d segment pages (want %d), afterprint left %d reports (want 0)", during, segments, after)
			}

			tb.clickPrint()
			layout := tb.checkPrintSizes()
			base := strings.TrimSuffix(tb.printToPDF("report-"+lang[:2]), ".pdf")
			pages := pdfPages(t, base+".pdf")
			if len(pages) != 1+segments {
				t.Fatalf("the report has %d pages, want 1 + %d segments", len(pages), segments)
			}
			for i, seg := range tb.segmentNames() {
				if !strings.Contains(pages[0], seg) {
					t.Errorf("page 1 does not name segment %q", seg)
				}
				if !strings.Contains(pages[i+1], seg) {
					t.Errorf("page %d does not name segment %q:\n%s", i+2, seg, pages[i+1])
				}
			}
			if out, err := exec.Command("pdftoppm", "-png", "-r", "150", base+".pdf", base).CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v %s", err, out)
			}
			pngs, _ := filepath.Glob(base + "-[0-9]*.png")
			if len(pngs) != len(pages) {
				t.Fatalf("%d page images, want %d", len(pngs), len(pages))
			}
			for i, name := range pngs {
				if filled := filledTo(t, name); filled < 0.55 {
					t.Errorf("page %d is filled to %.0f %% of its height; want no page that is mostly empty", i+1, 100*filled)
				}
			}
			link := readPrintedQR(t, base+".pdf", base+"-qr", layout)
			if !strings.HasPrefix(link, srv.URL) || !strings.Contains(link, "#s=") {
				t.Fatalf("the QR code reads %q, not a share link of %s", link, srv.URL)
			}
			fresh := newTab(t)
			fresh.openReady(link)
			if diff := cmp.Diff(want, fresh.readHooks()); diff != "" {
				t.Errorf("the QR code's link opens other figures (-printed +opened):\n%s", diff)
			}
		})
	}
}

// clickPrint clicks Print, with the browser's dialog replaced by a note,
// and waits for the report in the page.
func (tb *tab) clickPrint() {
	tb.t.Helper()
	tb.run(
		chromedp.Evaluate(`window.print = () => { window.printed = true; }`, nil),
		chromedp.Click(`[data-action="print"]`, chromedp.ByQuery),
		chromedp.Poll(`window.printed === true && document.querySelector("#kw-report .rp") !== null`, nil,
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)),
	)
}

// printToPDF prints the page on A4 as the browser does and writes it as
// name.pdf in a temporary directory, or under $KLANTWAARDE_SCREENSHOTS
// when that is set; it returns the file's path.
func (tb *tab) printToPDF(name string) string {
	tb.t.Helper()
	var pdf []byte
	tb.run(chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		pdf, _, err = page.PrintToPDF().WithPaperWidth(8.27).WithPaperHeight(11.69).
			WithPrintBackground(true).WithPreferCSSPageSize(true).Do(ctx)
		return err
	}))
	dir := tb.t.TempDir()
	if shots := os.Getenv("KLANTWAARDE_SCREENSHOTS"); shots != "" {
		dir = shots
	}
	file := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	return file
}

// segmentNames are the names of the segment pages in the report.
func (tb *tab) segmentNames() []string {
	tb.t.Helper()
	var names []string
	tb.run(chromedp.Evaluate(`[...document.querySelectorAll("#kw-report [data-report-segment] h2")].map(h => h.firstChild.textContent.trim())`, &names))
	return names
}

// printLayout is the report as the browser lays it out for print.
type printLayout struct {
	// Body and Chart are the smallest text and chart text in px.
	Body, Chart       float64
	BodyText, ChartAt string
	// Width is the page's width as printed: wider than the 680 px
	// the page has, and the browser prints all of it smaller.
	Width float64
	Wide  string
	// Pages are each page's height and its parts', in px.
	Pages []string
	// QR is the QR code's box on page 1 in px from the corner of the
	// printable area (its width 0 when there is no code).
	QR struct{ X, Y, W, H float64 }
}

// checkPrintSizes checks, with print styles, that the report's text is at
// least 9 pt (12 px) and its charts' text at least 7 pt as printed, and
// that it is no wider than the page, so that it prints at 100 %.
func (tb *tab) checkPrintSizes() printLayout {
	tb.t.Helper()
	var got printLayout
	// The page as printed: print styles, as wide as A4 within its 15 mm
	// margins (180 mm, 680 px).
	tb.run(
		emulation.SetDeviceMetricsOverride(680, 1000, 1, false),
		emulation.SetEmulatedMedia().WithMedia("print"),
		chromedp.Evaluate(`(() => {
  const r = {body: 1e9, chart: 1e9, bodyText: "", chartAt: "", width: document.documentElement.scrollWidth, wide: "", pages: []};
  for (const pg of document.querySelectorAll("#kw-report .rp-page")) {
    r.pages.push(Math.round(pg.getBoundingClientRect().height) + ": " + [...pg.children, ...pg.querySelectorAll(".rp-cols > *, .rp-todo > *")].map(c => c.tagName.toLowerCase() + (c.className ? "." + c.className : "") + "=" + Math.round(c.getBoundingClientRect().height)).join(" "));
  }
  for (const el of document.querySelectorAll("#kw-report *")) {
    if (!r.wide && el.getBoundingClientRect().right > innerWidth + 0.5) r.wide = el.tagName.toLowerCase() + "." + el.className + ": " + el.textContent.trim().slice(0, 60);
  }
  const walker = document.createTreeWalker(document.getElementById("kw-report"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || el.closest("svg")) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < r.body) { r.body = size; r.bodyText = walker.currentNode.textContent.trim(); }
  }
  for (const svg of document.querySelectorAll("#kw-report svg.kw-chart")) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const t of svg.querySelectorAll("text")) {
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (size < r.chart) { r.chart = size; r.chartAt = t.textContent; }
    }
  }
  const qr = document.querySelector("#kw-report .rp-qr svg");
  if (qr) {
    const b = qr.getBoundingClientRect(), top = document.documentElement.getBoundingClientRect();
    r.qr = {x: b.left - top.left, y: b.top - top.top, w: b.width, h: b.height};
  }
  return r;
})()`, &got),
		emulation.SetEmulatedMedia().WithMedia(""),
		emulation.ClearDeviceMetricsOverride(),
	)
	const pt = 96.0 / 72
	if got.Body < 9*pt-0.01 {
		tb.t.Errorf("printed text %q is %.1f pt, want at least 9", got.BodyText, got.Body/pt)
	}
	if got.Chart < 7*pt {
		tb.t.Errorf("printed chart text %q is %.1f pt, want at least 7", got.ChartAt, got.Chart/pt)
	}
	if got.Width > 680 {
		tb.t.Errorf("the report is %.0f px wide where the page has 680 (%s): it would print at %.0f %%", got.Width, got.Wide, 100*680/got.Width)
	}
	tb.t.Logf("smallest printed text %.1f pt, chart text %.1f pt; page heights (of 1009 px):\n%s", got.Body/pt, got.Chart/pt, strings.Join(got.Pages, "\n"))
	return got
}

// pdfPages returns the text of each page of a PDF.
func pdfPages(t *testing.T, name string) []string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", name, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// filledTo is how far down a page image its lowest mark is, as a share of
// its height.
func filledTo(t *testing.T, name string) float64 {
	t.Helper()
	img := readPNG(t, name)
	b := img.Bounds()
	for y := b.Max.Y - 1; y >= b.Min.Y; y-- {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				return float64(y-b.Min.Y) / float64(b.Dy())
			}
		}
	}
	return 0
}

func readPNG(t *testing.T, name string) image.Image {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return img
}

// readPrintedQR reads the QR code on page 1 of a PDF as a good printer
// prints it (300 dpi), and, as a phone's reader tries frame after frame at
// other distances and framings, at other scales, with gozxing's two ways
// of telling dark from light, and with the code alone in the frame (cut
// out where the layout put it) when that fails. One way is not enough:
// gozxing misjudges the grid of a version-26 code at some module sizes
// (5.9 px a module failed for 16 of 100 server ports, whose number is in
// the link), and a CI run had one port fail at 300, 400 and 600 dpi on
// the whole page.
func readPrintedQR(t *testing.T, pdf, base string, layout printLayout) string {
	t.Helper()
	var errs []string
	// The whole page at three scales, then the code alone at five, cut
	// out with 5 mm around it: the page prints at 100 % (checkPrintSizes),
	// so a CSS px is 0.75 pt from the 15 mm margin.
	type frame struct {
		dpi  int
		crop bool
	}
	frames := []frame{{300, false}, {400, false}, {600, false}}
	if layout.QR.W > 0 {
		for _, dpi := range []int{300, 400, 600, 800, 1000} {
			frames = append(frames, frame{dpi, true})
		}
	}
	for _, f := range frames {
		what := "page"
		if f.crop {
			what = "code alone"
		}
		name := fmt.Sprintf("%s-%d-%t", base, f.dpi, f.crop)
		args := []string{"-png", "-r", fmt.Sprint(f.dpi), "-f", "1", "-l", "1", "-singlefile"}
		if f.crop {
			px := func(pt float64) int { return int(pt * float64(f.dpi) / 72) }
			const mm = 72 / 25.4
			q := layout.QR
			args = append(args, "-x", fmt.Sprint(px(10*mm+0.75*q.X)), "-y", fmt.Sprint(px(10*mm+0.75*q.Y)),
				"-W", fmt.Sprint(px(10*mm+0.75*q.W)), "-H", fmt.Sprint(px(10*mm+0.75*q.H)))
		}
		if out, err := exec.Command("pdftoppm", append(args, pdf, name)...).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v %s", err, out)
		}
		src := gozxing.NewLuminanceSourceFromImage(readPNG(t, name+".png"))
		for _, binarizer := range []struct {
			name string
			of   func(gozxing.LuminanceSource) gozxing.Binarizer
		}{{"hybrid", gozxing.NewHybridBinarizer}, {"histogram", gozxing.NewGlobalHistgramBinarizer}} {
			bmp, err := gozxing.NewBinaryBitmap(binarizer.of(src))
			if err != nil {
				t.Fatal(err)
			}
			res, err := qrcode.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
			if err == nil {
				if len(errs) > 0 {
					t.Logf("the QR code read at %d dpi (%s, %s) after: %s", f.dpi, what, binarizer.name, strings.Join(errs, "; "))
				}
				return res.GetText()
			}
			errs = append(errs, fmt.Sprintf("%d dpi, %s, %s: %v", f.dpi, what, binarizer.name, err))
		}
	}
	t.Fatalf("no QR code read on page 1 of %s:\n%s", pdf, strings.Join(errs, "\n"))
	return ""
}

// TestPrintExamples prints each example of the specification, opened
// from a share link (so with its notice shown), and checks that its
// report prints at 100 % with legible type, that each segment's page
// starts with its name, and that no page is empty. A segment with much
// to say may take a second page.
func TestPrintExamples(t *testing.T) {
	srv := startServer(t)
	names, err := filepath.Glob("../../shared/examples/v2/*.klantwaarde.json")
	if err != nil || len(names) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, name := range names {
		example := strings.TrimSuffix(filepath.Base(name), ".klantwaarde.json")
		t.Run(example, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			s, err := calc.DecodeBytes(data)
			if err != nil {
				t.Fatal(err)
			}
			tb := openShared(t, srv, s, "nl-NL")
			tb.clickPrint()
			tb.checkPrintSizes()
			segments := tb.segmentNames()
			file := tb.printToPDF("report-" + example)
			pages := pdfPages(t, file)
			t.Logf("%d pages for %d segments", len(pages), len(segments))
			if len(pages) > 1+2*len(segments) {
				t.Errorf("the report has %d pages for %d segments", len(pages), len(segments))
			}
			for i, text := range pages {
				if strings.TrimSpace(text) == "" {
					t.Errorf("page %d of %d is empty", i+1, len(pages))
				}
			}
			next := 1 // the page where the next segment may start
			for _, seg := range segments {
				for next < len(pages) && !strings.HasPrefix(strings.TrimSpace(pages[next]), seg) {
					next++
				}
				if next == len(pages) {
					t.Errorf("no page starts with segment %q after page 1", seg)
					break
				}
				next++
			}
		})
	}
}
