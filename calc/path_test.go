package calc

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStepUpDown(t *testing.T) {
	tests := []struct {
		x, up, down float64
	}{
		{7.3, 7.5, 7},
		{7.5, 8, 7},
		{7, 7.5, 6.5},
		{7.75, 8, 7.5},
		{9.8, 10, 9.5},
		{10, 10, 9.5},
		{1, 1.5, 1},
		{1.2, 1.5, 1},
		// Off the scale (an invalid scenario): onto it in one step.
		{-1e6, 1, 1},
		{1e6, 10, 10},
	}
	for _, tt := range tests {
		if got := StepUp(tt.x); got != tt.up {
			t.Errorf("StepUp(%v) = %v, want %v", tt.x, got, tt.up)
		}
		if got := StepDown(tt.x); got != tt.down {
			t.Errorf("StepDown(%v) = %v, want %v", tt.x, got, tt.down)
		}
	}
}

// path is a path for the wanted results.
func path(points float64, steps ...Step) *Path { return &Path{Steps: steps, Points: points} }

func TestPathToAmbassador(t *testing.T) {
	// within is a quality rating that meets its expectation, so that a
	// test of the value phase needs no service phase.
	within := map[string]QualityRating{"reliability": quality(1, 7, 7)}
	tests := []struct {
		name      string
		tolerance float64 // 0 means the default
		seg       Segment
		want      *Path
	}{
		{"an ambassador has no path", 0, Segment{
			Benefits: map[string]Rating{"quality": rated(1, 8)}, Sacrifices: map[string]Rating{"price": rated(1, 5)}, Quality: within,
		}, nil},
		{"no verdict, no path", 0, Segment{
			Benefits: map[string]Rating{"quality": rated(1, 5)}, Sacrifices: map[string]Rating{"price": rated(1, 8)},
		}, nil},
		{"a benefit off the grid: 7.3 → 7.5; at equal impact the benefit before the sacrifice", 0, Segment{
			Benefits: map[string]Rating{"quality": rated(1, 7.3)}, Sacrifices: map[string]Rating{"price": rated(1, 7.4)}, Quality: within,
		}, path(0.2, Step{BenefitStep, "quality", 7.3, 7.5})},
		{"a sacrifice off the grid: 7.3 → 7 → 6.5", 0, Segment{
			Benefits:   map[string]Rating{"quality": rated(1, 7), "advice": rated(1, 7)},
			Sacrifices: map[string]Rating{"price": rated(3, 7.3), "waiting": rated(1, 7.3)}, // price's impact 0.75 leads
			Quality:    within,
		}, path(0.8, Step{SacrificeStep, "price", 7.3, 6.5})}, // V = −0.3, −0.075, then 0.3
		{"V = 0 is not enough: one step more", 0, Segment{
			Benefits: map[string]Rating{"quality": rated(1, 6)}, Sacrifices: map[string]Rating{"price": rated(1, 6)}, Quality: within,
		}, path(0.5, Step{BenefitStep, "quality", 6, 6.5})},
		{"a mark at its end is no lever; one that reaches its end hands over to the next", 0, Segment{
			Benefits:   map[string]Rating{"quality": rated(3, 9), "advice": rated(1, 1), "repair": rated(2, 10)},
			Sacrifices: map[string]Rating{"price": rated(1, 10), "waiting": rated(1, 10), "hassle": rated(2, 10)},
			Quality:    within,
		}, path(4.5, // lever order: quality 0.5 (a benefit first), hassle 0.5, price, waiting, advice; repair is at 10
			Step{BenefitStep, "quality", 9, 10},    // B = 8 → 8.5 at its end; V = −1.5
			Step{SacrificeStep, "hassle", 10, 6.5}, // S = 5 + hassle / 2 < 8.5 first at 6.5
		)},
		{"at equal impact and kind, by id", 0, Segment{
			Benefits:   map[string]Rating{"speed": rated(1, 5), "advice": rated(1, 5)},
			Sacrifices: map[string]Rating{"price": rated(1, 5.5), "waiting": rated(1, 5.5)},
			Quality:    within,
		}, path(1.5, Step{BenefitStep, "advice", 5, 6.5})}, // all impacts 0.5: advice, speed, price, waiting; B = 5.25, 5.5, 5.75
		{"weight 0 never moves", 0, Segment{
			Benefits:   map[string]Rating{"quality": rated(0, 1), "advice": rated(1, 5)},
			Sacrifices: map[string]Rating{"price": rated(1, 5.5), "hassle": rated(0, 10)},
			Quality:    map[string]QualityRating{"reliability": quality(1, 7, 7), "empathy": twoLevel(0, 9, 10, 1)},
		}, path(1, Step{BenefitStep, "advice", 5, 6})},
		{"value and service: the value first, then the pain point until within", 0, Segment{
			Benefits: map[string]Rating{"quality": rated(1, 6)}, Sacrifices: map[string]Rating{"price": rated(1, 6)},
			Quality: map[string]QualityRating{"reliability": quality(1, 8, 6)}, // g = −2: Aq = −1.5
		}, path(2, Step{BenefitStep, "quality", 6, 6.5}, Step{QualityStep, "reliability", 6, 7.5})},
		{"a two-level pain point up to its floor; stops as soon as Aq ≥ 0", 0, Segment{
			Benefits: map[string]Rating{"quality": rated(1, 8)}, Sacrifices: map[string]Rating{"price": rated(1, 5)},
			Quality: map[string]QualityRating{
				"reliability": twoLevel(1, 7, 9, 5.2), // a = −1.8: the worst u·a
				"empathy":     twoLevel(3, 6, 7, 5.5), // a = −0.5, u·a = −1.5
				"tangibles":   twoLevel(1, 5, 7, 5.5), // a = 0.5
			},
		}, path(2.3, // Aq = −0.56; −0.2 with reliability at its floor; 0.1 with empathy at 6
			Step{QualityStep, "reliability", 5.2, 7}, Step{QualityStep, "empathy", 5.5, 6})},
		{"a pain point's off-grid experience: 5.2 → 5.5 and Aq is met", 0, Segment{
			Benefits: map[string]Rating{"quality": rated(1, 8)}, Sacrifices: map[string]Rating{"price": rated(1, 5)},
			Quality: map[string]QualityRating{
				"reliability": twoLevel(1, 7, 9, 5.2), // a = −1.8
				"tangibles":   twoLevel(1, 5, 7, 6.5), // a = 1.5
			},
		}, path(0.2999999999999998, Step{QualityStep, "reliability", 5.2, 5.5})},
		{
			// Both below by u·a = 0.4·(−2): empathy first by id, up to the
			// zone; then reliability. G + tol is then −2.2e−16 by rounding,
			// so the second phase raises the heaviest dimension, a tie
			// that empathy wins by id again: one step from 6.5 to 9.
			"ties in both service phases; a mark moved in both is one step", 1.5, Segment{
				Benefits: map[string]Rating{"quality": rated(1, 8)}, Sacrifices: map[string]Rating{"price": rated(1, 5)},
				Quality: map[string]QualityRating{"reliability": quality(0.4, 7, 3.5), "empathy": quality(0.4, 10, 6.5)},
			}, path(4.5, Step{QualityStep, "empathy", 6.5, 9}, Step{QualityStep, "reliability", 3.5, 5.5})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testScenario(tt.seg)
			if tt.tolerance != 0 {
				s.Settings.Tolerance = tt.tolerance
			}
			got := Compute(s).Segments[0].ToAmbassador
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("path (-want +got):\n%s", diff)
			}
			checkPath(t, s, 0)
		})
	}
}

