package calc

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// approxLarge compares floats to 1e-9, or to 1e-12 of their size for the
// figures of 1e30 and more that a float64 holds to about 1e-16 of theirs.
var approxLarge = cmpopts.EquateApprox(1e-12, 1e-9)

func TestComputeMoney(t *testing.T) {
	type money struct {
		Current, Potential, CLV, Equity, Uplift float64
		UpliftPct                               *float64
	}
	tests := []struct {
		name     string
		discount float64 // settings.discountRate
		uplift   float64 // settings.retentionUplift
		seg      Segment
		want     money
	}{
		{"the example of the specification", 8, 5,
			Segment{Customers: 400, RevenuePerCustomer: 350, Margin: 30, Retention: 70, GrowthPotential: 10},
			money{
				// m = 350 · 30 / 100 = 105
				Current:   42000,              // 400 · 105
				Potential: 46200,              // 42000 · (1 + 10 / 100)
				CLV:       193.42105263157896, // 105 · 0.7 / (1 + 0.08 − 0.7) = 73.5 / 0.38 = 3675 / 19
				Equity:    77368.42105263157,  // 400 · 3675 / 19
				// r′ = 0.75: clv = 105 · 0.75 / 0.33 = 2625 / 11; gain = 2625/11 − 3675/19 = 9450 / 209
				Uplift:    18086.124401913876,        // 400 · 9450 / 209
				UpliftPct: Float(23.376623376623378), // 100 · (9450 / 209) / (3675 / 19) = 1800 / 77
			}},
		{"retention near 99: r′ capped at 0.99", 8, 5,
			Segment{Customers: 10, RevenuePerCustomer: 1000, Margin: 10, Retention: 97},
			money{
				// m = 100; r′ = min(0.97 + 0.05, 0.99) = 0.99
				Current:   1000,              // 10 · 100
				Potential: 1000,              // growth 0
				CLV:       881.8181818181819, // 100 · 0.97 / 0.11 = 9700 / 11
				Equity:    8818.181818181818, // 10 · 9700 / 11
				// clv(0.99) = 100 · 0.99 / 0.09 = 1100; gain = 1100 − 9700/11 = 2400 / 11
				Uplift:    2181.818181818182,         // 10 · 2400 / 11
				UpliftPct: Float(24.742268041237114), // 100 · (2400 / 11) / (9700 / 11) = 2400 / 97
			}},
		{"retention at the cap: no uplift", 8, 5,
			Segment{Customers: 10, RevenuePerCustomer: 1000, Margin: 10, Retention: 99},
			money{
				Current: 1000, Potential: 1000,
				CLV:       1100,     // 100 · 0.99 / 0.09
				Equity:    11000,    // 10 · 1100
				Uplift:    0,        // r′ = min(1.04, 0.99) = r
				UpliftPct: Float(0), // 100 · 0 / 1100
			}},
		{"negative margin: the uplift costs money, the percentage is negative", 8, 5,
			Segment{Customers: 10, RevenuePerCustomer: 1000, Margin: -10, Retention: 97, GrowthPotential: -100},
			money{
				// m = −100
				Current:   -1000,              // 10 · −100
				Potential: 0,                  // −1000 · (1 − 1)
				CLV:       -881.8181818181819, // −100 · 0.97 / 0.11
				Equity:    -8818.181818181818,
				// clv(0.99) = −1100; gain = −1100 + 9700/11 = −2400 / 11
				Uplift:    -2181.818181818182,         // 10 · −2400 / 11
				UpliftPct: Float(-24.742268041237114), // 100 · (−2400 / 11) / |−9700 / 11|
			}},
		{"zero margin: clv 0, no percentage", 8, 5,
			Segment{Customers: 10, RevenuePerCustomer: 1000, Retention: 50},
			money{}},
		{"retention 0: clv 0, no percentage, but keeping 5 % is worth something", 8, 5,
			Segment{Customers: 10, RevenuePerCustomer: 200, Margin: 50},
			money{
				// m = 200 · 50 / 100 = 100
				Current: 1000, Potential: 1000,
				CLV:    0,                 // 100 · 0 / 1.08
				Equity: 0,                 // 10 · 0
				Uplift: 48.54368932038835, // 10 · 100 · 0.05 / (1.08 − 0.05) = 5000 / 103
			}},
		{"retention within a hair of 0: the percentage overflows and is left out", 8, 5,
			Segment{Customers: 10, RevenuePerCustomer: 200, Margin: 50, Retention: 1e-306},
			money{
				Current: 1000, Potential: 1000,
				CLV:    9.259259259259257e-307, // 100 · 1e-308 / 1.08
				Equity: 9.259259259259257e-306, // 10 · clv
				Uplift: 48.54368932038835,      // as at retention 0; 100 · gain / clv would be ≈ 5e308 · 10
			}},
		{"discount rate 0", 0, 5,
			Segment{Customers: 2, RevenuePerCustomer: 100, Margin: 100, Retention: 50, GrowthPotential: 1000},
			money{
				// m = 100
				Current:   200,  // 2 · 100
				Potential: 2200, // 200 · (1 + 1000 / 100)
				CLV:       100,  // 100 · 0.5 / (1 + 0 − 0.5)
				Equity:    200,  // 2 · 100
				// clv(0.55) = 55 / 0.45 = 1100 / 9; gain = 1100/9 − 100 = 200 / 9
				Uplift:    44.44444444444444,        // 2 · 200 / 9
				UpliftPct: Float(22.22222222222222), // 100 · (200 / 9) / 100
			}},
		{"retention uplift 0", 8, 0,
			Segment{Customers: 400, RevenuePerCustomer: 350, Margin: 30, Retention: 70},
			money{Current: 42000, Potential: 42000, CLV: 193.42105263157896, Equity: 77368.42105263157, Uplift: 0, UpliftPct: Float(0)}},
		{"zero customers: the lifetime value of one customer still shows", 8, 5,
			Segment{RevenuePerCustomer: 350, Margin: 30, Retention: 70},
			money{CLV: 193.42105263157896, UpliftPct: Float(23.376623376623378)}},
		{"the largest money figures stay finite", 8, 50,
			Segment{Customers: MaxCount, RevenuePerCustomer: MaxRevenue, Margin: 100, Retention: 98, GrowthPotential: 1000},
			money{
				// m = 1e15; customers = 2^53 = 9007199254740992; r′ = min(0.98 + 0.5, 0.99)
				Current:   9.007199254740992e30,      // 2^53 · 1e15
				Potential: 9.907919180215091e31,      // 2^53 · 1e15 · (1 + 1000 / 100)
				CLV:       9.8e15,                    // 1e15 · 0.98 / (1.08 − 0.98)
				Equity:    8.827055269646172e31,      // 2^53 · 9.8e15
				Uplift:    1.080863910568919e31,      // 2^53 · (1e15 · 0.99 / 0.09 − 9.8e15) = 2^53 · 1.2e15
				UpliftPct: Float(12.244897959183673), // 100 · 1.2e15 / 9.8e15 = 1200 / 98
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testScenario(tt.seg)
			s.Settings.DiscountRate, s.Settings.RetentionUplift = tt.discount, tt.uplift
			rep := Compute(s)
			r := rep.Segments[0]
			got := money{r.CurrentValue, r.PotentialValue, r.CLV, r.Equity, r.EquityUplift, r.EquityUpliftPct}
			if diff := cmp.Diff(tt.want, got, approxLarge); diff != "" {
				t.Errorf("money (-want +got):\n%s", diff)
			}
			checkReportFinite(t, rep)
		})
	}
}

func TestCLV(t *testing.T) {
	tests := []struct {
		name    string
		m, r, d float64
		want    float64
	}{
		{"Gupta and Lehmann", 105, 0.7, 0.08, 193.42105263157896}, // 105 · 0.7 / 0.38
		{"no retention", 105, 0, 0.08, 0},
		{"no discount", 100, 0.5, 0, 100},                  // 100 · 0.5 / 0.5
		{"the cap", 1, 0.99, 0, 99},                        // 0.99 / 0.01
		{"a loss", -50, 0.6, 0.1, -60},                     // −50 · 0.6 / 0.5
		{"high discount", 100, 0.5, 1, 33.333333333333336}, // 50 / 1.5
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, CLV(tt.m, tt.r, tt.d), approx); diff != "" {
				t.Errorf("CLV(%v, %v, %v) (-want +got):\n%s", tt.m, tt.r, tt.d, diff)
			}
		})
	}
}
