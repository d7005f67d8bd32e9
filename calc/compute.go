package calc

import (
	"cmp"
	"iter"
	"math"
)

// Compute returns the report of a scenario (SPEC §3). It assumes s is valid
// (Validate); on invalid input it still returns without panicking, but the
// figures are meaningless.
func Compute(s *Scenario) Report {
	rep := Report{Segments: make([]SegmentReport, len(s.Segments))}
	buf := newBuffers(s)
	for i := range s.Segments {
		computeSegment(&rep.Segments[i], s, &s.Segments[i], buf)
	}
	rep.Portfolio = computePortfolio(s, rep.Segments, buf)
	return rep
}

// weightedMean accumulates Σ w·x and Σ w.
type weightedMean struct{ sum, weight float64 }

func (m *weightedMean) add(w, x float64) {
	m.sum += w * x
	m.weight += w
}

// mean returns Σ w·x / Σ w, or nil when nothing with a weight was added.
func (m weightedMean) mean(buf *buffers) *float64 {
	if m.weight <= 0 {
		return nil
	}
	return buf.float(m.sum / m.weight)
}

// computeSegment fills r, a zero report, with the figures of segment sg. It
// writes the report in place: a report returned by value would be copied
// once more into the heap, with a write barrier for each of its pointers
// while the garbage collector runs.
func computeSegment(r *SegmentReport, s *Scenario, sg *Segment, buf *buffers) {
	tol := s.Settings.Tolerance
	r.ID, r.Name = sg.ID, sg.Name

	// A valid scenario's marks and dimensions stay on the stack, as
	// Compute runs on every keystroke.
	var benefitStack, sacrificeStack markStack
	var dimStack [MaxDimensions]dimension
	in := segmentInput{
		benefits:   readMarks(s.Benefits, sg.Benefits, &benefitStack),
		sacrifices: readMarks(s.Sacrifices, sg.Sacrifices, &sacrificeStack),
		dims:       readDimensions(s.Dimensions, sg.Quality, &dimStack),
	}
	top := topLevers{benefits: s.Benefits, sacrifices: s.Sacrifices}
	benefits, hasBenefits := in.benefits.mean()
	sacrifices, hasSacrifices := in.sacrifices.mean()
	for at, impact := range in.benefits.levers(false) {
		top.add(false, at, impact)
	}
	for at, impact := range in.sacrifices.levers(true) {
		top.add(true, at, impact)
	}
	if hasBenefits {
		r.BenefitScore = buf.float(benefits)
	}
	if hasSacrifices {
		r.SacrificeScore = buf.float(sacrifices)
	}
	if hasBenefits && hasSacrifices {
		r.Value = buf.float(benefits - sacrifices)
		if sacrifices != 0 {
			r.ValueRatio = buf.float(benefits / sacrifices)
		}
	}
	r.Levers = top.list(buf)

	sv := serviceOf(in.dims, tol)
	if sv.hasGap {
		r.Gap = buf.float(sv.gap)
	}
	if sv.hasAdequacy {
		r.Adequacy, r.Superiority = buf.float(sv.adequacy), buf.float(sv.superiority)
	}
	var pains, delights [MaxDimensions]ranked
	painList, delightList := dimensionResults(r, s.Dimensions, in.dims, tol, pains[:0], delights[:0], buf)
	r.PainPoints = rankedIDs(painList, s.Dimensions, buf)
	r.Delighters = rankedIDs(delightList, s.Dimensions, buf)
	if r.Value != nil && r.Adequacy != nil {
		r.Verdict = verdictOf(*r.Value, *r.Adequacy)
		if r.Verdict != Ambassador {
			r.ToAmbassador = pathToAmbassador(s, in, painList, buf)
		}
	}

	r.LoyaltyIndex = loyaltyIndex(sg.Loyalty, buf)
	if sg.NPS != nil {
		r.NPS = nps(sg.NPS.Promoters, sg.NPS.Passives, sg.NPS.Detractors, buf)
		r.ExpectedReferrers = buf.float(sg.NPS.Promoters * s.Settings.SayDo / 100)
	}

	lt := LifetimeOf(s.Settings, sg)
	r.CurrentValue = sg.Customers * lt.Margin
	r.PotentialValue = sg.Customers * lt.Margin * (1 + sg.GrowthPotential/100)
	r.CLV = lt.CLV(lt.Retention)
	gain := lt.CLV(lt.Uplifted) - r.CLV
	r.Equity = sg.Customers * r.CLV
	r.EquityUplift = sg.Customers * gain
	// A retention within a hair of 0 gives a lifetime value so small
	// that the percentage overflows; it is then as undefined as at 0.
	if pct := 100 * gain / math.Abs(r.CLV); r.CLV != 0 && !math.IsInf(pct, 0) {
		r.EquityUpliftPct = buf.float(pct)
	}
}

