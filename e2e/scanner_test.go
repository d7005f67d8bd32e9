package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// TestScanner: the trainer's camera scanner reads a participant's QR code
// held up to a (fake) camera, confirms it in words and with a beep, and
// counts it; with the browser's BarcodeDetector where Chromium has one for
// QR codes, and with the jsQR fallback (BarcodeDetector removed) always.
// A camera that cannot be used gets a clear message, and pasting works.
func TestScanner(t *testing.T) {
	srv := startServer(t)
	trainer := newTab(t)
	openWorkshop(trainer, srv, "nl-NL")
	link := trainer.attr(`#workshop-link`, "data-questionnaire-link")
	q := calc.QuestionnaireOf(calc.Example())
	code := answerQuestionnaire(t, q, link, workshopParticipants[0], false)

	// The participant's phone shows the QR code; its picture is the camera.
	phone := newTab(t)
	phone.run(chromedp.EmulateViewport(360, 740), chromedp.Navigate(link), waitReady())
	// A fresh context has no kept answers: answer again, as another phone.
	code2 := answerInTab(t, phone, q)
	var shot []byte
	phone.run(chromedp.Screenshot(`.qr-code svg`, &shot, chromedp.ByQuery))
	video := filepath.Join(t.TempDir(), "qr.y4m")
	if err := writeY4M(video, shot); err != nil {
		t.Fatal(err)
	}

	// The camera refused (as the user's "Block" does): a clear message,
	// and pasting still works.
	trainer.run(chromedp.Evaluate(`navigator.mediaDevices.getUserMedia = () =>
		Promise.reject(new DOMException("Permission denied", "NotAllowedError"))`, nil))
	trainer.run(chromedp.Click(`[data-action="scan-codes"]`, chromedp.ByQuery))
	if err := chromedp.Run(trainer.ctx, chromedp.Poll(`document.querySelector("[data-scan-problem]") !== null`, nil,
		chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		var state string
		trainer.run(chromedp.Evaluate(`JSON.stringify({scanner: typeof window.klantwaardeScanner,
			scripts: [...document.scripts].map(s => s.src), status: document.querySelector(".scanner") && document.querySelector(".scanner").outerHTML})`, &state))
		var after string
		trainer.run(chromedp.Evaluate(`window.dispatchEvent(new CustomEvent("klantwaarde-scan-error", {detail: {name: "NotAllowedError"}}))`, nil),
			chromedp.Sleep(time.Second),
			chromedp.Evaluate(`document.querySelector(".scanner").outerHTML`, &after))
		t.Fatalf("no message for a refused camera: %v; %s; errors %q; after a manual event: %s", err, state, trainer.logErrors(), after)
	}
	trainer.paste(`#workshop-codes`, code)
	trainer.run(chromedp.Click(`[data-action="read-codes"]`, chromedp.ByQuery))
	trainer.waitAttr(`[data-room-n]`, "data-room-n", "1")

	// Chromium on Linux has no BarcodeDetector, so the browser's choice
	// is jsQR here. The third case stands one in that reports the QR code
	// the camera shows, to run the app's BarcodeDetector path: engine,
	// events and counting once; the decoding is jsQR's in the others.
	barcodeDetector := fmt.Sprintf(`window.BarcodeDetector = class {
		static getSupportedFormats() { return Promise.resolve(["qr_code"]); }
		constructor(opts) { this.formats = opts.formats; }
		detect(video) { return Promise.resolve(video.videoWidth > 0 ? [{rawValue: %q}] : []); }
	};`, code2)
	for _, tt := range []struct {
		name, script, engine string
	}{
		{"the browser's choice", "", ""},
		{"jsQR forced", `delete window.BarcodeDetector;`, "jsqr"},
		{"BarcodeDetector", barcodeDetector, "barcodedetector"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			withFakeCamera(t, video, func() {
				tb := newTab(t)
				if tt.script != "" {
					tb.run(chromedp.ActionFunc(func(ctx context.Context) error {
						_, err := page.AddScriptToEvaluateOnNewDocument(tt.script).Do(ctx)
						return err
					}))
				}
				openWorkshop(tb, srv, "nl-NL")
				tb.paste(`#workshop-codes`, code)
				tb.run(chromedp.Click(`[data-action="read-codes"]`, chromedp.ByQuery))
				tb.waitAttr(`[data-room-n]`, "data-room-n", "1")
				tb.run(chromedp.Click(`[data-action="scan-codes"]`, chromedp.ByQuery))
				tb.waitAttr(`[data-scan-result]`, "data-scan-result", "accepted")
				tb.waitAttr(`[data-room-n]`, "data-room-n", "2")
				var engine string
				var beeps int
				tb.run(chromedp.Evaluate(`document.querySelector("#scan-video").dataset.engine`, &engine),
					chromedp.Evaluate(`window.klantwaardeScanner.beeps`, &beeps))
				t.Logf("decoded %s with %s", code2, engine)
				if tt.engine != "" && engine != tt.engine {
					t.Errorf("engine %q, want %s", engine, tt.engine)
				}
				if beeps < 1 {
					t.Errorf("%d beeps, want at least 1", beeps)
				}
				if got := tb.count(`[data-scan-count="1"]`); got != 1 {
					t.Errorf("the same QR in view counted %d times, want once", got)
				}
				tb.screenshot("workshop-scanner-" + engine)
				tb.run(chromedp.Click(`[data-action="close-scanner"]`, chromedp.ByQuery))
			})
		})
	}
}

