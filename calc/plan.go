package calc

import "math"

// Apply gives each mark of sg that p moves the value p asks for: a
// benefit's or sacrifice's score, or a quality dimension's experienced
// level (SPEC §3.4). sg is changed in place, its maps too: apply the path
// to a clone (Scenario.Clone) to keep the segment as it was. Computed
// again, a segment with its own path applied is an ambassador
// (TestApplyPath). A step for a mark sg does not rate is left out.
func (p *Path) Apply(sg *Segment) {
	if p == nil {
		return
	}
	for _, st := range p.Steps {
		switch st.Kind {
		case BenefitStep:
			if r, ok := sg.Benefits[st.ID]; ok {
				r.Score = Float(st.To)
				sg.Benefits[st.ID] = r
			}
		case SacrificeStep:
			if r, ok := sg.Sacrifices[st.ID]; ok {
				r.Score = Float(st.To)
				sg.Sacrifices[st.ID] = r
			}
		case QualityStep:
			if q, ok := sg.Quality[st.ID]; ok {
				q.Experienced = Float(st.To)
				sg.Quality[st.ID] = q
			}
		}
	}
}

// HalfSteps counts the steps of half a point the path takes, each to the
// next multiple of PathStep (SPEC §3.4): 7 → 5.5 is three, and 7.3 → 8 is
// two (7.5, 8), the first of them shorter. Zero for no path.
func (p *Path) HalfSteps() int {
	if p == nil {
		return 0
	}
	n := 0
	for _, st := range p.Steps {
		n += st.HalfSteps()
	}
	return n
}

// HalfSteps counts the steps of half a point from From to To: the
// multiples of PathStep after From up to and including To.
func (st Step) HalfSteps() int {
	lo, hi := st.From, st.To
	if lo > hi {
		// Down: the multiples before From down to To, counted as
		// multiples of -PathStep upwards.
		lo, hi = -lo, -hi
	}
	return int(math.Floor(hi/PathStep) - math.Floor(lo/PathStep))
}