// checkPath applies the path of segment i and computes again: the segment
// must then be an ambassador, every step must move its mark the right way
// to the half-point grid or its end, and the points must add up.
func checkPath(t *testing.T, s *Scenario, i int) {
	t.Helper()
	r := Compute(s).Segments[i]
	if r.Verdict == NoVerdict || r.Verdict == Ambassador {
		if r.ToAmbassador != nil {
			t.Fatalf("%s has a path: %v", r.Verdict, r.ToAmbassador)
		}
		return
	}
	p := r.ToAmbassador
	if p == nil || len(p.Steps) == 0 {
		t.Fatalf("a %s has no path", r.Verdict)
	}
	plan := s.Clone()
	sg := &plan.Segments[i]
	points := 0.0
	for _, st := range p.Steps {
		onGrid := st.To == math.Round(st.To*2)/2
		up := st.To > st.From
		switch {
		case !onGrid:
			t.Errorf("step %v ends off the half-point grid", st)
		case st.Kind == SacrificeStep && up, st.Kind != SacrificeStep && !up:
			t.Errorf("step %v moves the wrong way", st)
		case st.To < MinRating || st.To > MaxRating:
			t.Errorf("step %v leaves the scale", st)
		}
		points += math.Abs(st.To - st.From)
		switch st.Kind {
		case BenefitStep:
			sg.Benefits[st.ID] = Rating{Weight: sg.Benefits[st.ID].Weight, Score: Float(st.To)}
		case SacrificeStep:
			sg.Sacrifices[st.ID] = Rating{Weight: sg.Sacrifices[st.ID].Weight, Score: Float(st.To)}
		case QualityStep:
			q := sg.Quality[st.ID]
			if *q.Experienced != st.From {
				t.Errorf("step %v starts from %v", st, *q.Experienced)
			}
			q.Experienced = Float(st.To)
			sg.Quality[st.ID] = q
		}
	}
	if points != p.Points {
		t.Errorf("points %v, the steps add up to %v", p.Points, points)
	}
	if after := Compute(plan).Segments[i]; after.Verdict != Ambassador {
		t.Errorf("after the path %v the segment is %s (value %v, adequacy %v)", p, after.Verdict, *after.Value, *after.Adequacy)
	}
}

