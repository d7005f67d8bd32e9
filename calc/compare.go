package calc

import "math"

// Comparison sets the figures of two scenarios side by side, "now" and a
// "plan", with the difference of each: per segment, matched by id, and for
// the portfolio.
type Comparison struct {
	// Segments are the segments of now in its order, then those only the
	// plan has, in the plan's order.
	Segments  []SegmentComparison `json:"segments"`
	Portfolio PortfolioComparison `json:"portfolio"`
}

// Presence says in which of the two scenarios a segment is.
type Presence string

// A segment is in both scenarios, only in the plan (added), or only in now
// (removed).
const (
	InBoth  Presence = "both"
	Added   Presence = "added"
	Removed Presence = "removed"
)

// Delta is one figure now and in the plan, and Plan − Now. A figure is nil
// where it is undefined (SPEC §3) or where its segment is missing from that
// scenario; Diff is nil when either side is, or when it would not be a
// finite number.
type Delta struct {
	Now  *float64 `json:"now"`
	Plan *float64 `json:"plan"`
	Diff *float64 `json:"diff"`
}

// SegmentComparison is one segment in both scenarios.
type SegmentComparison struct {
	ID string `json:"id"`
	// Name is the plan's name of the segment, or now's when it was removed.
	Name     string   `json:"name"`
	Presence Presence `json:"presence"`
	// VerdictNow and VerdictPlan are NoVerdict on the side that misses the
	// segment, as where value or gap is undefined.
	VerdictNow  Verdict `json:"verdictNow"`
	VerdictPlan Verdict `json:"verdictPlan"`

	Value        Delta `json:"value"`
	Gap          Delta `json:"gap"`
	CLV          Delta `json:"clv"`
	Equity       Delta `json:"equity"`
	EquityUplift Delta `json:"equityUplift"`
}

// PortfolioComparison is the portfolio in both scenarios. Its lifetime
// value is Equity: the portfolio has no verdict or lifetime value per
// customer of its own (SPEC §3.2).
type PortfolioComparison struct {
	Customers    Delta `json:"customers"`
	Value        Delta `json:"value"`
	Gap          Delta `json:"gap"`
	CurrentValue Delta `json:"currentValue"`
	Equity       Delta `json:"equity"`
	EquityUplift Delta `json:"equityUplift"`
}

// Compare returns the figures of the reports now and plan side by side
// with their differences. Segments are matched by id; where a report
// repeats an id (an invalid scenario), the first segment with it counts.
// Each figure follows its own scenario's settings: a plan that assumes
// more points of retention uplift shows the uplift of those points.
func Compare(now, plan Report) Comparison {
	inPlan := make(map[string]int, len(plan.Segments))
	for i := len(plan.Segments) - 1; i >= 0; i-- {
		inPlan[plan.Segments[i].ID] = i
	}
	inNow := make(map[string]bool, len(now.Segments))
	c := Comparison{Segments: make([]SegmentComparison, 0, len(now.Segments)+len(plan.Segments))}
	for i := range now.Segments {
		n := &now.Segments[i]
		if inNow[n.ID] {
			continue
		}
		inNow[n.ID] = true
		if j, ok := inPlan[n.ID]; ok {
			c.Segments = append(c.Segments, compareSegment(n, &plan.Segments[j]))
		} else {
			c.Segments = append(c.Segments, compareSegment(n, nil))
		}
	}
	for j := range plan.Segments {
		p := &plan.Segments[j]
		if !inNow[p.ID] && inPlan[p.ID] == j {
			c.Segments = append(c.Segments, compareSegment(nil, p))
		}
	}
	c.Portfolio = PortfolioComparison{
		Customers:    delta(&now.Portfolio.Customers, &plan.Portfolio.Customers),
		Value:        delta(now.Portfolio.Value, plan.Portfolio.Value),
		Gap:          delta(now.Portfolio.Gap, plan.Portfolio.Gap),
		CurrentValue: delta(&now.Portfolio.CurrentValue, &plan.Portfolio.CurrentValue),
		Equity:       delta(&now.Portfolio.Equity, &plan.Portfolio.Equity),
		EquityUplift: delta(&now.Portfolio.EquityUplift, &plan.Portfolio.EquityUplift),
	}
	return c
}

// compareSegment sets one segment's figures side by side; n or p is nil
// when the segment is missing from that side.
func compareSegment(n, p *SegmentReport) SegmentComparison {
	var c SegmentComparison
	var sides [2]SegmentReport // the zero report stands for a missing side
	if n != nil {
		sides[0] = *n
	}
	if p != nil {
		sides[1] = *p
	}
	switch {
	case n == nil:
		c.Presence, c.ID, c.Name = Added, p.ID, p.Name
	case p == nil:
		c.Presence, c.ID, c.Name = Removed, n.ID, n.Name
	default:
		c.Presence, c.ID, c.Name = InBoth, p.ID, p.Name
	}
	a, b := &sides[0], &sides[1]
	c.VerdictNow, c.VerdictPlan = a.Verdict, b.Verdict
	c.Value = delta(a.Value, b.Value)
	c.Gap = delta(a.Gap, b.Gap)
	c.CLV = delta(present(n, &a.CLV), present(p, &b.CLV))
	c.Equity = delta(present(n, &a.Equity), present(p, &b.Equity))
	c.EquityUplift = delta(present(n, &a.EquityUplift), present(p, &b.EquityUplift))
	return c
}

// present returns x, or nil when its segment is missing.
func present(sg *SegmentReport, x *float64) *float64 {
	if sg == nil {
		return nil
	}
	return x
}

// delta returns a figure on both sides with its difference. The figures
// are copied: a Comparison shares no memory with its reports.
func delta(now, plan *float64) Delta {
	d := Delta{Now: copyFloat(now), Plan: copyFloat(plan)}
	if now != nil && plan != nil {
		if diff := *plan - *now; !math.IsNaN(diff) && !math.IsInf(diff, 0) {
			d.Diff = &diff
		}
	}
	return d
}

func copyFloat(x *float64) *float64 {
	if x == nil {
		return nil
	}
	return Float(*x)
}