// segmentInput is what the model reads from a segment's ratings, by the
// position of each criterion in the scenario: the marks of its benefits
// and sacrifices and its quality dimensions.
type segmentInput struct {
	benefits, sacrifices marks
	dims                 []dimension
}

// markStack holds the weights and scores of a valid scenario's benefits or
// sacrifices on the stack; a larger (invalid) scenario gets slices of its
// own.
type markStack [2][max(MaxBenefits, MaxSacrifices)]float64

// marks are the weights and scores of a segment's benefits or sacrifices
// by position in the scenario's criteria; weight 0 marks an item that is
// left out (unrated, or weighted 0).
type marks struct {
	weights, scores []float64
}

// readMarks reads ratings in the order of criteria.
func readMarks(criteria []Criterion, ratings map[string]Rating, stack *markStack) marks {
	weights, scores := stack[0][:], stack[1][:]
	if len(criteria) > len(weights) {
		weights, scores = make([]float64, len(criteria)), make([]float64, len(criteria))
	}
	m := marks{weights[:len(criteria)], scores[:len(criteria)]}
	for i := range criteria {
		// A missing rating reads as the zero Rating: unrated, like one
		// without a score. Not asking whether it is there (rt, ok) keeps
		// the compiler to one copy of the rating; with ok it copies it
		// twice, and reading the overlapping second copy back stalls the
		// processor (no store-to-load forwarding).
		rt := ratings[criteria[i].ID]
		w := weightOf(rt.Weight)
		if rt.Score == nil || w <= 0 {
			continue
		}
		m.weights[i], m.scores[i] = w, *rt.Score
	}
	return m
}

// mean is the weighted mean score Σ w·s / Σ w of the items with weight >
// 0 (SPEC §3.1 benefitScore, sacrificeScore); false when there are none.
// The items left out have weight 0 and score 0 and add exactly 0 to both
// sums, so the loop needs no branch: the path to ambassador calls it after
// every step.
func (m marks) mean() (float64, bool) {
	var wm weightedMean
	scores := m.scores[:len(m.weights)]
	for i, w := range m.weights {
		wm.add(w, scores[i])
	}
	if wm.weight <= 0 {
		return 0, false
	}
	return wm.sum / wm.weight, true
}

// levers yields each item's position and lever: the value gained per
// point of improvement, w / Σw, for the items that still have room to
// improve (a benefit below 10, a sacrifice above 1), in criteria order.
func (m marks) levers(sacrifice bool) iter.Seq2[int, float64] {
	return func(yield func(int, float64) bool) {
		var total float64
		for _, w := range m.weights {
			total += w
		}
		// Which items can still improve is decided here, on values
		// already at hand, not while reading the ratings: there the
		// processor has to guess the outcome before the score arrives
		// from memory.
		for i, w := range m.weights {
			if w == 0 {
				continue
			}
			if sc := m.scores[i]; !sacrifice && sc < MaxRating || sacrifice && sc > MinRating {
				if !yield(i, w/total) {
					return
				}
			}
		}
	}
}

// readDimensions reads a segment's quality ratings in the order of dims.
func readDimensions(dims []Criterion, quality map[string]QualityRating, stack *[MaxDimensions]dimension) []dimension {
	out := stack[:]
	if len(dims) > len(out) {
		out = make([]dimension, len(dims))
	}
	out = out[:len(dims)]
	for i := range dims {
		q := quality[dims[i].ID] // missing reads as unrated, as in readMarks
		out[i] = dimensionOf(&q)
	}
	return out
}

// dimensionResults fills r's per-dimension figures in scenario order and
// returns the pain points (status below, weight > 0, by u·a ascending) and
// delighters (status above, weight > 0, by u·s descending), each then by
// id, appended to pains and delights.
func dimensionResults(r *SegmentReport, crit []Criterion, dims []dimension, tol float64, pains, delights []ranked, buf *buffers) ([]ranked, []ranked) {
	results := buf.dimensions(len(dims))
	for i := range dims {
		d, res := &dims[i], &results[i]
		res.ID = crit[i].ID
		if d.hasGap() {
			res.Gap = buf.float(d.experienced - d.expected)
		}
		if !d.hasZone() {
			continue
		}
		lo, hi := d.zone(tol)
		if !d.rated() {
			res.Zone = buf.pair(lo, hi)
			continue
		}
		// The zone, adequacy and superiority of a rated dimension are
		// carved at once.
		st, a, sup := d.standing(tol)
		f := carve(&buf.floats, 4)
		f[0], f[1], f[2], f[3] = lo, hi, a, sup
		res.Status, res.Zone, res.Adequacy, res.Superiority = st, (*[2]float64)(f[:2]), &f[2], &f[3]
		switch {
		case d.weight <= 0:
		case st == Below:
			pains = insertRanked(pains, ranked{i, d.weight * a}, false, crit)
		case st == Above:
			delights = insertRanked(delights, ranked{i, d.weight * sup}, true, crit)
		}
	}
	r.Dimensions = results
	return pains, delights
}

