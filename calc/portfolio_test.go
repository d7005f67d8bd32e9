package calc

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestComputePortfolio(t *testing.T) {
	// scored returns a segment with the given customers, benefit score
	// and sacrifice score (0 for unrated).
	scored := func(id, name string, customers, benefit, sacrifice float64) Segment {
		sg := Segment{ID: id, Name: name, Customers: customers}
		if benefit != 0 {
			sg.Benefits = map[string]Rating{"quality": rated(1, benefit)}
		}
		if sacrifice != 0 {
			sg.Sacrifices = map[string]Rating{"price": rated(1, sacrifice)}
		}
		return sg
	}
	withGap := func(sg Segment, gap float64) Segment {
		sg.Quality = map[string]QualityRating{"reliability": quality(1, 5, 5+gap)}
		return sg
	}
	withNPS := func(sg Segment, p, n, d float64) Segment {
		sg.NPS = &NPS{Promoters: p, Passives: n, Detractors: d}
		return sg
	}
	type means struct {
		Customers                      float64
		Benefit, Sacrifice, Value, Gap *float64
		NPS                            *float64
	}
	tests := []struct {
		name string
		segs []Segment
		want means
	}{
		{"weighted by customers", []Segment{
			withGap(scored("a", "A", 100, 8, 6), -1),
			withGap(scored("b", "B", 300, 6, 7), 1),
		}, means{
			Customers: 400,          // 100 + 300
			Benefit:   Float(6.5),   // (100·8 + 300·6) / 400 = 2600 / 400
			Sacrifice: Float(6.75),  // (100·6 + 300·7) / 400 = 2700 / 400
			Value:     Float(-0.25), // (100·2 + 300·(−1)) / 400
			Gap:       Float(0.5),   // (100·(−1) + 300·1) / 400
		}},
		{"over the segments that define each figure", []Segment{
			scored("a", "A", 100, 8, 6),
			scored("b", "B", 300, 4, 0), // no sacrifice score, so no value
			withGap(scored("c", "C", 600, 0, 0), -2),
		}, means{
			Customers: 1000,
			Benefit:   Float(5),  // (100·8 + 300·4) / 400
			Sacrifice: Float(6),  // 100·6 / 100
			Value:     Float(2),  // 100·2 / 100: not B − S of the portfolio (5 − 6)
			Gap:       Float(-2), // 600·(−2) / 600
		}},
		{"zero customers: the unweighted mean", []Segment{
			scored("a", "A", 0, 8, 2),
			scored("b", "B", 0, 5, 4),
		}, means{
			Benefit:   Float(6.5), // (8 + 5) / 2
			Sacrifice: Float(3),   // (2 + 4) / 2
			Value:     Float(3.5), // (6 + 1) / 2
		}},
		{"the defining segments have no customers, another has", []Segment{
			scored("a", "A", 0, 8, 0),
			scored("b", "B", 0, 5, 0),
			scored("c", "C", 50, 0, 3),
		}, means{
			Customers: 50,
			Benefit:   Float(6.5), // (8 + 5) / 2: a and b define it, with 0 customers together
			Sacrifice: Float(3),   // 50·3 / 50
		}},
		{"no segment defines anything", []Segment{scored("a", "A", 10, 0, 0)}, means{Customers: 10}},
		{"no segments", nil, means{}},
		{"NPS from the summed counts, not weighted by customers", []Segment{
			withNPS(scored("a", "A", 1, 0, 0), 30, 10, 10), // NPS 40
			withNPS(scored("b", "B", 100, 0, 0), 1, 1, 8),  // NPS −70
			scored("c", "C", 1000, 0, 0),                   // gives no counts
		}, means{
			Customers: 1101,
			NPS:       Float(21.666666666666668), // 100 · ((30 + 1) − (10 + 8)) / (50 + 10) = 1300 / 60
		}},
		{"NPS counts all 0", []Segment{withNPS(scored("a", "A", 1, 0, 0), 0, 0, 0)}, means{Customers: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Compute(testScenario(tt.segs...)).Portfolio
			got := means{p.Customers, p.BenefitScore, p.SacrificeScore, p.Value, p.Gap, p.NPS}
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("portfolio (-want +got):\n%s", diff)
			}
		})
	}
}

func TestComputePortfolioSums(t *testing.T) {
	s := testScenario(
		Segment{ID: "a", Name: "A", Customers: 10, RevenuePerCustomer: 100, Margin: 50},
		Segment{ID: "b", Name: "B", Customers: 20, RevenuePerCustomer: 10, Margin: 100, Retention: 50, GrowthPotential: 100},
	)
	// a: m = 50, current 500, potential 500, clv 0, equity 0,
	//    uplift 10 · 50 · 0.05 / 1.03 = 2500 / 103
	// b: m = 10, current 200, potential 400, clv 10 · 0.5 / 0.58 = 250 / 29,
	//    equity 20 · 250 / 29 = 5000 / 29,
	//    uplift 20 · (10 · 0.55 / 0.53 − 250 / 29) = 54000 / 1537
	type sums struct{ Current, Potential, Equity, Uplift float64 }
	want := sums{
		Current:   700,                // 500 + 200
		Potential: 900,                // 500 + 400
		Equity:    172.41379310344828, // 0 + 5000 / 29
		Uplift:    59.405221368066655, // 2500 / 103 + 54000 / 1537
	}
	p := Compute(s).Portfolio
	if diff := cmp.Diff(want, sums{p.CurrentValue, p.PotentialValue, p.Equity, p.EquityUplift}, approx); diff != "" {
		t.Errorf("portfolio sums (-want +got):\n%s", diff)
	}
}

