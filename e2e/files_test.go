package e2e

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// downloads are where a tab's downloads land, and the file name of each
// as Chromium reports it finished.
type downloads struct {
	dir  string
	done chan string
}

// allowDownloads makes the tab's downloads land in a new directory, and
// listens for Chromium's word that each has completed: the file is there
// under its final name, empty, before its bytes are written, so finding
// it is not enough.
func (tb *tab) allowDownloads() *downloads {
	tb.t.Helper()
	d := &downloads{dir: tb.t.TempDir(), done: make(chan string, 8)}
	listening, stop := context.WithCancel(browserCtx)
	tb.t.Cleanup(stop)
	var mu sync.Mutex
	names := map[string]string{} // the file name of each download, by its GUID
	chromedp.ListenBrowser(listening, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *browser.EventDownloadWillBegin:
			names[ev.GUID] = ev.SuggestedFilename
		case *browser.EventDownloadProgress:
			if ev.State == browser.DownloadProgressStateCompleted {
				d.done <- names[ev.GUID]
			}
		}
	})
	err := runBrowser(func(ex context.Context) error {
		return browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).
			WithBrowserContextID(tb.context).WithDownloadPath(d.dir).WithEventsEnabled(true).Do(ex)
	})
	if err != nil {
		tb.t.Fatal(err)
	}
	return d
}

// wait waits for a finished download whose name matches pattern and
// returns its path.
func (d *downloads) wait(t *testing.T, pattern string) string {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case name := <-d.done:
			if ok, _ := filepath.Match(pattern, name); ok {
				return filepath.Join(d.dir, name)
			}
		case <-timeout:
			entries, _ := os.ReadDir(d.dir)
			t.Fatalf("no finished download %s in %s (found %v)", pattern, d.dir, entries)
			return ""
		}
	}
}

// pressKey sends a key to the page, as a presenter's clicker does.
func (tb *tab) pressKey(key string) {
	tb.t.Helper()
	tb.run(chromedp.Evaluate(fmt.Sprintf(`window.dispatchEvent(new KeyboardEvent("keydown", {key: %q, bubbles: true, cancelable: true}))`, key), nil))
}

// TestShareLinkRoundTrip makes a share link of an edited scenario in one
// browser and opens it in another: a copy with the edit, and a notice.
func TestShareLinkRoundTrip(t *testing.T) {
	srv := startServer(t)
	edited := bikeShopValue(t, 6)
	a := openApp(t, srv, "nl-NL")
	a.typeInto(qualityScore, "6")
	a.waitAttr(commuters, "data-value", edited)
	a.run(chromedp.Click(`[data-action="share"]`, chromedp.ByQuery))
	a.run(chromedp.WaitVisible(`[data-share-link]`, chromedp.ByQuery))
	var link string
	a.run(chromedp.Value(`[data-share-link]`, &link, chromedp.ByQuery))
	if !strings.HasPrefix(link, srv.URL+"#s=") {
		t.Fatalf("share link %q does not start with %s#s=", link, srv.URL)
	}
	// The browser packed it (CompressionStream); Go's decoder, the one
	// `klantwaarde report` and the spec's readers use, reads it too.
	shared, err := calc.DecodeShare(strings.TrimPrefix(link, srv.URL+"#s="))
	if err != nil {
		t.Fatalf("the share link does not decode: %v", err)
	}
	want := calc.Example()
	r := want.Segments[0].Benefits["quality"]
	r.Score = calc.Float(6)
	want.Segments[0].Benefits["quality"] = r
	if diff := cmp.Diff(want, shared); diff != "" {
		t.Errorf("the share link holds another scenario (-want +got):\n%s", diff)
	}

	b := newTab(t)
	b.run(chromedp.Navigate(link), waitReady())
	b.waitAttr(commuters, "data-value", edited)
	b.waitAttr(`[data-notice]`, "data-notice", "info")
	if n := b.count(`#scenario-select option`); n != 2 {
		t.Errorf("%d scenarios after opening the link, want 2 (own example + the shared copy)", n)
	}
	var hash string
	b.run(chromedp.Evaluate(`location.hash`, &hash))
	if hash != "" {
		t.Errorf("the fragment stays in the address bar: %q (a reload would add the copy again)", hash)
	}
}