// Lifetime is what the lifetime value of a segment's customers is
// computed from (SPEC §3.1), for Compute and for the app's lifetime curve
// alike: the margin per customer per year m, and as fractions the discount
// rate d, the retention r and the uplifted retention r′.
type Lifetime struct {
	Margin    float64 // m = revenuePerCustomer · margin / 100
	Discount  float64 // d = discountRate / 100
	Retention float64 // r = retention / 100
	Uplifted  float64 // r′ = min(r + retentionUplift / 100, MaxRetentionCap)
}

// LifetimeOf reads the lifetime inputs of sg under the settings st.
func LifetimeOf(st Settings, sg *Segment) Lifetime {
	r := sg.Retention / 100
	return Lifetime{
		Margin:    sg.RevenuePerCustomer * sg.Margin / 100,
		Discount:  st.DiscountRate / 100,
		Retention: r,
		Uplifted:  math.Min(r+st.RetentionUplift/100, MaxRetentionCap),
	}
}

// CLV is the lifetime value of one customer at retention r, a fraction.
func (lt Lifetime) CLV(r float64) float64 { return CLV(lt.Margin, r, lt.Discount) }

// CLV is the infinite-horizon customer lifetime value with the margin m
// earned at the end of each year, retention r and discount rate d as
// fractions (Gupta & Lehmann; SPEC §3.1): m·r / (1 + d − r). With r ≤ 0.99
// and d ≥ 0 the denominator is at least 0.01.
func CLV(m, r, d float64) float64 {
	return m * r / (1 + d - r)
}

func loyaltyIndex(loyalty map[string]float64, buf *buffers) *float64 {
	var m weightedMean
	for _, key := range LoyaltyKeys {
		if x, ok := loyalty[key]; ok {
			m.add(1, x)
		}
	}
	return m.mean(buf)
}

// nps is 100·(promoters − detractors)/total, nil when nobody answered.
func nps(promoters, passives, detractors float64, buf *buffers) *float64 {
	total := promoters + passives + detractors
	if total <= 0 {
		return nil
	}
	return buf.float(100 * (promoters - detractors) / total)
}

func computePortfolio(s *Scenario, segs []SegmentReport, buf *buffers) Portfolio {
	p := Portfolio{Priorities: buf.idList(len(segs))}
	var benefit, sacrifice, value, gap customerMean
	var promoters, passives, detractors float64
	answered := false
	for i := range segs {
		r, sg := &segs[i], &s.Segments[i]
		p.Customers += sg.Customers
		benefit.add(sg.Customers, r.BenefitScore)
		sacrifice.add(sg.Customers, r.SacrificeScore)
		value.add(sg.Customers, r.Value)
		gap.add(sg.Customers, r.Gap)
		if sg.NPS != nil {
			answered = true
			promoters += sg.NPS.Promoters
			passives += sg.NPS.Passives
			detractors += sg.NPS.Detractors
		}
		p.CurrentValue += r.CurrentValue
		p.PotentialValue += r.PotentialValue
		p.Equity += r.Equity
		p.EquityUplift += r.EquityUplift
	}
	p.BenefitScore, p.SacrificeScore = benefit.mean(buf), sacrifice.mean(buf)
	p.Value, p.Gap = value.mean(buf), gap.mean(buf)
	if answered {
		p.NPS = nps(promoters, passives, detractors, buf)
	}
	// Sorting positions with their uplift, not ids, compares the reports
	// in place, and most comparisons look at the uplift only; a valid
	// scenario's positions stay on the stack.
	type priority struct {
		uplift float64
		at     int
	}
	var stack [MaxSegments]priority
	order := stack[:0]
	for i := range segs {
		order = append(order, priority{segs[i].EquityUplift, i})
	}
	sortStable(order, func(a, b priority) int {
		if c := cmp.Compare(b.uplift, a.uplift); c != 0 {
			return c
		}
		ra, rb := &segs[a.at], &segs[b.at]
		if c := cmp.Compare(ra.Name, rb.Name); c != 0 {
			return c
		}
		return cmp.Compare(ra.ID, rb.ID)
	})
	for i, o := range order {
		p.Priorities[i] = segs[o.at].ID
	}
	return p
}

// customerMean is the portfolio mean of a segment figure: weighted by
// customers over the segments that define it, or unweighted when those
// segments have no customers (SPEC §3.2).
type customerMean struct {
	weighted, plain weightedMean
}

func (m *customerMean) add(customers float64, x *float64) {
	if x == nil {
		return
	}
	m.weighted.add(customers, *x)
	m.plain.add(1, *x)
}

func (m customerMean) mean(buf *buffers) *float64 {
	if m.weighted.weight > 0 {
		return m.weighted.mean(buf)
	}
	return m.plain.mean(buf)
}
