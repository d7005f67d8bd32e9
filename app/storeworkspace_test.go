package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// Two tabs of the app share one browser storage; here they share one
// memoryKV, so that the rules of storeworkspace.go run without a browser.

func newTabStore(kv memoryKV) *store { return &store{kv: kv} }

// TestStoreRoundTrip saves in one tab and loads in another.
func TestStoreRoundTrip(t *testing.T) {
	kv := memoryKV{}
	a := newTabStore(kv)
	w := &workspace{}
	e := w.add(calc.Example())
	w.add(blankScenario(calc.Dutch))
	for _, e := range w.entries {
		if err := a.saveEntry(e); err != nil {
			t.Fatal(err)
		}
	}
	w.current = 0
	if err := a.saveIndex(w); err != nil {
		t.Fatal(err)
	}
	other, problem := newTabStore(kv).loadWorkspace()
	if problem != storageFine || len(other.entries) != 2 {
		t.Fatalf("loaded %d scenarios, problem %d", len(other.entries), problem)
	}
	got := other.cur()
	if got.id != e.id || got.rev != 1 {
		t.Errorf("the scenario on screen is %s rev %d, want %s rev 1", got.id, got.rev, e.id)
	}
	if diff := cmp.Diff(e.scenario, got.scenario); diff != "" {
		t.Errorf("(-saved +loaded):\n%s", diff)
	}
}

// TestTwoTabsNeverOverwrite: a tab saves only over the revision it read;
// the other tab's save is refused with errConflict and leaves the stored
// version alone.
func TestTwoTabsNeverOverwrite(t *testing.T) {
	kv := memoryKV{}
	first := newTabStore(kv)
	w := &workspace{}
	e := w.add(calc.Example())
	if err := first.saveEntry(e); err != nil {
		t.Fatal(err)
	}
	first.saveIndex(w)

	tabA, _ := newTabStore(kv).loadWorkspace()
	tabB, _ := newTabStore(kv).loadWorkspace()
	a, b := tabA.cur(), tabB.cur()
	a.edit("title", time.Now(), func(s *calc.Scenario) { s.Title = "A" })
	b.edit("title", time.Now(), func(s *calc.Scenario) { s.Title = "B" })

	if err := first.saveEntry(a); err != nil {
		t.Fatalf("tab A: %v", err)
	}
	if err := first.saveEntry(b); !errors.Is(err, errConflict) {
		t.Fatalf("tab B saved over tab A's newer revision: %v", err)
	}
	stored, _ := first.loadEntry(e.id)
	if stored.scenario.Title != "A" || stored.rev != 2 {
		t.Errorf("stored %q rev %d, want tab A's %q rev 2", stored.scenario.Title, stored.rev, "A")
	}
	if got := first.storedRev(e.id); got != 2 {
		t.Errorf("storedRev = %d, want 2", got)
	}
}

// TestConflictKeepsBoth: Root resolves a refused save by keeping both
// versions: the scenario takes the other tab's, and this tab's becomes a
// new scenario, with a warning.
func TestConflictKeepsBoth(t *testing.T) {
	kv := memoryKV{}
	st := newTabStore(kv)
	w := &workspace{}
	e := w.add(calc.Example())
	st.saveEntry(e)
	st.saveIndex(w)

	loadTab := func() *Root {
		ws, _ := st.loadWorkspace()
		return &Root{locale: calc.English, ws: ws, store: st}
	}
	a, b := loadTab(), loadTab()
	a.edit(nil, "", func(s *calc.Scenario) { s.Title = "A" })
	b.edit(nil, "", func(s *calc.Scenario) { s.Title = "B" })

	if len(b.ws.entries) != 2 {
		t.Fatalf("tab B has %d scenarios, want its own kept beside tab A's", len(b.ws.entries))
	}
	if got := b.ws.entries[0].scenario.Title; got != "A" {
		t.Errorf("the scenario in tab B is %q, want tab A's %q", got, "A")
	}
	if got := b.ws.cur().scenario.Title; !strings.HasPrefix(got, "B") || got == "B" {
		t.Errorf("tab B's own version is %q, want it kept as a copy named after B", got)
	}
	if b.notes.current.kind != "warning" {
		t.Errorf("notice %q, want a warning", b.notes.current.kind)
	}
	reloaded, _ := st.loadWorkspace()
	if len(reloaded.entries) != 2 {
		t.Errorf("%d scenarios kept, want both versions", len(reloaded.entries))
	}
}

// TestSaveIndexKeepsOtherTabsScenarios: an index written by one tab keeps
// the scenarios another tab added in the meantime.
func TestSaveIndexKeepsOtherTabsScenarios(t *testing.T) {
	kv := memoryKV{}
	st := newTabStore(kv)
	mine, theirs := &workspace{}, &workspace{}
	st.saveEntry(mine.add(calc.Example()))
	st.saveIndex(mine)
	other := theirs.add(blankScenario(calc.English))
	st.saveEntry(other)
	st.saveIndex(theirs)

	st.saveIndex(mine)
	w, _ := st.loadWorkspace()
	if w.find(other.id) < 0 || len(w.entries) != 2 {
		t.Errorf("the other tab's scenario is gone from the index: %d scenarios", len(w.entries))
	}
}

// TestStoreProblems: a scenario of a newer app version is shown read-only
// and never written; one that does not read is reported and left alone;
// no storage at all is reported as unavailable.
func TestStoreProblems(t *testing.T) {
	kv := memoryKV{}
	st := newTabStore(kv)
	newer := strings.Replace(`{"rev":3,"doc":{"format":"klantwaarde/scenario","version":99,"title":"Later","future":1}}`, "\n", "", -1)
	kv[scenarioPrefix+"new"] = newer
	kv[scenarioPrefix+"bad"] = `{"rev":1,"doc":{"format":"x"}}`
	kv[indexKey] = `{"version":1,"scenarios":["new","bad"],"current":"new"}`

	w, problem := st.loadWorkspace()
	if problem != storageDamaged || len(w.entries) != 1 {
		t.Fatalf("problem %d with %d scenarios, want storageDamaged and the newer one", problem, len(w.entries))
	}
	e := w.cur()
	if !e.readOnly || e.scenario.Title != "Later" {
		t.Fatalf("read-only %v, title %q", e.readOnly, e.scenario.Title)
	}
	if err := st.saveEntry(e); err != nil || kv[scenarioPrefix+"new"] != newer {
		t.Errorf("a scenario of a newer version was written over: %v", err)
	}
	if kv[scenarioPrefix+"bad"] != `{"rev":1,"doc":{"format":"x"}}` {
		t.Error("a damaged scenario was changed")
	}

	if _, problem := (&store{kv: noStorage{}}).loadWorkspace(); problem != storageUnavailable {
		t.Errorf("without storage: problem %d, want storageUnavailable", problem)
	}
}

// noStorage is a browser that keeps nothing (private mode, blocked).
type noStorage struct{}

func (noStorage) Get(string) (string, bool, error)            { return "", false, errNoStorage }
func (noStorage) GetPrefix(string, int) (string, bool, error) { return "", false, errNoStorage }
func (noStorage) Set(string, string) error                    { return errNoStorage }
func (noStorage) Remove(string) error                         { return errNoStorage }
