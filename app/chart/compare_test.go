package chart

import (
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// TestCompareQuadrant draws the example against a plan that moves the
// commuters, drops the tourists and adds a hostile name: the SVG passes the
// safety checks, points an arrow at each segment that moved, and names
// every segment.
func TestCompareQuadrant(t *testing.T) {
	now := calc.Example()
	plan := now.Clone()
	q := plan.Segments[0].Quality["reliability"]
	q.Experienced = calc.Float(10)
	plan.Segments[0].Quality["reliability"] = q
	added := plan.Segments[0].Clone()
	added.ID, added.Name = "new", `<img src=x onerror=alert(1)>`
	plan.Segments = append(plan.Segments[:len(plan.Segments)-1], added)
	c := calc.Compare(calc.Compute(now), calc.Compute(plan))
	cl := CompareLabels{Title: "Now and plan", Desc: "Arrows", Now: "Now", Plan: "Plan"}
	ch := CompareQuadrant(c, plan.Settings.Tolerance, CompareNarrow, calc.English, testLabels[calc.English], cl)
	text := checkSVG(t, ch.SVG)
	if strings.Contains(ch.SVG, "<img") {
		t.Error("the SVG contains the markup <img")
	}
	moved := 0
	for _, s := range c.Segments {
		if s.Presence == calc.InBoth && (*s.Value.Diff != 0 || *s.Gap.Diff != 0) {
			moved++
		}
	}
	if got := strings.Count(ch.SVG, `<path d="M`) - 1; got != moved || moved == 0 {
		t.Errorf("%d arrows, want one per segment that moved (%d)", got, moved)
	}
	if !strings.Contains(text, added.Name) {
		t.Errorf("the added segment's name %q is not in the chart", added.Name)
	}
	for _, s := range c.Segments {
		if !strings.Contains(text, s.Name) {
			t.Errorf("segment %q is not named in the chart", s.Name)
		}
	}

	empty := CompareQuadrant(calc.Compare(calc.Report{}, calc.Report{}), 0.5, CompareWide, calc.Dutch, testLabels[calc.Dutch], cl)
	if text := checkSVG(t, empty.SVG); !strings.Contains(text, testLabels[calc.Dutch].NoData) {
		t.Errorf("an empty comparison does not say %q: %s", testLabels[calc.Dutch].NoData, text)
	}
}
