package calc

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The model of SPEC §3.1 and §3.4 written again the plain way, straight
// from the text, with maps and sorting instead of Compute's stacks and
// buffers: a reference that Compute's faster code must agree with.

type refSegment struct {
	s   *Scenario
	sg  Segment // a copy whose marks the path changes
	tol float64
}

func (r *refSegment) mean(criteria []Criterion, ratings map[string]Rating) (float64, bool) {
	sum, weights := 0.0, 0.0
	for _, c := range criteria {
		rt, ok := ratings[c.ID]
		if !ok || rt.Score == nil || weightOf(rt.Weight) <= 0 {
			continue
		}
		sum += weightOf(rt.Weight) * *rt.Score
		weights += weightOf(rt.Weight)
	}
	return sum / weights, weights > 0
}

func (r *refSegment) value() (float64, bool) {
	b, okB := r.mean(r.s.Benefits, r.sg.Benefits)
	s, okS := r.mean(r.s.Sacrifices, r.sg.Sacrifices)
	return b - s, okB && okS
}

// dim returns status, a_d and s_d of dimension id; ok is false where they
// are undefined.
func (r *refSegment) dim(id string) (st Status, a, s float64, ok bool) {
	q := r.sg.Quality[id]
	if q.Experienced == nil {
		return "", 0, 0, false
	}
	p := *q.Experienced
	switch {
	case q.Adequate != nil && q.Desired != nil:
		st = Within
		if p < *q.Adequate {
			st = Below
		} else if p > *q.Desired {
			st = Above
		}
		return st, p - *q.Adequate, p - *q.Desired, true
	case q.Expected != nil:
		g := p - *q.Expected
		st = Within
		if g < -r.tol {
			st = Below
		} else if g > r.tol {
			st = Above
		}
		return st, g + r.tol, g - r.tol, true
	}
	return "", 0, 0, false
}

// adequacy is Aq (SPEC §3.1).
func (r *refSegment) adequacy() (float64, bool) {
	twoLevel := false
	var gSum, gW, aSum, aW float64
	for _, c := range r.s.Dimensions {
		q := r.sg.Quality[c.ID]
		u := weightOf(q.Weight)
		if q.Expected != nil && q.Experienced != nil {
			gSum += u * (*q.Experienced - *q.Expected)
			gW += u
		}
		if _, a, _, ok := r.dim(c.ID); ok {
			aSum += u * a
			aW += u
			if u > 0 && q.Adequate != nil && q.Desired != nil {
				twoLevel = true
			}
		}
	}
	if twoLevel {
		return aSum / aW, true
	}
	return gSum/gW + r.tol, gW > 0
}

func (r *refSegment) painPoints() []string {
	type pain struct {
		id string
		ua float64
	}
	var pains []pain
	for _, c := range r.s.Dimensions {
		u := weightOf(r.sg.Quality[c.ID].Weight)
		if st, a, _, ok := r.dim(c.ID); ok && st == Below && u > 0 {
			pains = append(pains, pain{c.ID, u * a})
		}
	}
	sort.SliceStable(pains, func(i, j int) bool {
		if pains[i].ua != pains[j].ua {
			return pains[i].ua < pains[j].ua
		}
		return pains[i].id < pains[j].id
	})
	ids := []string{}
	for _, p := range pains {
		ids = append(ids, p.id)
	}
	return ids
}

func (r *refSegment) ambassador() bool {
	v, _ := r.value()
	aq, _ := r.adequacy()
	return v > 0 && aq >= 0
}

