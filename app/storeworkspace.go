package app

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/klantwaarde/klantwaarde/calc"
)

// How the workspace is kept in a key-value store (kv.go): each scenario
// under its own key in the scenario file format (SPEC §4) with a revision
// number, and an index that lists them. The revision is what keeps two tabs
// from overwriting each other's work: a tab saves only over the revision
// it read. A failing store never stops the app, it only makes it warn.

const (
	indexKey       = "klantwaarde.index"
	scenarioPrefix = "klantwaarde.scenario."
	localeKey      = "klantwaarde.locale"
	indexVersion   = 1
)

// storedIndex lists the kept scenarios.
type storedIndex struct {
	Version   int      `json:"version"`
	Scenarios []string `json:"scenarios"`
	Current   string   `json:"current"`
}

// storedScenario is one kept scenario: its revision and its document.
type storedScenario struct {
	Rev int             `json:"rev"`
	Doc json.RawMessage `json:"doc"`
}

// storageProblem describes what went wrong when loading the workspace.
type storageProblem int

const (
	storageFine        storageProblem = iota
	storageUnavailable                // nothing can be kept: warn to export
	storageNewer                      // a scenario from a newer app version
	storageDamaged                    // a kept scenario could not be read
)

// loadWorkspace reads the kept scenarios. Scenarios that cannot be read are
// left in storage untouched (never overwritten), and reported.
func (st *store) loadWorkspace() (*workspace, storageProblem) {
	raw, ok, err := st.kv.Get(indexKey)
	if err != nil {
		return &workspace{}, storageUnavailable
	}
	var idx storedIndex
	if !ok || json.Unmarshal([]byte(raw), &idx) != nil {
		return &workspace{}, storageFine
	}
	w := &workspace{}
	problem := storageFine
	for _, id := range idx.Scenarios {
		e, p := st.loadEntry(id)
		if e == nil {
			problem = max(problem, p)
			continue
		}
		problem = max(problem, p)
		w.entries = append(w.entries, e)
		if id == idx.Current {
			w.current = len(w.entries) - 1
		}
	}
	return w, problem
}

// loadEntry reads one kept scenario.
func (st *store) loadEntry(id string) (*entry, storageProblem) {
	raw, ok, err := st.kv.Get(scenarioPrefix + id)
	if err != nil || !ok {
		return nil, storageDamaged
	}
	var kept storedScenario
	if err := json.Unmarshal([]byte(raw), &kept); err != nil {
		return nil, storageDamaged
	}
	s, err := calc.DecodeBytes(kept.Doc)
	if errors.Is(err, calc.ErrNewerVersion) {
		// Shown as far as this version understands it, and never saved:
		// saving would rewrite it in this version's older form.
		if s, err = calc.DecodeNewer(kept.Doc); err != nil {
			return nil, storageNewer
		}
		e := newEntry(s)
		e.id, e.rev, e.readOnly = id, kept.Rev, true
		return e, storageNewer
	}
	if err != nil {
		return nil, storageDamaged
	}
	e := newEntry(s)
	e.id, e.rev = id, kept.Rev
	return e, storageFine
}

// storedRev returns the revision another tab may have written, or -1. It
// reads only the start of the stored text, {"rev":N, which is all it needs:
// the app checks it before every save, and copying and parsing a whole
// large scenario each time would cost more than the save itself. Whether
// the rest is a readable scenario is for loadEntry to find out.
func (st *store) storedRev(id string) int {
	raw, ok, err := st.kv.GetPrefix(scenarioPrefix+id, revPrefixLen)
	if err != nil || !ok {
		return -1
	}
	dec := json.NewDecoder(strings.NewReader(raw))
	var rev int
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return -1
	}
	if tok, err := dec.Token(); err != nil || tok != "rev" {
		return -1
	}
	if dec.Decode(&rev) != nil {
		return -1
	}
	return rev
}

// revPrefixLen is enough of a stored scenario to read its revision.
const revPrefixLen = 64

// saveEntry writes a scenario with the next revision. It refuses with
// errConflict when another tab wrote a newer revision since this tab
// read it, so that neither tab's work is overwritten silently.
func (st *store) saveEntry(e *entry) error {
	if e.readOnly {
		return nil
	}
	if stored := st.storedRev(e.id); stored > e.rev {
		return errConflict
	}
	doc, err := calc.EncodeCompact(e.scenario)
	if err != nil {
		return err
	}
	// storedScenario by hand: json.Marshal would check and copy the
	// document once more.
	data := make([]byte, 0, len(doc)+32)
	data = append(data, `{"rev":`...)
	data = strconv.AppendInt(data, int64(e.rev+1), 10)
	data = append(data, `,"doc":`...)
	data = append(append(data, doc...), '}')
	if err := st.kv.Set(scenarioPrefix+e.id, string(data)); err != nil {
		return err
	}
	e.rev++
	return nil
}

// errConflict means another tab saved the same scenario in the meantime.
var errConflict = errors.New("changed in another tab")

// saveIndex writes the list of scenarios and the one on screen. Ids that
// another tab added meanwhile are kept in the list.
func (st *store) saveIndex(w *workspace) error {
	idx := storedIndex{Version: indexVersion, Current: w.cur().id}
	seen := map[string]bool{}
	for _, e := range w.entries {
		idx.Scenarios = append(idx.Scenarios, e.id)
		seen[e.id] = true
	}
	if raw, ok, err := st.kv.Get(indexKey); err == nil && ok {
		var other storedIndex
		if json.Unmarshal([]byte(raw), &other) == nil {
			for _, id := range other.Scenarios {
				if !seen[id] && st.storedRev(id) >= 0 {
					idx.Scenarios = append(idx.Scenarios, id)
				}
			}
		}
	}
	data, err := json.Marshal(idx)
	if err != nil {
		return err
	}
	return st.kv.Set(indexKey, string(data))
}

// forgetEntry removes a deleted scenario from storage and from the index.
func (st *store) forgetEntry(w *workspace, id string) error {
	if err := st.kv.Remove(scenarioPrefix + id); err != nil {
		return err
	}
	return st.saveIndex(w)
}

// savedLocale returns the language the user chose, if any.
func (st *store) savedLocale() (calc.Locale, bool) {
	v, ok, err := st.kv.Get(localeKey)
	if err != nil || !ok || (v != string(calc.Dutch) && v != string(calc.English)) {
		return "", false
	}
	return calc.Locale(v), true
}

func (st *store) saveLocale(l calc.Locale) error { return st.kv.Set(localeKey, string(l)) }
