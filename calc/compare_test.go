package calc

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCompare(t *testing.T) {
	// seg is a segment report with the figures a comparison reads.
	seg := func(id string, value, gap *float64, v Verdict, clv, equity, uplift float64) SegmentReport {
		return SegmentReport{ID: id, Name: "name " + id, Value: value, Gap: gap, Verdict: v,
			CLV: clv, Equity: equity, EquityUplift: uplift}
	}
	d := func(now, plan, diff float64) Delta { return Delta{Float(now), Float(plan), Float(diff)} }
	commuters := seg("commuters", Float(2), Float(-1), Vulnerable, 100, 40000, 9000)
	better := seg("commuters", Float(2.5), Float(0.25), Ambassador, 120, 48000, 9500)
	tourists := seg("tourists", Float(-1), Float(0), Indifferent, 10, 500, 50)
	unrated := seg("tourists", nil, Float(0), NoVerdict, 10, 500, 50)
	portfolio := func(customers float64, value, gap *float64, current, equity, uplift float64) Portfolio {
		return Portfolio{Customers: customers, Value: value, Gap: gap, CurrentValue: current, Equity: equity, EquityUplift: uplift}
	}
	tests := []struct {
		name      string
		now, plan Report
		want      Comparison
	}{
		{
			name: "a segment changed",
			now:  Report{Segments: []SegmentReport{commuters}, Portfolio: portfolio(400, Float(2), Float(-1), 42000, 40000, 9000)},
			plan: Report{Segments: []SegmentReport{better}, Portfolio: portfolio(450, Float(2.5), Float(0.25), 50000, 48000, 9500)},
			want: Comparison{
				Segments: []SegmentComparison{{
					ID: "commuters", Name: "name commuters", Presence: InBoth,
					VerdictNow: Vulnerable, VerdictPlan: Ambassador,
					Value: d(2, 2.5, 0.5), Gap: d(-1, 0.25, 1.25), CLV: d(100, 120, 20),
					Equity: d(40000, 48000, 8000), EquityUplift: d(9000, 9500, 500),
				}},
				Portfolio: PortfolioComparison{
					Customers: d(400, 450, 50), Value: d(2, 2.5, 0.5), Gap: d(-1, 0.25, 1.25),
					CurrentValue: d(42000, 50000, 8000), Equity: d(40000, 48000, 8000), EquityUplift: d(9000, 9500, 500),
				},
			},
		},
		{
			name: "undefined on one side has no difference",
			now:  Report{Segments: []SegmentReport{tourists}, Portfolio: portfolio(0, Float(-1), nil, 0, 500, 50)},
			plan: Report{Segments: []SegmentReport{unrated}, Portfolio: portfolio(0, nil, Float(0), 0, 500, 50)},
			want: Comparison{
				Segments: []SegmentComparison{{
					ID: "tourists", Name: "name tourists", Presence: InBoth,
					VerdictNow: Indifferent, VerdictPlan: NoVerdict,
					Value: Delta{Now: Float(-1)}, Gap: d(0, 0, 0), CLV: d(10, 10, 0),
					Equity: d(500, 500, 0), EquityUplift: d(50, 50, 0),
				}},
				Portfolio: PortfolioComparison{
					Customers: d(0, 0, 0), Value: Delta{Now: Float(-1)}, Gap: Delta{Plan: Float(0)},
					CurrentValue: d(0, 0, 0), Equity: d(500, 500, 0), EquityUplift: d(50, 50, 0),
				},
			},
		},
		{
			name: "removed and added segments, in now's order then the plan's",
			now:  Report{Segments: []SegmentReport{tourists, commuters}},
			plan: Report{Segments: []SegmentReport{seg("sport", nil, nil, NoVerdict, 5, 50, 5), better, seg("kids", Float(1), Float(1), Ambassador, 1, 2, 3)}},
			want: Comparison{
				Segments: []SegmentComparison{
					{
						ID: "tourists", Name: "name tourists", Presence: Removed, VerdictNow: Indifferent,
						Value: Delta{Now: Float(-1)}, Gap: Delta{Now: Float(0)}, CLV: Delta{Now: Float(10)},
						Equity: Delta{Now: Float(500)}, EquityUplift: Delta{Now: Float(50)},
					},
					{
						ID: "commuters", Name: "name commuters", Presence: InBoth,
						VerdictNow: Vulnerable, VerdictPlan: Ambassador,
						Value: d(2, 2.5, 0.5), Gap: d(-1, 0.25, 1.25), CLV: d(100, 120, 20),
						Equity: d(40000, 48000, 8000), EquityUplift: d(9000, 9500, 500),
					},
					{
						ID: "sport", Name: "name sport", Presence: Added,
						CLV: Delta{Plan: Float(5)}, Equity: Delta{Plan: Float(50)}, EquityUplift: Delta{Plan: Float(5)},
					},
					{
						ID: "kids", Name: "name kids", Presence: Added, VerdictPlan: Ambassador,
						Value: Delta{Plan: Float(1)}, Gap: Delta{Plan: Float(1)}, CLV: Delta{Plan: Float(1)},
						Equity: Delta{Plan: Float(2)}, EquityUplift: Delta{Plan: Float(3)},
					},
				},
				Portfolio: PortfolioComparison{Customers: d(0, 0, 0), CurrentValue: d(0, 0, 0), Equity: d(0, 0, 0), EquityUplift: d(0, 0, 0)},
			},
		},
		{
			name: "a renamed segment is the same segment, with the plan's name",
			now:  Report{Segments: []SegmentReport{{ID: "a", Name: "Old"}}},
			plan: Report{Segments: []SegmentReport{{ID: "a", Name: "New"}}},
			want: Comparison{
				Segments: []SegmentComparison{{
					ID: "a", Name: "New", Presence: InBoth,
					CLV: d(0, 0, 0), Equity: d(0, 0, 0), EquityUplift: d(0, 0, 0),
				}},
				Portfolio: PortfolioComparison{Customers: d(0, 0, 0), CurrentValue: d(0, 0, 0), Equity: d(0, 0, 0), EquityUplift: d(0, 0, 0)},
			},
		},
		{
			name: "a repeated id counts once, the first",
			now:  Report{Segments: []SegmentReport{{ID: "a", Name: "A1", CLV: 1}, {ID: "a", Name: "A2", CLV: 2}}},
			plan: Report{Segments: []SegmentReport{{ID: "b", CLV: 7}, {ID: "a", Name: "P1", CLV: 3}, {ID: "a", Name: "P2", CLV: 4}, {ID: "b", CLV: 8}}},
			want: Comparison{
				Segments: []SegmentComparison{
					{ID: "a", Name: "P1", Presence: InBoth, CLV: d(1, 3, 2), Equity: d(0, 0, 0), EquityUplift: d(0, 0, 0)},
					{ID: "b", Presence: Added, CLV: Delta{Plan: Float(7)}, Equity: Delta{Plan: Float(0)}, EquityUplift: Delta{Plan: Float(0)}},
				},
				Portfolio: PortfolioComparison{Customers: d(0, 0, 0), CurrentValue: d(0, 0, 0), Equity: d(0, 0, 0), EquityUplift: d(0, 0, 0)},
			},
		},
		{
			name: "a difference beyond float64 is undefined",
			now:  Report{Portfolio: Portfolio{Equity: -math.MaxFloat64}},
			plan: Report{Portfolio: Portfolio{Equity: math.MaxFloat64}},
			want: Comparison{
				Segments: []SegmentComparison{},
				Portfolio: PortfolioComparison{
					Customers: d(0, 0, 0), CurrentValue: d(0, 0, 0), EquityUplift: d(0, 0, 0),
					Equity: Delta{Now: Float(-math.MaxFloat64), Plan: Float(math.MaxFloat64)},
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.now, tt.plan)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Compare (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompareWithItself compares each worked example with itself: every
// defined figure is unchanged, and only undefined ones lack a difference.
func TestCompareWithItself(t *testing.T) {
	zero := func(t *testing.T, what string, d Delta) {
		t.Helper()
		if (d.Now == nil) != (d.Diff == nil) || d.Diff != nil && *d.Diff != 0 {
			t.Errorf("%s: %+v, want a zero difference exactly where the figure is defined", what, d)
		}
	}
	for _, ex := range examples(t) {
		t.Run(ex.name, func(t *testing.T) {
			rep := Compute(mustDecode(t, ex.data))
			c := Compare(rep, rep)
			if len(c.Segments) != len(rep.Segments) {
				t.Fatalf("%d segments compared, want %d", len(c.Segments), len(rep.Segments))
			}
			for i, sc := range c.Segments {
				if sc.ID != rep.Segments[i].ID || sc.Presence != InBoth || sc.VerdictNow != sc.VerdictPlan {
					t.Errorf("segment %d: %s %s %s→%s", i, sc.ID, sc.Presence, sc.VerdictNow, sc.VerdictPlan)
				}
				for _, f := range []struct {
					name string
					d    Delta
				}{{"value", sc.Value}, {"gap", sc.Gap}, {"clv", sc.CLV}, {"equity", sc.Equity}, {"equityUplift", sc.EquityUplift}} {
					zero(t, sc.ID+" "+f.name, f.d)
				}
			}
			p := c.Portfolio
			for name, d := range map[string]Delta{"customers": p.Customers, "value": p.Value, "gap": p.Gap,
				"currentValue": p.CurrentValue, "equity": p.Equity, "equityUplift": p.EquityUplift} {
				zero(t, "portfolio "+name, d)
			}
		})
	}
}

// TestCompareSharesNoMemory checks that a comparison keeps its figures
// when the reports it was made from change afterwards.
func TestCompareSharesNoMemory(t *testing.T) {
	now := Report{Segments: []SegmentReport{{ID: "a", Value: Float(1)}}, Portfolio: Portfolio{Value: Float(1)}}
	plan := Report{Segments: []SegmentReport{{ID: "a", Value: Float(3)}}, Portfolio: Portfolio{Value: Float(3)}}
	c := Compare(now, plan)
	*now.Segments[0].Value, *plan.Portfolio.Value = 100, 100
	if got := *c.Segments[0].Value.Now; got != 1 {
		t.Errorf("segment value now = %v after the report changed, want 1", got)
	}
	if got := *c.Portfolio.Value.Plan; got != 3 {
		t.Errorf("portfolio value plan = %v after the report changed, want 3", got)
	}
}