// path follows SPEC §3.4 literally.
func (r *refSegment) path() *Path {
	v, okV := r.value()
	aq, okA := r.adequacy()
	if !okV || !okA || v > 0 && aq >= 0 {
		return nil
	}
	var steps []Step
	move := func(kind StepKind, id string, from, to float64) {
		for i := range steps {
			if steps[i].Kind == kind && steps[i].ID == id {
				steps[i].To = to
				return
			}
		}
		steps = append(steps, Step{kind, id, from, to})
	}
	if v <= 0 {
		type lever struct {
			kind   StepKind
			id     string
			impact float64
		}
		var levers []lever
		for _, kind := range []StepKind{BenefitStep, SacrificeStep} {
			criteria, ratings := r.s.Benefits, r.sg.Benefits
			if kind == SacrificeStep {
				criteria, ratings = r.s.Sacrifices, r.sg.Sacrifices
			}
			total := 0.0
			for _, c := range criteria {
				if rt := ratings[c.ID]; rt.Score != nil && weightOf(rt.Weight) > 0 {
					total += weightOf(rt.Weight)
				}
			}
			for _, c := range criteria {
				rt := ratings[c.ID]
				if rt.Score == nil || weightOf(rt.Weight) <= 0 {
					continue
				}
				if kind == BenefitStep && *rt.Score < 10 || kind == SacrificeStep && *rt.Score > 1 {
					levers = append(levers, lever{kind, c.ID, weightOf(rt.Weight) / total})
				}
			}
		}
		sort.SliceStable(levers, func(i, j int) bool {
			a, b := levers[i], levers[j]
			if a.impact != b.impact {
				return a.impact > b.impact
			}
			if a.kind != b.kind {
				return a.kind == BenefitStep
			}
			return a.id < b.id
		})
		for _, l := range levers {
			ratings := r.sg.Benefits
			if l.kind == SacrificeStep {
				ratings = r.sg.Sacrifices
			}
			for v, _ = r.value(); v <= 0; v, _ = r.value() {
				rt := ratings[l.id]
				from := *rt.Score
				to := math.Min(math.Floor(from*2)/2+0.5, 10)
				if l.kind == SacrificeStep {
					to = math.Max(math.Ceil(from*2)/2-0.5, 1)
				}
				if to == from {
					break
				}
				ratings[l.id] = Rating{Weight: rt.Weight, Score: Float(to)}
				move(l.kind, l.id, from, to)
			}
		}
	}
	raise := func(id string) bool {
		q := r.sg.Quality[id]
		from := *q.Experienced
		to := math.Min(math.Floor(from*2)/2+0.5, 10)
		if to == from {
			return false
		}
		q.Experienced = Float(to)
		r.sg.Quality[id] = q
		move(QualityStep, id, from, to)
		return true
	}
	for _, id := range r.painPoints() {
		for aq, _ = r.adequacy(); aq < 0; aq, _ = r.adequacy() {
			if st, _, _, _ := r.dim(id); st != Below || !raise(id) {
				break
			}
		}
	}
	if aq, _ = r.adequacy(); aq < 0 {
		var order []Criterion
		for _, c := range r.s.Dimensions {
			if _, _, _, ok := r.dim(c.ID); ok && weightOf(r.sg.Quality[c.ID].Weight) > 0 {
				order = append(order, c)
			}
		}
		sort.SliceStable(order, func(i, j int) bool {
			wi, wj := weightOf(r.sg.Quality[order[i].ID].Weight), weightOf(r.sg.Quality[order[j].ID].Weight)
			if wi != wj {
				return wi > wj
			}
			return order[i].ID < order[j].ID
		})
		for _, c := range order {
			for aq, _ = r.adequacy(); aq < 0 && raise(c.ID); aq, _ = r.adequacy() {
			}
		}
	}
	p := &Path{Steps: steps}
	for _, st := range steps {
		p.Points += math.Abs(st.To - st.From)
	}
	return p
}

// TestComputeAgreesWithReference compares Compute with the plain reference
// on random valid segments: adequacy, pain points and the path, exactly.
func TestComputeAgreesWithReference(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 2026))
	mark := func() *float64 {
		switch r.IntN(5) {
		case 0:
			return nil
		case 1:
			return Float(1 + float64(r.IntN(91))/10)
		}
		return Float(1 + float64(r.IntN(19))/2)
	}
	weight := func() *float64 {
		switch r.IntN(7) {
		case 0:
			return Float(0)
		case 1:
			return nil
		}
		return Float(float64(1+r.IntN(10)) / 2) // ties are common
	}
	for n := range 5000 {
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
			q := QualityRating{Weight: weight(), Expected: mark(), Experienced: mark()}
			if r.IntN(2) == 0 {
				if a, d := mark(), mark(); a != nil && d != nil {
					q.Adequate, q.Desired = Float(min(*a, *d)), Float(max(*a, *d))
				}
			}
			sg.Quality[c.ID] = q
		}
		s.Segments = []Segment{sg}
		if err := Validate(s); err != nil {
			t.Fatalf("scenario %d: %v", n, err)
		}
		got := Compute(s).Segments[0]
		ref := &refSegment{s: s, sg: sg.Clone(), tol: s.Settings.Tolerance}
		type result struct {
			Adequacy   *float64
			PainPoints []string
			Path       *Path
		}
		want := result{PainPoints: ref.painPoints()}
		if aq, ok := ref.adequacy(); ok {
			want.Adequacy = Float(aq)
		}
		want.Path = ref.path()
		if want.Path != nil && !ref.ambassador() {
			t.Fatalf("scenario %d: the reference's own path does not lead to ambassador", n)
		}
		if diff := cmp.Diff(want, result{got.Adequacy, got.PainPoints, got.ToAmbassador}); diff != "" {
			t.Fatalf("scenario %d %+v: Compute differs from the reference (-want +got):\n%s", n, sg, diff)
		}
	}
}
