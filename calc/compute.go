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
	for i := range s.Segments {
		rep.Segments[i] = computeSegment(s, &s.Segments[i])
	}
	rep.Portfolio = computePortfolio(s, rep.Segments)
	return rep
}

// weightedMean accumulates Σ w·x and Σ w.
type weightedMean struct{ sum, weight float64 }

func (m *weightedMean) add(w, x float64) {
	m.sum += w * x
	m.weight += w
}

// mean returns Σ w·x / Σ w, or nil when nothing with a weight was added.
func (m weightedMean) mean() *float64 {
	if m.weight <= 0 {
		return nil
	}
	return Float(m.sum / m.weight)
}

func computeSegment(s *Scenario, sg *Segment) SegmentReport {
	tol := s.Settings.Tolerance
	r := SegmentReport{ID: sg.ID, Name: sg.Name, Levers: []Lever{}, PainPoints: []string{}}

	benefits, benefitLevers := score(s.Benefits, sg.Benefits, BenefitLever)
	sacrifices, sacrificeLevers := score(s.Sacrifices, sg.Sacrifices, SacrificeLever)
	r.BenefitScore, r.SacrificeScore = benefits, sacrifices
	if benefits != nil && sacrifices != nil {
		r.Value = Float(*benefits - *sacrifices)
		if *sacrifices != 0 {
			r.ValueRatio = Float(*benefits / *sacrifices)
		}
	}
	r.Levers = levers(append(benefitLevers, sacrificeLevers...))

	r.Dimensions, r.Gap, r.PainPoints = gaps(s.Dimensions, sg.Quality, tol)
	r.Verdict = verdict(r.Value, r.Gap, tol)
	r.LoyaltyIndex = loyaltyIndex(sg.Loyalty)
	if sg.NPS != nil {
		r.NPS = nps(sg.NPS.Promoters, sg.NPS.Passives, sg.NPS.Detractors)
		r.ExpectedReferrers = Float(sg.NPS.Promoters * s.Settings.SayDo / 100)
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
		r.EquityUpliftPct = Float(pct)
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
// (nil when there are none) and each item's lever: the value gained per
// point of improvement, for the items that still have room to improve.
func score(criteria []Criterion, ratings map[string]Rating, kind LeverKind) (*float64, []Lever) {
	var m weightedMean
	type rated struct {
		id            string
		weight, score float64
	}
	var items []rated
	for _, c := range criteria {
		rt, ok := ratings[c.ID]
		w := weightOf(rt.Weight)
		if !ok || rt.Score == nil || w <= 0 {
			continue
		}
		m.add(w, *rt.Score)
		items = append(items, rated{c.ID, w, *rt.Score})
	}
	var ls []Lever
	for _, it := range items {
		canImprove := kind == BenefitLever && it.score < MaxRating || kind == SacrificeLever && it.score > MinRating
		if canImprove {
			ls = append(ls, Lever{Kind: kind, ID: it.id, Impact: it.weight / m.weight})
		}
	}
	return m.mean(), ls
}

// levers sorts by impact descending, then benefits first, then id, and keeps
// the first maxLevers.
func levers(ls []Lever) []Lever {
	slices.SortStableFunc(ls, func(a, b Lever) int {
		if c := cmp.Compare(b.Impact, a.Impact); c != 0 {
			return c
		}
		if a.Kind != b.Kind {
			if a.Kind == BenefitLever {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.ID, b.ID)
	})
	if len(ls) > maxLevers {
		ls = ls[:maxLevers]
	}
	if ls == nil {
		ls = []Lever{}
	}
	return ls
}

// gaps returns each dimension's gap and status in scenario order, the
// weighted gap G, and the pain points: dimensions below the zone of
// tolerance with weight > 0, worst weighted gap first.
func gaps(dims []Criterion, quality map[string]QualityRating, tol float64) ([]DimensionResult, *float64, []string) {
	results := make([]DimensionResult, len(dims))
	var m weightedMean
	type pain struct {
		id       string
		weighted float64
	}
	var pains []pain
	for i, d := range dims {
		results[i].ID = d.ID
		q, ok := quality[d.ID]
		if !ok || q.Expected == nil || q.Experienced == nil {
			continue
		}
		g := *q.Experienced - *q.Expected
		w := weightOf(q.Weight)
		results[i].Gap = Float(g)
		results[i].Status = status(g, tol)
		m.add(w, g)
		if results[i].Status == Below && w > 0 {
			pains = append(pains, pain{d.ID, w * g})
		}
	}
	slices.SortStableFunc(pains, func(a, b pain) int {
		if c := cmp.Compare(a.weighted, b.weighted); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	ids := make([]string, len(pains))
	for i, p := range pains {
		ids[i] = p.id
	}
	return results, m.mean(), ids
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

func loyaltyIndex(loyalty map[string]float64) *float64 {
	var m weightedMean
	for _, key := range LoyaltyKeys {
		if x, ok := loyalty[key]; ok {
			m.add(1, x)
		}
	}
	return m.mean()
}

// nps is 100·(promoters − detractors)/total, nil when nobody answered.
func nps(promoters, passives, detractors float64) *float64 {
	total := promoters + passives + detractors
	if total <= 0 {
		return nil
	}
	return Float(100 * (promoters - detractors) / total)
}

func computePortfolio(s *Scenario, segs []SegmentReport) Portfolio {
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
		p.Priorities[i] = r.ID
	}
	p.BenefitScore, p.SacrificeScore = benefit.mean(), sacrifice.mean()
	p.Value, p.Gap = value.mean(), gap.mean()
	if answered {
		p.NPS = nps(promoters, passives, detractors)
	}
	order := make(map[string]int, len(segs))
	for i, r := range segs {
		order[r.ID] = i
	}
	slices.SortStableFunc(p.Priorities, func(a, b string) int {
		ra, rb := segs[order[a]], segs[order[b]]
		if c := cmp.Compare(rb.EquityUplift, ra.EquityUplift); c != 0 {
			return c
		}
		if c := cmp.Compare(ra.Name, rb.Name); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
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

func (m customerMean) mean() *float64 {
	if mean := m.weighted.mean(); mean != nil {
		return mean
	}
	return m.plain.mean()
}
