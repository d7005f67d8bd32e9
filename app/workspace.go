package app

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/klantwaarde/klantwaarde/calc"
)

// maxUndo bounds the undo history of a scenario.
const maxUndo = 200

// coalesceWindow is how long consecutive edits of one field count as one
// undo step, so that typing "7,5" is undone at once and not per key.
const coalesceWindow = 1500 * time.Millisecond

// workspace is everything the user keeps: the scenarios and which one is on
// screen. It is plain Go, with no browser in it, so that its rules are
// tested natively; storeworkspace.go persists it.
type workspace struct {
	entries []*entry
	current int
}

// entry is one kept scenario with its own undo history.
type entry struct {
	id       string // storage id, stable for the scenario's life
	scenario *calc.Scenario
	report   calc.Report
	rev      int  // how many times it was saved; detects other tabs' writes
	readOnly bool // written by a newer version of the app: never overwritten
	unsaved  bool // typed changes wait for a pause in typing (saving.go)

	undo, redo []*calc.Scenario
	lastKey    string
	lastAt     time.Time
}

func newEntry(s *calc.Scenario) *entry {
	return &entry{id: newID(), scenario: s, report: calc.Compute(s)}
}

// newID returns a storage id that two tabs will not both make.
func newID() string {
	return "s" + strconv.FormatInt(time.Now().UnixMilli(), 36) + strconv.FormatUint(rand.Uint64()%(36*36*36*36), 36)
}

// cur returns the scenario on screen.
func (w *workspace) cur() *entry {
	if len(w.entries) == 0 {
		w.entries = []*entry{newEntry(calc.Example())}
		w.current = 0
	}
	if w.current < 0 || w.current >= len(w.entries) {
		w.current = 0
	}
	return w.entries[w.current]
}

// add appends a scenario and shows it.
func (w *workspace) add(s *calc.Scenario) *entry {
	e := newEntry(s)
	w.entries = append(w.entries, e)
	w.current = len(w.entries) - 1
	return e
}

// remove deletes the scenario at i and returns it with its position, for
// undoing the deletion. The last scenario cannot be removed: the app always
// shows one.
func (w *workspace) remove(i int) (*entry, bool) {
	if len(w.entries) <= 1 || i < 0 || i >= len(w.entries) {
		return nil, false
	}
	e := w.entries[i]
	w.entries = append(w.entries[:i], w.entries[i+1:]...)
	if w.current >= i && w.current > 0 {
		w.current--
	}
	return e, true
}

// restore puts a removed scenario back at position i and shows it.
func (w *workspace) restore(e *entry, i int) {
	i = min(max(i, 0), len(w.entries))
	w.entries = append(w.entries[:i], append([]*entry{e}, w.entries[i:]...)...)
	w.current = i
}

// find returns the index of the entry with the given storage id, or -1.
func (w *workspace) find(id string) int {
	for i, e := range w.entries {
		if e.id == id {
			return i
		}
	}
	return -1
}

// edit changes the scenario on screen through fn and recomputes its report.
// Edits with the same non-empty key within coalesceWindow form one undo
// step. The change is made to a copy that then replaces the scenario, so a
// scenario once shown is never changed under a component's feet (go-app
// compares a component's fields to decide whether to draw it again). It
// reports false, changing nothing, for a read-only scenario or an edit
// that would make the scenario invalid.
func (e *entry) edit(key string, now time.Time, fn func(*calc.Scenario)) bool {
	if e.readOnly {
		return false
	}
	next := e.scenario.Clone()
	fn(next)
	return e.commit(key, now, next)
}

// editSegment is edit for a change to one segment, found by id, as typing
// a score is. Only that segment is copied: the others are shared with the
// scenario before, which is safe because a scenario once shown is never
// changed. At 50 segments, copying them all was most of a keystroke.
func (e *entry) editSegment(key string, now time.Time, id string, fn func(*calc.Segment)) bool {
	i := slices.IndexFunc(e.scenario.Segments, func(sg calc.Segment) bool { return sg.ID == id })
	if e.readOnly || i < 0 {
		return false
	}
	next := *e.scenario
	next.Segments = slices.Clone(e.scenario.Segments)
	next.Segments[i] = e.scenario.Segments[i].Clone()
	fn(&next.Segments[i])
	return e.commit(key, now, &next)
}

// commit puts next on screen as the result of an edit: it keeps the
// scenario before for undo and computes the report.
func (e *entry) commit(key string, now time.Time, next *calc.Scenario) bool {
	// The inputs only pass valid values, and this keeps it so: a scenario
	// that would not validate could not be read back from storage.
	if calc.Validate(next) != nil {
		return false
	}
	if key == "" || key != e.lastKey || now.Sub(e.lastAt) > coalesceWindow {
		e.undo = append(e.undo, e.scenario)
		if len(e.undo) > maxUndo {
			e.undo = e.undo[1:]
		}
	}
	e.lastKey, e.lastAt = key, now
	e.redo = nil
	e.scenario = next
	e.report = calc.Compute(next)
	return true
}

// replace swaps in a whole scenario (for example the means of a workshop)
// as one undo step.
func (e *entry) replace(s *calc.Scenario) bool {
	return e.edit("", time.Time{}, func(cur *calc.Scenario) { *cur = *s.Clone() })
}

func (e *entry) canUndo() bool { return len(e.undo) > 0 && !e.readOnly }
func (e *entry) canRedo() bool { return len(e.redo) > 0 && !e.readOnly }

// stepBack undoes the last edit step; stepForward redoes it.
func (e *entry) stepBack() bool    { return e.step(&e.undo, &e.redo) }
func (e *entry) stepForward() bool { return e.step(&e.redo, &e.undo) }

func (e *entry) step(from, to *[]*calc.Scenario) bool {
	if len(*from) == 0 || e.readOnly {
		return false
	}
	last := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, e.scenario)
	e.scenario = last
	e.report = calc.Compute(e.scenario)
	e.lastKey = ""
	return true
}