// TestPathProperty applies the path of random valid segments: every
// non-ambassador with a verdict becomes an ambassador.
func TestPathProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 2026))
	mark := func() *float64 {
		if r.IntN(3) == 0 {
			return Float(1 + float64(r.IntN(91))/10) // off the grid too
		}
		return Float(1 + float64(r.IntN(19))/2)
	}
	weight := func() *float64 {
		switch r.IntN(6) {
		case 0:
			return Float(0)
		case 1:
			return nil
		}
		return Float(float64(r.IntN(50)) / 10)
	}
	paths := 0
	for n := range 3000 {
		s := testScenario()
		s.Settings.Tolerance = float64(r.IntN(31)) / 10
		sg := Segment{ID: "s", Name: "S", Benefits: map[string]Rating{}, Sacrifices: map[string]Rating{}, Quality: map[string]QualityRating{}}
		for _, c := range s.Benefits {
			sg.Benefits[c.ID] = Rating{Weight: weight(), Score: mark()}
		}
		for _, c := range s.Sacrifices {
			sg.Sacrifices[c.ID] = Rating{Weight: weight(), Score: mark()}
		}
		for _, c := range s.Dimensions {
			q := QualityRating{Weight: weight(), Experienced: mark()}
			if r.IntN(2) == 0 {
				q.Expected = mark()
			}
			if r.IntN(2) == 0 {
				a, d := *mark(), *mark()
				q.Adequate, q.Desired = Float(min(a, d)), Float(max(a, d))
			}
			sg.Quality[c.ID] = q
		}
		s.Segments = []Segment{sg}
		if err := Validate(s); err != nil {
			t.Fatalf("scenario %d: %v", n, err)
		}
		if Compute(s).Segments[0].ToAmbassador != nil {
			paths++
		}
		checkPath(t, s, 0)
		if t.Failed() {
			t.Fatalf("scenario %d: %+v", n, sg)
		}
	}
	if paths < 1000 {
		t.Errorf("only %d of 3000 random segments had a path: the test hardly tests", paths)
	}
}