func TestComputePriorities(t *testing.T) {
	// worth returns a segment whose equity uplift is customers · 2500 / 103
	// (m = 50, retention 0, uplift 5 points); 0 customers give 0, a
	// negative margin a loss.
	worth := func(id, name string, customers, margin float64) Segment {
		return Segment{ID: id, Name: name, Customers: customers, RevenuePerCustomer: 100, Margin: margin}
	}
	tests := []struct {
		name string
		segs []Segment
		want []string
	}{
		{"equity uplift descending", []Segment{
			worth("small", "Z", 1, 50),  // 2500 / 103
			worth("large", "Y", 10, 50), // 25000 / 103
			worth("loss", "X", 10, -50), // −25000 / 103
		}, []string{"large", "small", "loss"}},
		{"equal uplift: by name, then id", []Segment{
			worth("a", "Beta", 0, 50),
			worth("c", "Alpha", 0, 50),
			worth("b", "Alpha", 0, 50),
			worth("top", "Zeta", 1, 50),
		}, []string{"top", "b", "c", "a"}},
		{"names compare as bytes", []Segment{
			worth("a", "alpha", 0, 50),
			worth("b", "Beta", 0, 50),
		}, []string{"b", "a"}}, // "Beta" < "alpha": upper case first
		{"no segments", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compute(testScenario(tt.segs...)).Portfolio.Priorities
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("priorities (-want +got):\n%s", diff)
			}
		})
	}
}

// TestComputeEmptyReport pins the JSON of a scenario without segments: lists
// are [] and undefined figures null, as SPEC §5 shows them.
func TestComputeEmptyReport(t *testing.T) {
	got, err := json.Marshal(Compute(testScenario()))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"segments":[],"portfolio":{"customers":0,"benefitScore":null,"sacrificeScore":null,"value":null,"gap":null,` +
		`"nps":null,"currentValue":0,"potentialValue":0,"equity":0,"equityUplift":0,"priorities":[]}}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("report JSON (-want +got):\n%s", diff)
	}
}

// TestComputeUnratedSegmentJSON pins the JSON of a segment with nothing
// rated: every dimension listed with null gap and status.
func TestComputeUnratedSegmentJSON(t *testing.T) {
	got, err := json.Marshal(Compute(testScenario(Segment{ID: "a", Name: "A"})).Segments[0])
	if err != nil {
		t.Fatal(err)
	}
	unrated := `"gap":null,"status":null,"zone":null,"adequacy":null,"superiority":null`
	want := `{"id":"a","name":"A","benefitScore":null,"sacrificeScore":null,"value":null,"valueRatio":null,"gap":null,` +
		`"adequacy":null,"superiority":null,` +
		`"dimensions":[{"id":"reliability",` + unrated + `},{"id":"empathy",` + unrated + `},{"id":"tangibles",` + unrated + `}],` +
		`"verdict":null,"loyaltyIndex":null,"nps":null,"expectedReferrers":null,"currentValue":0,"potentialValue":0,` +
		`"clv":0,"equity":0,"equityUplift":0,"equityUpliftPct":null,"levers":[],"painPoints":[],"delighters":[],"toAmbassador":null}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("segment JSON (-want +got):\n%s", diff)
	}
}

// TestComputeInvalidDoesNotPanic feeds Compute what Validate refuses: it
// must return, since a panic in WebAssembly ends the app.
func TestComputeInvalidDoesNotPanic(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	s := testScenario(
		Segment{ID: "a", Name: "A", Customers: nan, RevenuePerCustomer: inf, Margin: -inf, Retention: 150,
			Benefits:   map[string]Rating{"quality": rated(-1, nan), "nope": rated(1, 1)},
			Sacrifices: map[string]Rating{"price": rated(inf, 0)},
			Quality:    map[string]QualityRating{"reliability": quality(-2, inf, nan)},
			Loyalty:    map[string]float64{"recommends": nan, "bogus": 1},
			NPS:        &NPS{Promoters: -1, Passives: 1},
		},
		Segment{ID: "a", Name: "A"},
	)
	s.Settings = Settings{DiscountRate: -200, RetentionUplift: nan, SayDo: inf, Tolerance: -1}
	s.Dimensions = append(s.Dimensions, Criterion{ID: "reliability"})
	rep := Compute(s)
	if len(rep.Segments) != 2 || len(rep.Portfolio.Priorities) != 2 {
		t.Errorf("Compute lost segments: %+v", rep)
	}
	Compute(&Scenario{Segments: []Segment{{}}})
	// Marks far off the scale: the path to ambassador steps onto the
	// scale at once instead of taking millions of half points.
	far := testScenario(Segment{
		Benefits:   map[string]Rating{"quality": rated(1, -1e9)},
		Sacrifices: map[string]Rating{"price": rated(1, 1e9)},
		Quality:    map[string]QualityRating{"reliability": quality(1, 1e9, -1e9)},
	})
	if p := Compute(far).Segments[0].ToAmbassador; p == nil || len(p.Steps) > 3 {
		t.Errorf("path of marks off the scale: %v", p)
	}
}
