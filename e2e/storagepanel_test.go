package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// fakePersistence makes navigator.storage answer that storage is
// persistent or not, and count the requests for persistence, which the
// browser would otherwise grant or refuse by its own rules.
func fakePersistence(persisted bool) string {
	return fmt.Sprintf(`window.klantwaardePersistAsked = 0;
	navigator.storage.persisted = () => Promise.resolve(%t);
	navigator.storage.persist = () => { window.klantwaardePersistAsked++; return Promise.resolve(%t); };`, persisted, persisted)
}

// waitPanel waits until the storage panel shows its figures.
func (tb *tab) waitPanel() {
	tb.t.Helper()
	tb.run(chromedp.Poll(`(() => { const p = document.querySelector("[data-storage]");
		return p && p.getAttribute("data-quota") !== null && p.getAttribute("data-quota") !== "" })()`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
}

// TestStoragePanel: the panel's hooks say what the browser says, the last
// backup appears once one is made, and persistence is asked for after the
// user's first edit, not before.
func TestStoragePanel(t *testing.T) {
	srv := startServer(t)
	tb := newTab(t)
	tb.beforeLoad(fakePersistence(false))
	tb.run(chromedp.Navigate(srv.URL), waitReady())
	tb.waitPanel()
	var quota, usage float64
	tb.run(chromedp.Evaluate(`navigator.storage.estimate().then(e => e.quota)`, &quota, awaitPromise))
	tb.run(chromedp.Evaluate(`navigator.storage.estimate().then(e => e.usage)`, &usage, awaitPromise))
	if got := tb.attr(`[data-storage]`, "data-quota"); got != strconv.FormatFloat(quota, 'f', -1, 64) {
		t.Errorf("data-quota = %q, the browser says %v", got, quota)
	}
	if got, err := strconv.ParseInt(tb.attr(`[data-storage]`, "data-usage"), 10, 64); err != nil || got < 0 || float64(got) > quota {
		t.Errorf("data-usage = %v (%v), want bytes between 0 and the quota; the browser says %v", got, err, usage)
	}
	if got := tb.attr(`[data-storage]`, "data-persisted"); got != "false" {
		t.Errorf("data-persisted = %q, want false", got)
	}
	if got := tb.attr(`[data-storage]`, "data-last-backup"); got != "" {
		t.Errorf("data-last-backup = %q before any backup", got)
	}
	if n := tb.count(`[data-backup-reminder]`); n != 0 {
		t.Error("a reminder on a first visit")
	}

	var asked int
	tb.run(chromedp.Evaluate(`window.klantwaardePersistAsked`, &asked))
	if asked != 0 {
		t.Errorf("persistence asked for %d times before any edit", asked)
	}
	tb.typeInto(qualityScore, "6")
	tb.typeInto(qualityScore, "7")
	tb.run(chromedp.Evaluate(`window.klantwaardePersistAsked`, &asked))
	if asked != 1 {
		t.Errorf("persistence asked for %d times after the first edits, want once", asked)
	}

	downloads := tb.allowDownloads()
	start := time.Now().Add(-time.Second)
	tb.run(chromedp.Click(`[data-action="backup"]`, chromedp.ByQuery))
	downloads.wait(t, "klantwaarde-backup-*.json")
	tb.run(chromedp.Poll(`document.querySelector("[data-storage]").getAttribute("data-last-backup") !== ""`, nil,
		chromedp.WithPollingTimeout(pollTimeout)))
	last, err := time.Parse(time.RFC3339, tb.attr(`[data-storage]`, "data-last-backup"))
	if err != nil || last.Before(start) || last.After(time.Now().Add(time.Second)) {
		t.Errorf("data-last-backup = %v (%v), want the time of the backup", last, err)
	}
	tb.screenshotOf(`[data-storage]`, "storage-panel")
}

// TestBackupReminder: with storage not persistent and work without a
// backup for more than seven days, the panel reminds; its button makes the
// backup, and the reminder goes. Six days, or persistent storage: none.
func TestBackupReminder(t *testing.T) {
	srv := startServer(t)
	daysAgo := func(d int) string {
		return time.Now().Add(-time.Duration(d) * 24 * time.Hour).UTC().Format(time.RFC3339)
	}
	tests := []struct {
		name      string
		persisted bool
		since     string
		want      bool
	}{
		{"eight days, not persistent", false, daysAgo(8), true},
		{"six days, not persistent", false, daysAgo(6), false},
		{"eight days, persistent", true, daysAgo(8), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTab(t)
			tb.beforeLoad(fakePersistence(tt.persisted))
			tb.seedStorage(threeScenarios(), map[string]string{
				"klantwaarde.unbackedSince": tt.since,
				"klantwaarde.lastBackup":    daysAgo(9),
			})
			tb.run(chromedp.Navigate(srv.URL), waitReady())
			tb.waitPanel()
			if got := tb.attr(`[data-storage]`, "data-persisted"); got != strconv.FormatBool(tt.persisted) {
				t.Errorf("data-persisted = %q, want %v", got, tt.persisted)
			}
			if got := tb.count(`[data-backup-reminder]`) == 1; got != tt.want {
				t.Fatalf("reminder shown: %v, want %v", got, tt.want)
			}
			if !tt.want {
				return
			}
			tb.screenshotOf(`[data-storage]`, "backup-reminder")
			downloads := tb.allowDownloads()
			tb.run(chromedp.Click(`[data-backup-reminder] button`, chromedp.ByQuery))
			downloads.wait(t, "klantwaarde-backup-*.json")
			tb.run(chromedp.Poll(`document.querySelector("[data-backup-reminder]") === null`, nil, chromedp.WithPollingTimeout(pollTimeout)))
			if last := tb.attr(`[data-storage]`, "data-last-backup"); last <= daysAgo(1) {
				t.Errorf("data-last-backup = %q after the backup", last)
			}
		})
	}
}

// screenshotOf is screenshot for one element.
func (tb *tab) screenshotOf(sel, name string) {
	tb.t.Helper()
	dir := os.Getenv("KLANTWAARDE_SCREENSHOTS")
	if dir == "" {
		return
	}
	var png []byte
	tb.run(chromedp.ScrollIntoView(sel, chromedp.ByQuery), chromedp.Screenshot(sel, &png, chromedp.ByQuery))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}