// answerInTab answers the questionnaire with one rating and returns the
// code.
func answerInTab(t *testing.T, tb *tab, q *calc.Questionnaire) string {
	t.Helper()
	tb.waitAttr(`main[data-step]`, "data-step", "segment")
	tb.run(chromedp.Click(`label[for="q-segment-commuters"]`, chromedp.ByQuery),
		chromedp.Poll(`!document.querySelector('[data-action="next"]').disabled`, nil,
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(5*time.Second)))
	tb.run(chromedp.Click(`[data-action="next"]`, chromedp.ByQuery))
	tb.waitAttr(`main[data-step]`, "data-step", "benefits")
	tb.run(chromedp.Click(`label[for="q-benefits-quality-weight-4"]`, chromedp.ByQuery))
	finishQuestionnaire(tb)
	return tb.attr(`[data-response-code]`, "data-response-code")
}

// finishQuestionnaire goes from the benefits step to the code. Each click
// waits for the step it leads to: a second click on "next" before the page
// is drawn again lands on the same step's button, and "make my code" then
// never shows (CI's run of 2026-12-04 16:20 waited 2 minutes for it).
func finishQuestionnaire(tb *tab) {
	tb.t.Helper()
	for _, step := range []struct{ action, to string }{
		{"next", "sacrifices"}, {"next", "dimensions"}, {"make-code", "code"},
	} {
		tb.run(chromedp.Click(fmt.Sprintf(`[data-action=%q]`, step.action), chromedp.ByQuery))
		tb.waitAttr(`main[data-step]`, "data-step", step.to)
	}
}

// withFakeCamera runs f with the tabs it opens in a Chromium of its own
// whose camera shows the Y4M video and whose permission prompts say yes.
func withFakeCamera(t *testing.T, video string, f func()) {
	t.Helper()
	inBrowser(t, f,
		chromedp.Flag("use-fake-device-for-media-stream", true),
		chromedp.Flag("use-fake-ui-for-media-stream", true),
		chromedp.Flag("use-file-for-fake-video-capture", video),
		chromedp.Flag("autoplay-policy", "no-user-gesture-required"),
	)
}

// writeY4M writes a PNG centred on white as a one-frame 640×480 YUV 4:2:0
// video, the format Chromium's fake camera reads.
func writeY4M(name string, pngData []byte) error {
	img, err := png.Decode(bytes.NewReader(pngData))
	if err != nil {
		return err
	}
	const w, h = 640, 480
	b := img.Bounds()
	side := 400
	scale := float64(max(b.Dx(), b.Dy())) / float64(side)
	luma := make([]byte, w*h)
	for i := range luma {
		luma[i] = 235
	}
	x0, y0 := (w-side)/2, (h-side)/2
	for y := 0; y < side; y++ {
		for x := 0; x < side; x++ {
			sx, sy := b.Min.X+int(float64(x)*scale), b.Min.Y+int(float64(y)*scale)
			if !(image.Point{sx, sy}.In(b)) {
				continue
			}
			r, g, bl, _ := img.At(sx, sy).RGBA()
			yv := (299*r + 587*g + 114*bl) / 1000 >> 8
			luma[(y0+y)*w+x0+x] = byte(16 + yv*219/255)
		}
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintf(bw, "YUV4MPEG2 W%d H%d F10:1 Ip A1:1 C420jpeg\n", w, h)
	for range 2 {
		bw.WriteString("FRAME\n")
		bw.Write(luma)
		bw.Write(bytes.Repeat([]byte{128}, w*h/2))
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
