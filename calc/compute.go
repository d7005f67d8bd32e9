package calc

import (
	"cmp"
	"math"
	"slices"
)

// maxLevers is how many levers a segment report lists (SPEC §3.1).
const maxLevers = 3

// Compute returns the report of a scenario (SPEC §3). It assumes s is valid
// (Validate); on invalid input it still returns without panicking, but the
// figures are meaningless.
func Compute(s *Scenario) Report {
	rep := Report{Segments: make([]SegmentReport, len(s.Segments))}
	buf := newBuffers(s)
	for i := range s.Segments {
		rep.Segments[i] = computeSegment(s, &s.Segments[i], buf)
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

func computeSegment(s *Scenario, sg *Segment, buf *buffers) SegmentReport {
	tol := s.Settings.Tolerance
	r := SegmentReport{ID: sg.ID, Name: sg.Name, Levers: []Lever{}, PainPoints: []string{}}

	var top topLevers
	benefits := score(s.Benefits, sg.Benefits, BenefitLever, &top, buf)
	sacrifices := score(s.Sacrifices, sg.Sacrifices, SacrificeLever, &top, buf)
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

	m := sg.RevenuePerCustomer * sg.Margin / 100
	r.CurrentValue = sg.Customers * m
	r.PotentialValue = sg.Customers * m * (1 + sg.GrowthPotential/100)
	retention, discount := sg.Retention/100, s.Settings.DiscountRate/100
	uplifted := math.Min(retention+s.Settings.RetentionUplift/100, MaxRetentionCap)
	r.CLV = CLV(m, retention, discount)
	gain := CLV(m, uplifted, discount) - r.CLV
	r.Equity = sg.Customers * r.CLV
	r.EquityUplift = sg.Customers * gain
	// A retention within a hair of 0 gives a lifetime value so small
	// that the percentage overflows; it is then as undefined as at 0.
	if pct := 100 * gain / math.Abs(r.CLV); r.CLV != 0 && !math.IsInf(pct, 0) {
		r.EquityUpliftPct = buf.float(pct)
	}
	return r
}

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
// improve.
func score(criteria []Criterion, ratings map[string]Rating, kind LeverKind, top *topLevers, buf *buffers) *float64 {
	var m weightedMean
	type improvable struct {
		id     string
		weight float64
	}
	// A valid scenario has at most 30 benefits or sacrifices: the items
	// stay on the stack, as Compute runs on every keystroke.
	var stack [max(MaxBenefits, MaxSacrifices)]improvable
	items := stack[:0]
	for i := range criteria {
		id := criteria[i].ID
		rt, ok := ratings[id]
		w := weightOf(rt.Weight)
		if !ok || rt.Score == nil || w <= 0 {
			continue
		}
		m.add(w, *rt.Score)
		if kind == BenefitLever && *rt.Score < MaxRating || kind == SacrificeLever && *rt.Score > MinRating {
			items = append(items, improvable{id, w})
		}
	}
	for _, it := range items {
		top.add(kind, it.id, it.weight/m.weight)
	}
	return m.mean(buf)
}

type topLevers struct {
	n  int
	ls [maxLevers]Lever
}

func (t *topLevers) add(kind LeverKind, id string, impact float64) {
	i := t.n
	if i == maxLevers {
		// Most items have less impact than the third lever so far.
		if worst := &t.ls[maxLevers-1]; impact < worst.Impact || !leverBefore(kind, id, impact, worst) {
			return
		}
		i--
	} else {
		t.n++
	}
	for ; i > 0 && leverBefore(kind, id, impact, &t.ls[i-1]); i-- {
		t.ls[i] = t.ls[i-1]
	}
	t.ls[i] = Lever{Kind: kind, ID: id, Impact: impact}
}

// list returns the levers kept, best first; an empty list, not nil, when
// there are none.
func (t *topLevers) list(buf *buffers) []Lever {
	ls := buf.leverList(t.n)
	copy(ls, t.ls[:t.n])
	return ls
}

// leverBefore reports whether the lever (kind, id, impact) comes before
// b: more impact, then a benefit before a sacrifice, then by id. (Impacts
// are never NaN: the weights are finite and their sum is positive.)
func leverBefore(kind LeverKind, id string, impact float64, b *Lever) bool {
	if impact != b.Impact {
		return impact > b.Impact
	}
	if kind != b.Kind {
		return kind == BenefitLever
	}
	return id < b.ID
}

// gaps returns each dimension's gap and status in scenario order, the
// weighted gap G, and the pain points: dimensions below the zone of
// tolerance with weight > 0, worst weighted gap first.
func gaps(dims []Criterion, quality map[string]QualityRating, tol float64, buf *buffers) ([]DimensionResult, *float64, []string) {
	results := buf.dimensions(len(dims))
	var m weightedMean
	type pain struct {
		id       string
		weighted float64
	}
	var stack [MaxDimensions]pain // a valid scenario's stay on the stack
	pains := stack[:0]
	for i := range dims {
		id := dims[i].ID
		results[i].ID = id
		q, ok := quality[id]
		if !ok || q.Expected == nil || q.Experienced == nil {
			continue
		}
		g := *q.Experienced - *q.Expected
		w := weightOf(q.Weight)
		results[i].Gap = buf.float(g)
		results[i].Status = status(g, tol)
		m.add(w, g)
		if results[i].Status != Below || w <= 0 {
			continue
		}
		// Insertion keeps the pains sorted: worst weighted gap first,
		// then by id.
		p := pain{id, w * g}
		j := len(pains)
		pains = append(pains, p)
		for ; j > 0 && (p.weighted < pains[j-1].weighted || p.weighted == pains[j-1].weighted && p.id < pains[j-1].id); j-- {
			pains[j] = pains[j-1]
		}
		pains[j] = p
	}
	ids := buf.idList(len(pains))
	for i, p := range pains {
		ids[i] = p.id
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
	p := Portfolio{Priorities: make([]string, len(segs))}
	var benefit, sacrifice, value, gap customerMean
	var promoters, passives, detractors float64
	answered := false
	for i, r := range segs {
		sg := &s.Segments[i]
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
	// Sorting positions, not ids, compares the reports in place.
	order := make([]int, len(segs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ra, rb := &segs[a], &segs[b]
		if c := cmp.Compare(rb.EquityUplift, ra.EquityUplift); c != 0 {
			return c
		}
		if c := cmp.Compare(ra.Name, rb.Name); c != 0 {
			return c
		}
		return cmp.Compare(ra.ID, rb.ID)
	})
	for i, j := range order {
		p.Priorities[i] = segs[j].ID
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
