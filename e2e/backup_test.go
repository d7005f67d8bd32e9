package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// threeScenarios are three scenarios of a user, each unlike the example.
func threeScenarios() []*calc.Scenario {
	var out []*calc.Scenario
	for i, title := range []string{"Fietsenwinkel Noord", "Fietsenwinkel Zuid", "Adviesbureau <Oost> & co"} {
		s := calc.Example()
		s.Title = title
		s.Segments[0].Customers = float64(100 * (i + 1))
		out = append(out, s)
	}
	return out
}

// seedStorage makes the tab's first load find scenarios kept in storage,
// as the app keeps them (app/storeworkspace.go), and nothing else.
func (tb *tab) seedStorage(scenarios []*calc.Scenario, extra map[string]string) {
	tb.t.Helper()
	var ids []string
	items := map[string]string{}
	for i, s := range scenarios {
		doc, err := calc.EncodeCompact(s)
		if err != nil {
			tb.t.Fatal(err)
		}
		id := fmt.Sprintf("seed%d", i)
		ids = append(ids, id)
		items["klantwaarde.scenario."+id] = `{"rev":1,"doc":` + string(doc) + `}`
	}
	index, _ := json.Marshal(map[string]any{"version": 1, "scenarios": ids, "current": ids[0]})
	items["klantwaarde.index"] = string(index)
	for k, v := range extra {
		items[k] = v
	}
	data, _ := json.Marshal(items)
	tb.beforeLoad(fmt.Sprintf(`if (!sessionStorage.getItem("seeded")) {
		sessionStorage.setItem("seeded", "1");
		for (const [k, v] of Object.entries(%s)) localStorage.setItem(k, v);
	}`, data))
}

// storedScenarios reads every scenario the app keeps, in the order of its
// index. A first visit saves its example a moment after data-ready, so it
// waits for the index to be there.
func (tb *tab) storedScenarios() []*calc.Scenario {
	tb.t.Helper()
	tb.run(chromedp.Poll(`localStorage.getItem("klantwaarde.index") !== null`, nil,
		chromedp.WithPollingTimeout(pollTimeout)))
	var docs []string
	tb.run(chromedp.Evaluate(`JSON.parse(localStorage.getItem("klantwaarde.index")).scenarios.map(
		id => JSON.stringify(JSON.parse(localStorage.getItem("klantwaarde.scenario." + id)).doc))`, &docs))
	var out []*calc.Scenario
	for _, d := range docs {
		s, err := calc.DecodeBytes([]byte(d))
		if err != nil {
			tb.t.Fatalf("a stored scenario does not decode: %v", err)
		}
		out = append(out, s)
	}
	return out
}

// readBackup decodes a downloaded backup file.
func readBackup(t *testing.T, file string) *calc.Backup {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	b, err := calc.DecodeBackup(data)
	if err != nil {
		t.Fatalf("the backup does not decode: %v\n%s", err, data)
	}
	return b
}

// dropFile drops a file with the given name and content on the page.
func (tb *tab) dropFile(name string, data []byte) {
	tb.t.Helper()
	tb.run(chromedp.Evaluate(fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%q], %q, { type: "application/json" }));
		document.body.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
		document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
	})()`, data, name), nil))
}

// TestBackupRestore backs up three scenarios (its message follows a
// switch of language), restores them in a fresh
// browser profile by dropping the file (all three there, equal to what
// was stored), and restores the same file again with the file picker
// (nothing added).
func TestBackupRestore(t *testing.T) {
	srv := startServer(t)
	want := threeScenarios()
	a := newTab(t)
	a.seedStorage(want, nil)
	a.run(chromedp.Navigate(srv.URL), waitReady())
	downloads := a.allowDownloads()
	a.run(chromedp.Click(`[data-action="backup"]`, chromedp.ByQuery))
	file := downloads.wait(t, "klantwaarde-backup-*.json")
	backup := readBackup(t, file)
	if diff := cmp.Diff(want, backup.Scenarios); diff != "" {
		t.Fatalf("the backup holds other scenarios than were stored (-want +got):\n%s", diff)
	}
	base := file[strings.LastIndex(file, "/")+1:]
	a.waitText(`.filetools .status`, fmt.Sprintf("All 3 scenarios are in “%s”. Keep the file outside this browser; importing it brings them back.", base))
	// The message beside the buttons follows a switch of language.
	a.run(chromedp.Click(`button[data-locale="nl"]`, chromedp.ByQuery))
	a.waitText(`.filetools .status`, fmt.Sprintf("Alle 3 scenario's staan in „%s”. Bewaar het bestand buiten deze browser; importeren zet ze terug.", base))

	b := openApp(t, srv, "en-GB") // a fresh profile: the example only
	before := b.storedScenarios()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	b.dropFile("backup.json", data)
	b.waitText(`[data-notice="info"] p`, "Backup “backup.json” restored: 3 scenarios added, 0 were already there. Nothing was overwritten.")
	after := b.storedScenarios()
	if diff := cmp.Diff(append(before, want...), after); diff != "" {
		t.Errorf("stored after the restore (-want +got):\n%s", diff)
	}
	if n := b.count(`#scenario-select option`); n != len(after) {
		t.Errorf("%d scenarios listed, %d stored", n, len(after))
	}

	b.run(chromedp.SetUploadFiles(`#import-file`, []string{file}, chromedp.ByQuery))
	b.waitText(`[data-notice="info"] p`, fmt.Sprintf("Backup “%s” restored: 0 scenarios added, 3 were already there. Nothing was overwritten.", file[strings.LastIndex(file, "/")+1:]))
	if diff := cmp.Diff(after, b.storedScenarios()); diff != "" {
		t.Errorf("restoring the same file twice changed storage (-before +after):\n%s", diff)
	}
	if n := b.count(`#scenario-select option`); n != len(after) {
		t.Errorf("%d scenarios listed after the second restore, want %d", n, len(after))
	}
}

// TestRestoreBrokenBackup: a backup that is not one changes nothing and
// says why; one with a bad scenario restores the others and names it.
func TestRestoreBrokenBackup(t *testing.T) {
	srv := startServer(t)
	b := openApp(t, srv, "nl-NL")
	before := b.storedScenarios()
	b.dropFile("kapot.json", []byte(`{"format":"klantwaarde/backup","version":7,"scenarios":[]}`))
	b.waitText(`[data-notice="error"] p`, "„kapot.json” is geen bruikbare back-up: version: gemaakt met een nieuwere versie van Klantwaarde; werk de app bij om het te openen. Er is niets veranderd.")
	if diff := cmp.Diff(before, b.storedScenarios()); diff != "" {
		t.Errorf("a refused backup changed storage (-before +after):\n%s", diff)
	}

	good, _ := calc.EncodeCompact(threeScenarios()[0])
	bad := strings.Replace(string(good), `"customers":100`, `"customers":-1`, 1)
	b.dropFile("half.json", []byte(`{"format":"klantwaarde/backup","version":1,"scenarios":[`+bad+`,`+string(good)+`]}`))
	b.waitText(`[data-notice="warning"] p`, "Back-up „half.json” teruggezet: 1 scenario toegevoegd, 0 waren er al. Niets is overschreven. Niet alles kon worden gelezen: scenarios[0].segments[0].customers: -1 ligt onder het minimum 0.")
	if n := len(b.storedScenarios()); n != len(before)+1 {
		t.Errorf("%d scenarios stored, want %d", n, len(before)+1)
	}
}
