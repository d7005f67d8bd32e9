package app

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
)

func kapsalon(t *testing.T) *calc.Scenario {
	t.Helper()
	return readScenario(t, "../calc/testdata/examples/kapsalon.klantwaarde.json")
}

// readScenario reads the scenario file f.
func readScenario(t *testing.T, f string) *calc.Scenario {
	t.Helper()
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	s, err := calc.DecodeBytes(data)
	if err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	return s
}

// roundTrip writes s as a file and reads it back, as autosave, export and
// share links do.
func roundTrip(t *testing.T, s *calc.Scenario) *calc.Scenario {
	t.Helper()
	data, err := calc.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	back, err := calc.DecodeBytes(data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	return back
}

// withoutLevels is s as one-level: every adequate and desired level gone.
func withoutLevels(s *calc.Scenario) *calc.Scenario {
	s = s.Clone()
	for i := range s.Segments {
		for id, q := range s.Segments[i].Quality {
			q.Adequate, q.Desired = nil, nil
			s.Segments[i].Quality[id] = q
		}
	}
	return s
}

func TestSwitchingLevelsKeepsEveryMark(t *testing.T) {
	orig := kapsalon(t)
	if !twoLevelMode(orig) {
		t.Fatal("a version-2 file opens in two-level mode")
	}
	s := orig.Clone()
	// Another tool's extension data is kept through it all.
	q := s.Segments[0].Quality["empathy"]
	q.X = calc.Extension(`{"note":"hi"}`)
	s.Segments[0].Quality["empathy"] = q

	setTwoLevelMode(s, false)
	if twoLevelMode(s) {
		t.Fatal("still in two-level mode after switching to one level")
	}
	if v := calc.FileVersion(s); v != calc.VersionOneLevel {
		t.Errorf("one-level mode writes version %d, want 1", v)
	}
	// One-level mode computes as one-level: as if the levels were never
	// typed (the weddings' one-level dimensions still count).
	if diff := cmp.Diff(calc.Compute(withoutLevels(orig)), calc.Compute(s)); diff != "" {
		t.Errorf("one-level mode does not compute as one-level (-want +got):\n%s", diff)
	}
	s = roundTrip(t, s)
	if twoLevelMode(s) {
		t.Fatal("two-level mode after a reload in one-level mode")
	}

	setTwoLevelMode(s, true)
	s = roundTrip(t, s)
	if !twoLevelMode(s) {
		t.Fatal("not in two-level mode after switching back and a reload")
	}
	for i := range orig.Segments {
		for id, want := range orig.Segments[i].Quality {
			got := s.Segments[i].Quality[id]
			if i == 0 && id == "empathy" {
				var x bytes.Buffer
				if json.Compact(&x, got.X) != nil || x.String() != `{"note":"hi"}` {
					t.Errorf("another tool's x became %s", got.X)
				}
				got.X = nil
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s %s after switching back and forth (-want +got):\n%s", orig.Segments[i].ID, id, diff)
			}
		}
	}
	if diff := cmp.Diff(calc.Compute(orig), calc.Compute(s)); diff != "" {
		t.Errorf("two-level mode computes otherwise than the file (-want +got):\n%s", diff)
	}
}

func TestTypingAPairOfLevels(t *testing.T) {
	s := calc.Example()
	id := s.Dimensions[0].ID
	rating := func() calc.QualityRating { return s.Segments[0].Quality[id] }
	set := func(adequate, desired *float64) {
		q := rating()
		setLevels(&q, adequate, desired)
		s.Segments[0].Quality[id] = q
		if err := calc.Validate(s); err != nil {
			t.Fatalf("the scenario no longer validates: %v", err)
		}
	}
	expected := rating().Expected
	setTwoLevelMode(s, true)
	if !twoLevelMode(s) || s.Segments[0].Quality[id].Adequate != nil {
		t.Fatal("switching an example without levels to two levels")
	}

	// The minimum alone is held, and the desired level's input says so.
	set(calc.Float(6), nil)
	if a, d := shownLevels(rating()); a == nil || *a != 6 || d != nil {
		t.Errorf("shown %v %v, want 6 and nothing", a, d)
	}
	if q := rating(); q.TwoLevel() {
		t.Error("half a pair is in effect")
	}
	if a, d := levelProblems(calc.Dutch, "Betrouwbaarheid", rating()); a != "" || d != "Vul voor Betrouwbaarheid ook het gewenste niveau in: een minimum en een gewenst niveau horen samen." {
		t.Errorf("problems %q %q", a, d)
	}
	// With the desired level the pair takes effect.
	set(calc.Float(6), calc.Float(8.5))
	if q := rating(); !q.TwoLevel() || *q.Adequate != 6 || *q.Desired != 8.5 || len(q.X) != 0 {
		t.Errorf("the pair is not in effect: %+v %s", q, q.X)
	}
	if a, d := levelProblems(calc.Dutch, "Betrouwbaarheid", rating()); a != "" || d != "" {
		t.Errorf("problems %q %q for a good pair", a, d)
	}
	// A minimum above the desired level keeps the last good pair in effect.
	set(calc.Float(9), calc.Float(8.5))
	if q := rating(); *q.Adequate != 6 || *q.Desired != 8.5 {
		t.Errorf("in effect %v–%v, want the last good pair 6–8,5", *q.Adequate, *q.Desired)
	}
	if a, d := levelProblems(calc.English, "Reliability", rating()); a != "The minimum for Reliability (9) is above the desired level (8.5); it may at most equal it. Until then the results use 6–8.5." || d != "" {
		t.Errorf("problems %q %q", a, d)
	}
	// What is typed survives switching back and forth and reloads.
	setTwoLevelMode(s, false)
	s = roundTrip(t, s)
	if q := rating(); q.Adequate != nil || q.Desired != nil || !sameNumber(q.Expected, expected) {
		t.Errorf("one-level mode: %+v", q)
	}
	setTwoLevelMode(s, true)
	s = roundTrip(t, s)
	if a, d := shownLevels(rating()); a == nil || d == nil || *a != 9 || *d != 8.5 {
		t.Errorf("shown %v %v after switching back, want 9 and 8,5", a, d)
	}
	if !sameNumber(rating().Expected, expected) {
		t.Errorf("the expected level changed")
	}
}

func TestSwitchingLevelsIsOneUndoStep(t *testing.T) {
	e := newEntry(kapsalon(t))
	before := e.scenario
	if !e.edit("", time.Time{}, func(s *calc.Scenario) { setTwoLevelMode(s, false) }) {
		t.Fatal("the switch was refused")
	}
	if twoLevelMode(e.scenario) {
		t.Fatal("no switch")
	}
	e.stepBack()
	if e.scenario != before || !twoLevelMode(e.scenario) {
		t.Error("undo does not bring two levels back")
	}
	e.stepForward()
	if twoLevelMode(e.scenario) || calc.FileVersion(e.scenario) != calc.VersionOneLevel {
		t.Error("redo does not switch to one level again")
	}
}

func TestLevelProblems(t *testing.T) {
	tests := []struct {
		name                      string
		q                         calc.QualityRating
		wantAdequate, wantDesired string
	}{
		{"in effect", calc.QualityRating{Adequate: calc.Float(6), Desired: calc.Float(8)}, "", ""},
		{"desired alone, nothing in effect", calc.QualityRating{X: writeX(nil, heldKey, heldLevels{Desired: calc.Float(8)})},
			"Fill in the minimum for Empathy too: a minimum and a desired level go together.", ""},
		{"minimum alone, a pair in effect", calc.QualityRating{Adequate: calc.Float(6), Desired: calc.Float(8), X: writeX(nil, heldKey, heldLevels{Adequate: calc.Float(7)})},
			"", "Fill in the desired level for Empathy too: a minimum and a desired level go together. Until then the results use 6–8."},
		{"minimum above desired", calc.QualityRating{X: writeX(nil, heldKey, heldLevels{calc.Float(8.5), calc.Float(7.5)})},
			"The minimum for Empathy (8.5) is above the desired level (7.5); it may at most equal it.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, d := levelProblems(calc.English, "Empathy", tt.q)
			if a != tt.wantAdequate || d != tt.wantDesired {
				t.Errorf("levelProblems = %q, %q; want %q, %q", a, d, tt.wantAdequate, tt.wantDesired)
			}
		})
	}
}

// TestPrintedQualityInputs checks that the printed report lists the
// levels the editor's table asks: the minimum and the desired level in
// two-level mode (with the expected level where a dimension of the
// segment has one: the weddings, not the regulars), the
// expected level in one-level mode.
func TestPrintedQualityInputs(t *testing.T) {
	s := kapsalon(t)
	html := printReport(s, calc.Compute(s), calc.Dutch, "", "")
	for _, want := range []string{`<th scope="col">Minimum</th><th scope="col">Gewenst</th><th scope="col">Verwacht</th>`, `<th scope="row">Betrouwbaarheid</th><td>5</td><td>7</td><td>8,5</td><td>8,5</td>`} {
		if !strings.Contains(html, want) {
			t.Errorf("the two-level report lacks %s", want)
		}
	}
	setTwoLevelMode(s, false)
	html = printReport(s, calc.Compute(s), calc.Dutch, "", "")
	if strings.Contains(html, `<th scope="col">Minimum</th>`) || !strings.Contains(html, `<th scope="col">Verwacht</th><th scope="col">Beleefd</th>`) {
		t.Error("the one-level report asks a minimum, or lacks the expected level")
	}
}
