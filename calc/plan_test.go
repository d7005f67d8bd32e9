package calc

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestApplyPath applies the path of every segment of the examples to a
// copy: the segment becomes an ambassador, no other mark or segment
// changes, and the scenario it was copied from stays as it was.
func TestApplyPath(t *testing.T) {
	paths := 0
	for _, s := range append(exampleScenarios(t), Example()) {
		before := s.Clone()
		rep := Compute(s)
		for i, sr := range rep.Segments {
			if sr.ToAmbassador == nil {
				continue
			}
			paths++
			plan := s.Clone()
			sr.ToAmbassador.Apply(&plan.Segments[i])
			after := Compute(plan)
			if v := after.Segments[i].Verdict; v != Ambassador {
				t.Errorf("%s, %s: after its path %v the segment is %s", s.Title, sr.ID, sr.ToAmbassador, v)
			}
			if after.Segments[i].ToAmbassador != nil {
				t.Errorf("%s, %s: still a path after the path: %v", s.Title, sr.ID, after.Segments[i].ToAmbassador)
			}
			for j := range plan.Segments {
				if j != i {
					if diff := cmp.Diff(s.Segments[j], plan.Segments[j]); diff != "" {
						t.Errorf("%s: segment %s changed with %s's path (-before +after):\n%s", s.Title, s.Segments[j].ID, sr.ID, diff)
					}
				}
			}
			undo := plan.Clone()
			for _, st := range sr.ToAmbassador.Steps {
				(&Path{Steps: []Step{{Kind: st.Kind, ID: st.ID, From: st.To, To: st.From}}}).Apply(&undo.Segments[i])
			}
			if diff := cmp.Diff(s, undo); diff != "" {
				t.Errorf("%s, %s: the path moved more than its steps (-before +path undone):\n%s", s.Title, sr.ID, diff)
			}
		}
		if diff := cmp.Diff(before, s); diff != "" {
			t.Errorf("%s changed while its paths were applied to copies (-before +after):\n%s", s.Title, diff)
		}
	}
	if paths < 3 {
		t.Errorf("the examples have %d paths: the test hardly tests", paths)
	}
}

// TestApplyPathUnratedMark leaves a step for a mark the segment does not
// rate out, rather than adding a rating.
func TestApplyPathUnratedMark(t *testing.T) {
	sg := Segment{Benefits: map[string]Rating{"quality": rated(1, 6)}}
	(&Path{Steps: []Step{
		{Kind: BenefitStep, ID: "quality", From: 6, To: 7},
		{Kind: BenefitStep, ID: "advice", From: 6, To: 7},
		{Kind: SacrificeStep, ID: "price", From: 6, To: 5},
		{Kind: QualityStep, ID: "tangibles", From: 6, To: 7},
	}}).Apply(&sg)
	want := Segment{Benefits: map[string]Rating{"quality": rated(1, 7)}}
	if diff := cmp.Diff(want, sg); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var none *Path
	none.Apply(&sg) // no path: nothing to do, no panic
}

func TestHalfSteps(t *testing.T) {
	tests := []struct {
		name     string
		from, to float64
		want     int
	}{
		{"up on the grid", 5, 5.5, 1},
		{"down on the grid: 7 → 6.5 → 6 → 5.5", 7, 5.5, 3},
		{"up off the grid: 7.3 → 7.5 → 8", 7.3, 8, 2},
		{"down off the grid: 7.3 → 7 → 6.5", 7.3, 6.5, 2},
		{"up to the end", 9.5, 10, 1},
		{"down to the end", 2, 1, 2},
		{"off the grid, one short step", 7.3, 7.5, 1},
		{"no move", 6, 6, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (Step{From: tt.from, To: tt.to}).HalfSteps(); got != tt.want {
				t.Errorf("HalfSteps(%v → %v) = %d, want %d", tt.from, tt.to, got, tt.want)
			}
		})
	}
	p := &Path{Steps: []Step{{From: 7, To: 5.5}, {From: 7.3, To: 8}}}
	if got := p.HalfSteps(); got != 5 {
		t.Errorf("a path of 3 and 2 half steps: HalfSteps() = %d, want 5", got)
	}
	var none *Path
	if got := none.HalfSteps(); got != 0 {
		t.Errorf("no path: HalfSteps() = %d, want 0", got)
	}
}