// TestExportImport exports the scenario as a file, imports it again (equal
// to the original), and imports a broken file (a message, nothing changed).
func TestExportImport(t *testing.T) {
	srv := startServer(t)
	tb := openApp(t, srv, "en-GB")
	downloads := tb.allowDownloads()
	tb.run(chromedp.Click(`[data-action="export-json"]`, chromedp.ByQuery))
	file := downloads.wait(t, "the-spoke-cycle-shop.klantwaarde.json")
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	exported, err := calc.Decode(f)
	f.Close()
	if err != nil {
		t.Fatalf("the exported file does not decode: %v", err)
	}
	if diff := cmp.Diff(calc.ExampleIn(calc.English), exported); diff != "" {
		t.Errorf("exported scenario differs from the English example (-want +got):\n%s", diff)
	}

	tb.run(chromedp.SetUploadFiles(`#import-file`, []string{file}, chromedp.ByQuery))
	tb.waitAttr(`[data-notice]`, "data-notice", "info")
	if n := tb.count(`#scenario-select option`); n != 2 {
		t.Errorf("%d scenarios after import, want 2", n)
	}

	broken := filepath.Join(t.TempDir(), "broken.klantwaarde.json")
	data, _ := os.ReadFile(file)
	data = bytes.Replace(data, []byte(`"score": 8`), []byte(`"score": 11`), 1)
	if err := os.WriteFile(broken, data, 0o644); err != nil {
		t.Fatal(err)
	}
	before := tb.readHooks()
	tb.run(chromedp.SetUploadFiles(`#import-file`, []string{broken}, chromedp.ByQuery))
	tb.waitAttr(`[data-notice]`, "data-notice", "error")
	var msg string
	tb.run(chromedp.Text(`[data-notice="error"] p`, &msg, chromedp.ByQuery))
	if !strings.Contains(msg, "broken.klantwaarde.json") || !strings.Contains(msg, "score: 11 is above the maximum 10") {
		t.Errorf("the message does not say what and where: %q", msg)
	}
	if n := tb.count(`#scenario-select option`); n != 2 {
		t.Errorf("a broken import changed the list: %d scenarios", n)
	}
	if diff := cmp.Diff(before, tb.readHooks(), approx); diff != "" {
		t.Errorf("a broken import changed the results (-before +after):\n%s", diff)
	}
}

// TestCSVExport downloads the results as CSV in Dutch and reads it back with
// encoding/csv: semicolons, decimal commas, the figures of the page.
func TestCSVExport(t *testing.T) {
	srv := startServer(t)
	tb := openApp(t, srv, "nl-NL")
	downloads := tb.allowDownloads()
	tb.run(chromedp.Click(`[data-action="export-csv"]`, chromedp.ByQuery))
	data, err := os.ReadFile(downloads.wait(t, "*.csv"))
	if err != nil {
		t.Fatal(err)
	}
	data, ok := bytes.CutPrefix(data, []byte("\ufeff"))
	if !ok {
		t.Error("the CSV has no UTF-8 byte-order mark")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv: %v", err)
	}
	if rows[0][0] != "segment" || rows[0][5] != "klantwaarde" {
		t.Errorf("header %q is not the Dutch one", rows[0])
	}
	want := tb.attr(commuters, "data-value")
	got, err := calc.Dutch.ParseNumber(rows[1][5])
	if err != nil || calc.FormatNumber(got) != want {
		t.Errorf("commuters' value in the CSV is %q, the page says %s", rows[1][5], want)
	}
	if !strings.Contains(rows[1][5], ",") {
		t.Errorf("no decimal comma in %q", rows[1][5])
	}
}

// TestPresentMode walks through the slides with the keyboard and closes
// them with Escape.
func TestPresentMode(t *testing.T) {
	srv := startServer(t)
	tb := openApp(t, srv, "en-GB")
	tb.run(chromedp.Click(`[data-action="present"]`, chromedp.ByQuery))
	tb.waitAttr(`[data-slide]`, "data-slide", "0")
	tb.waitText(`.slide h2`, "Commuters")
	tb.pressKey("ArrowRight")
	tb.waitAttr(`[data-slide]`, "data-slide", "1")
	// The last slide is the portfolio's, after each segment's and each
	// path's.
	last := fmt.Sprint(segmentSlides(tb.storedScenarios()[0]))
	tb.pressKey("End")
	tb.waitAttr(`[data-slide]`, "data-slide", last)
	tb.waitText(`.slide h2`, "All segments together")
	tb.screenshot("present-portfolio")
	tb.pressKey("ArrowRight")
	tb.waitAttr(`[data-slide]`, "data-slide", last)
	tb.pressKey("Escape")
	tb.run(chromedp.WaitVisible(`.editor`, chromedp.ByQuery))
	if n := tb.count(`[data-slide]`); n != 0 {
		t.Errorf("slides still shown after Escape")
	}
}

// TestDropImport drops a scenario file on the page: dragging over the page
// is allowed (the dragover is claimed at once), and the drop imports it.
func TestDropImport(t *testing.T) {
	srv := startServer(t)
	data, err := calc.Encode(calc.Example())
	if err != nil {
		t.Fatal(err)
	}
	tb := openApp(t, srv, "en-GB")
	var claimed bool
	tb.run(chromedp.Evaluate(fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%q], "dropped.klantwaarde.json", { type: "application/json" }));
		window.__dropped = dt;
		const over = new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true });
		document.body.dispatchEvent(over);
		return over.defaultPrevented;
	})()`, data), &claimed))
	if !claimed {
		t.Error("dragging a file over the page is not allowed (dragover's default not prevented)")
	}
	tb.run(chromedp.Evaluate(`document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: window.__dropped, bubbles: true, cancelable: true }))`, nil))
	tb.waitAttr(`[data-notice]`, "data-notice", "info")
	if n := tb.count(`#scenario-select option`); n != 2 {
		t.Errorf("%d scenarios after dropping a file, want 2", n)
	}
}
