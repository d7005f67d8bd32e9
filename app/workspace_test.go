package app

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
)

func setScore(v float64) func(*calc.Scenario) {
	return func(s *calc.Scenario) {
		r := s.Segments[0].Benefits["quality"]
		r.Score = calc.Float(v)
		s.Segments[0].Benefits["quality"] = r
	}
}

func score(e *entry) float64 { return *e.scenario.Segments[0].Benefits["quality"].Score }

func TestUndoRedoAndCoalescing(t *testing.T) {
	e := newEntry(calc.Example())
	t0 := time.Unix(0, 0)
	// Typing "7,5" in one field: three edits in quick succession, one step.
	e.edit("quality", t0, setScore(7))
	e.edit("quality", t0.Add(300*time.Millisecond), setScore(7.5))
	e.edit("other", t0.Add(400*time.Millisecond), func(s *calc.Scenario) { s.Title = "x" })
	if len(e.undo) != 2 {
		t.Fatalf("%d undo steps, want 2 (typing in one field coalesces)", len(e.undo))
	}
	// After a pause the same field starts a new step.
	e.edit("quality", t0.Add(5*time.Second), setScore(6))
	if len(e.undo) != 3 {
		t.Fatalf("%d undo steps after a pause, want 3", len(e.undo))
	}
	e.stepBack()
	e.stepBack()
	if score(e) != 7.5 || e.scenario.Title != calc.Example().Title {
		t.Errorf("after two undos: score %v title %q", score(e), e.scenario.Title)
	}
	e.stepBack()
	if score(e) != 8 {
		t.Errorf("after three undos: score %v, want the original 8", score(e))
	}
	if e.stepBack() {
		t.Error("undo past the beginning reported success")
	}
	e.stepForward()
	if score(e) != 7.5 {
		t.Errorf("redo: score %v, want 7.5", score(e))
	}
	if diff := cmp.Diff(calc.Compute(e.scenario), e.report); diff != "" {
		t.Errorf("report out of date after redo (-want +got):\n%s", diff)
	}
	e.edit("quality", t0.Add(10*time.Second), setScore(9))
	if e.canRedo() {
		t.Error("an edit after undo must clear redo")
	}
}

func TestEditKeepsScenarioValid(t *testing.T) {
	e := newEntry(calc.Example())
	before := e.scenario
	if e.edit("quality", time.Now(), setScore(11)) {
		t.Fatal("an edit to an invalid scenario was applied")
	}
	if e.scenario != before || len(e.undo) != 0 {
		t.Error("a refused edit changed the scenario or the history")
	}
	e.readOnly = true
	if e.edit("quality", time.Now(), setScore(7)) {
		t.Error("a read-only scenario was edited")
	}
}

func TestEditNeverChangesAShownScenario(t *testing.T) {
	e := newEntry(calc.Example())
	shown := e.scenario
	e.edit("quality", time.Now(), setScore(6))
	if *shown.Segments[0].Benefits["quality"].Score != 8 {
		t.Error("the edit changed the scenario object components hold")
	}
}

// TestEditSegmentCopiesOnlyThatSegment edits one segment: the scenario
// shown before is unchanged (undo gives it back whole), the segment edited
// is a copy, and the others are shared.
func TestEditSegmentCopiesOnlyThatSegment(t *testing.T) {
	e := newEntry(calc.Example())
	shown := e.scenario
	want := shown.Clone()
	id := shown.Segments[0].ID
	ok := e.editSegment("quality", time.Now(), id, func(sg *calc.Segment) {
		r := sg.Benefits["quality"]
		r.Score = calc.Float(6)
		sg.Benefits["quality"] = r
		delete(sg.Sacrifices, "price")
	})
	if !ok {
		t.Fatal("the edit was refused")
	}
	if diff := cmp.Diff(want, shown); diff != "" {
		t.Errorf("the edit changed the scenario shown before (-before +after):\n%s", diff)
	}
	if score(e) != 6 || e.scenario.Segments[0].Sacrifices["price"].Score != nil {
		t.Error("the edit did not reach the new scenario")
	}
	if *e.report.Segments[0].Value == *calc.Compute(shown).Segments[0].Value {
		t.Error("the report was not computed again")
	}
	for i := 1; i < len(shown.Segments); i++ {
		if fmt.Sprintf("%p", e.scenario.Segments[i].Benefits) != fmt.Sprintf("%p", shown.Segments[i].Benefits) {
			t.Errorf("segment %d was copied; only the edited one needs to be", i)
		}
	}
	if !e.stepBack() || e.scenario != shown {
		t.Error("undo does not give back the scenario shown before")
	}
	if e.editSegment("x", time.Now(), "no-such-segment", func(*calc.Segment) {}) {
		t.Error("an edit of a segment that is not there was applied")
	}
	if e.editSegment("quality", time.Now(), id, func(sg *calc.Segment) {
		r := sg.Benefits["quality"]
		r.Score = calc.Float(11)
		sg.Benefits["quality"] = r
	}) || e.scenario != shown {
		t.Error("an edit of a segment to an invalid value was applied")
	}
}

func TestRemoveAndRestore(t *testing.T) {
	w := &workspace{}
	a := w.add(calc.Example())
	b := w.add(blankScenario(calc.English))
	if _, ok := (&workspace{entries: []*entry{a}}).remove(0); ok {
		t.Error("the last scenario was removed")
	}
	removed, ok := w.remove(1)
	if !ok || removed != b || len(w.entries) != 1 || w.cur() != a {
		t.Fatalf("remove: %v %v %d", ok, removed == b, len(w.entries))
	}
	w.restore(removed, 1)
	if w.cur() != b || len(w.entries) != 2 {
		t.Error("restore did not bring the scenario back on screen")
	}
}

func TestBlankScenarioIsValid(t *testing.T) {
	for _, l := range []calc.Locale{calc.Dutch, calc.English} {
		if err := calc.Validate(blankScenario(l)); err != nil {
			t.Errorf("%s: %v", l, err)
		}
	}
}

// TestGuardKeepsTheAppAlive: a panic in a handler, as Root gives it to
// its children, becomes an error notice, and an edit that panics halfway
// leaves the scenario as it was.
func TestGuardKeepsTheAppAlive(t *testing.T) {
	r := &Root{locale: calc.English, ws: &workspace{}}
	before := r.ws.cur().scenario
	r.stable().edits.edit(nil, "quality", func(s *calc.Scenario) {
		s.Title = "half done"
		panic("a bug")
	})
	if r.notes.current.kind != "error" {
		t.Errorf("notice %q, want error", r.notes.current.kind)
	}
	if r.ws.cur().scenario != before || before.Title == "half done" {
		t.Error("a panicking edit changed the scenario")
	}
}

func TestFileName(t *testing.T) {
	tests := map[string]string{
		"Fietsenwinkel De Spaak": "fietsenwinkel-de-spaak",
		"  <img src=x>/..\\ ":    "img-src-x",
		"":                       "scenario",
		"Café ‘t Hoekje":         "café-t-hoekje",
	}
	for in, want := range tests {
		if got := fileName(in); got != want {
			t.Errorf("fileName(%q) = %q, want %q", in, got, want)
		}
	}
}
