package calc

import (
	"cmp"
	"math"
	"slices"
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

	top := topLevers{benefits: s.Benefits, sacrifices: s.Sacrifices}
	benefits := score(s.Benefits, sg.Benefits, false, &top, buf)
	sacrifices := score(s.Sacrifices, sg.Sacrifices, true, &top, buf)
	r.BenefitScore, r.SacrificeScore = benefits, sacrifices
	if benefits != nil && sacrifices != nil {
		r.Value = buf.float(*benefits - *sacrifices)
		if *sacrifices != 0 {
			r.ValueRatio = buf.float(*benefits / *sacrifices)
		}
	}
	r.Levers = top.list(buf)

	r.Dimensions, r.Gap, r.PainPoints = gaps(s.Dimensions, sg.Quality, tol, buf)
	r.Verdict = verdict(r.Value, r.Gap, tol)
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

// score returns the weighted mean score of the rated items with weight > 0
// (nil when there are none), and offers top each item's lever: the value
// gained per point of improvement, for the items that still have room to
// improve. The items are a benefit's or, with sacrifice set, a sacrifice's.
func score(criteria []Criterion, ratings map[string]Rating, sacrifice bool, top *topLevers, buf *buffers) *float64 {
	// The weight and score of each rated item with weight > 0, by its
	// position in criteria; weight 0 marks the others. A valid scenario
	// has at most 30 benefits or sacrifices: they stay on the stack, as
	// Compute runs on every keystroke.
	var weightStack, scoreStack [max(MaxBenefits, MaxSacrifices)]float64
	weights, scores := weightStack[:], scoreStack[:]
	if len(criteria) > len(weights) {
		weights, scores = make([]float64, len(criteria)), make([]float64, len(criteria))
	}
	weights, scores = weights[:len(criteria)], scores[:len(criteria)]
	var m weightedMean
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
		m.add(w, *rt.Score)
		weights[i], scores[i] = w, *rt.Score
	}
	// Which items can still improve is decided here, not in the loop over
	// the ratings: there the processor has to guess the outcome before the
	// score arrives from memory, and a wrong guess (a score of 10 for a
	// benefit, 1 for a sacrifice) throws away the lookup work started
	// since; this loop runs on values already at hand.
	for i, w := range weights {
		if w == 0 {
			continue
		}
		if sc := scores[i]; !sacrifice && sc < MaxRating || sacrifice && sc > MinRating {
			top.add(sacrifice, i, w/m.weight)
		}
	}
	return m.mean(buf)
}

// gaps returns each dimension's gap and status in scenario order, the
// weighted gap G, and the pain points: dimensions below the zone of
// tolerance with weight > 0, worst weighted gap first.
func gaps(dims []Criterion, quality map[string]QualityRating, tol float64, buf *buffers) ([]DimensionResult, *float64, []string) {
	results := buf.dimensions(len(dims))
	var m weightedMean
	// A pain is kept by its position in dims, not by its id, so that
	// sorting the pains writes no pointers.
	type pain struct {
		at       int
		weighted float64
	}
	var stack [MaxDimensions]pain // a valid scenario's stay on the stack
	pains := stack[:0]
	for i := range dims {
		id := dims[i].ID
		results[i].ID = id
		q := quality[id] // missing reads as unrated, as in score
		if q.Expected == nil || q.Experienced == nil {
			continue
		}
		g := *q.Experienced - *q.Expected
		w := weightOf(q.Weight)
		st := status(g, tol)
		results[i].Gap, results[i].Status = buf.float(g), st
		m.add(w, g)
		if st != Below || w <= 0 {
			continue
		}
		// Insertion keeps the pains sorted: worst weighted gap first,
		// then by id.
		p := pain{i, w * g}
		j := len(pains)
		pains = append(pains, p)
		for ; j > 0 && (p.weighted < pains[j-1].weighted || p.weighted == pains[j-1].weighted && dims[p.at].ID < dims[pains[j-1].at].ID); j-- {
			pains[j] = pains[j-1]
		}
		pains[j] = p
	}
	ids := buf.idList(len(pains))
	for i, p := range pains {
		ids[i] = dims[p.at].ID
	}
	return results, m.mean(buf), ids
}

func status(gap, tol float64) Status {
	switch {
	case gap < -tol:
		return Below
	case gap > tol:
		return Above
	}
	return Within
}

// verdict combines value and gap (SPEC §3.1); NoVerdict if either is nil.
func verdict(value, gap *float64, tol float64) Verdict {
	if value == nil || gap == nil {
		return NoVerdict
	}
	met := *gap >= -tol
	switch {
	case *value > 0 && met:
		return Ambassador
	case *value > 0:
		return Vulnerable
	case met:
		return Indifferent
	}
	return Defector
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
	slices.SortStableFunc(order, func(a, b priority) int {
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
