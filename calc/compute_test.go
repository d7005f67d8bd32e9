package calc

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The criteria of the scenarios in these tests. Sacrifice and benefit ids
// interleave alphabetically ("hassle" < "quality" < "waiting"), so that
// sorting by kind and sorting by id give different orders.
var (
	testBenefits   = []Criterion{{ID: "quality", Name: "Kwaliteit"}, {ID: "advice", Name: "Advies"}, {ID: "repair", Name: "Reparatie"}, {ID: "speed", Name: "Snelheid"}}
	testSacrifices = []Criterion{{ID: "price", Name: "Prijs"}, {ID: "waiting", Name: "Wachttijd"}, {ID: "hassle", Name: "Gedoe"}}
	testDimensions = []Criterion{{ID: "reliability", Name: "Betrouwbaarheid"}, {ID: "empathy", Name: "Empathie"}, {ID: "tangibles", Name: "Uitstraling"}}
)

// testScenario returns a scenario with the test criteria, the default
// settings and the given segments.
func testScenario(segs ...Segment) *Scenario {
	return &Scenario{
		Format: Format, Version: Version, Settings: DefaultSettings(),
		Benefits: testBenefits, Sacrifices: testSacrifices, Dimensions: testDimensions,
		Segments: segs,
	}
}

// rated is a rating with a weight and a score.
func rated(weight, score float64) Rating { return Rating{Weight: Float(weight), Score: Float(score)} }

// quality is a quality rating with weight, expected and experienced.
func quality(weight, expected, experienced float64) QualityRating {
	return QualityRating{Weight: Float(weight), Expected: Float(expected), Experienced: Float(experienced)}
}

func TestComputeScores(t *testing.T) {
	type scores struct {
		Benefit, Sacrifice, Value, Ratio *float64
	}
	tests := []struct {
		name string
		seg  Segment
		want scores
	}{
		{"weighted means", Segment{
			Benefits:   map[string]Rating{"quality": rated(2, 8), "advice": rated(1, 5)},
			Sacrifices: map[string]Rating{"price": rated(1, 4), "waiting": rated(3, 6)},
		}, scores{
			Benefit:   Float(7),                  // (2·8 + 1·5) / 3 = 21 / 3
			Sacrifice: Float(5.5),                // (1·4 + 3·6) / 4 = 22 / 4
			Value:     Float(1.5),                // 7 − 5.5
			Ratio:     Float(1.2727272727272727), // 7 / 5.5 = 14 / 11
		}},
		{"missing weight is 1", Segment{
			Benefits:   map[string]Rating{"quality": {Score: Float(6)}, "advice": rated(3, 10)},
			Sacrifices: map[string]Rating{"price": {Score: Float(3)}},
		}, scores{
			Benefit:   Float(9), // (1·6 + 3·10) / (1 + 3) = 36 / 4
			Sacrifice: Float(3), // 1·3 / 1
			Value:     Float(6), // 9 − 3
			Ratio:     Float(3), // 9 / 3
		}},
		{"weight 0 leaves the item out, never a zero score", Segment{
			Benefits:   map[string]Rating{"quality": rated(0, 1), "advice": rated(2, 9)},
			Sacrifices: map[string]Rating{"price": rated(0, 10), "waiting": rated(1, 2)},
		}, scores{
			Benefit:   Float(9),   // 2·9 / 2; weight 0 read as 1 would give (1 + 18) / 3
			Sacrifice: Float(2),   // 1·2 / 1; weight 0 read as 1 would give (10 + 2) / 2
			Value:     Float(7),   // 9 − 2
			Ratio:     Float(4.5), // 9 / 2
		}},
		{"all weights 0", Segment{
			Benefits:   map[string]Rating{"quality": rated(0, 5)},
			Sacrifices: map[string]Rating{"price": rated(2, 5)},
		}, scores{Sacrifice: Float(5)}},
		{"unrated item (nil score) left out", Segment{
			Benefits:   map[string]Rating{"quality": {Weight: Float(5)}, "advice": rated(1, 4)},
			Sacrifices: map[string]Rating{"price": {Weight: Float(5)}},
		}, scores{Benefit: Float(4)}}, // 1·4 / 1; price has no score, so S and V are null
		{"only some criteria rated (missing map entries)", Segment{
			Benefits:   map[string]Rating{"speed": rated(4, 7)},
			Sacrifices: map[string]Rating{"hassle": rated(1, 8)},
		}, scores{
			Benefit:   Float(7),     // 4·7 / 4
			Sacrifice: Float(8),     // 1·8 / 1
			Value:     Float(-1),    // 7 − 8
			Ratio:     Float(0.875), // 7 / 8
		}},
		{"nothing rated", Segment{}, scores{}},
		{"fractional weights and scores", Segment{
			Benefits:   map[string]Rating{"quality": rated(0.5, 7.5), "advice": rated(1.5, 8.5)},
			Sacrifices: map[string]Rating{"price": rated(2.5, 1)},
		}, scores{
			Benefit:   Float(8.25), // (0.5·7.5 + 1.5·8.5) / 2 = (3.75 + 12.75) / 2 = 16.5 / 2
			Sacrifice: Float(1),
			Value:     Float(7.25), // 8.25 − 1
			Ratio:     Float(8.25), // 8.25 / 1
		}},
		{"ratings of criteria the scenario lacks are ignored", Segment{
			Benefits: map[string]Rating{"gone": rated(5, 1), "advice": rated(1, 6)},
		}, scores{Benefit: Float(6)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compute(testScenario(tt.seg)).Segments[0]
			got := scores{r.BenefitScore, r.SacrificeScore, r.Value, r.ValueRatio}
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("scores (-want +got):\n%s", diff)
			}
		})
	}
}

func TestComputeGaps(t *testing.T) {
	// value gives a segment a value V = benefit − 5.
	value := func(benefit float64) map[string]Rating {
		return map[string]Rating{"quality": rated(1, benefit)}
	}
	sacrifice := map[string]Rating{"price": rated(1, 5)}
	dims := func(gaps ...*float64) []DimensionResult {
		ids := []string{"reliability", "empathy", "tangibles"}
		out := make([]DimensionResult, len(ids))
		for i, id := range ids {
			out[i].ID = id
			if i < len(gaps) && gaps[i] != nil {
				out[i].Gap = gaps[i]
			}
		}
		return out
	}
	withStatus := func(d []DimensionResult, st ...Status) []DimensionResult {
		for i, s := range st {
			d[i].Status = s
		}
		return d
	}
	type gaps struct {
		Dimensions []DimensionResult
		Gap        *float64
		Verdict    Verdict
		PainPoints []string
	}
	tests := []struct {
		name      string
		tolerance float64
		benefit   float64 // V = benefit − 5
		quality   map[string]QualityRating
		want      gaps
	}{
		{"gap exactly −tol is within and meets the expectation", 0.5, 7,
			map[string]QualityRating{"reliability": quality(1, 8, 7.5)},
			gaps{
				Dimensions: withStatus(dims(Float(-0.5)), Within), // 7.5 − 8
				Gap:        Float(-0.5),
				Verdict:    Ambassador, // V = 2 > 0 and G = −0.5 ≥ −0.5
				PainPoints: []string{},
			}},
		{"gap exactly +tol is within", 0.5, 7,
			map[string]QualityRating{"reliability": quality(1, 7, 7.5)},
			gaps{withStatus(dims(Float(0.5)), Within), Float(0.5), Ambassador, []string{}}},
		{"just below the zone of tolerance", 0.5, 7,
			map[string]QualityRating{"reliability": quality(1, 8, 7.25)},
			gaps{
				Dimensions: withStatus(dims(Float(-0.75)), Below), // 7.25 − 8 < −0.5
				Gap:        Float(-0.75),
				Verdict:    Vulnerable, // V = 2 > 0 and G < −0.5
				PainPoints: []string{"reliability"},
			}},
		{"just above the zone of tolerance", 0.5, 5,
			map[string]QualityRating{"reliability": quality(1, 5, 5.75)},
			gaps{
				Dimensions: withStatus(dims(Float(0.75)), Above),
				Gap:        Float(0.75),
				Verdict:    Indifferent, // V = 0 is not > 0, G ≥ −0.5
				PainPoints: []string{},
			}},
		{"tolerance 0: gap 0 is within, any shortfall below", 0, 4,
			map[string]QualityRating{"reliability": quality(1, 7, 7), "empathy": quality(1, 7.25, 7), "tangibles": quality(2, 7, 7.25)},
			gaps{
				Dimensions: withStatus(dims(Float(0), Float(-0.25), Float(0.25)), Within, Below, Above),
				Gap:        Float(0.0625), // (1·0 + 1·(−0.25) + 2·0.25) / 4 = 0.25 / 4
				Verdict:    Indifferent,   // V = −1, G ≥ −0
				PainPoints: []string{"empathy"},
			}},
		{"defector", 0.5, 3,
			map[string]QualityRating{"reliability": quality(1, 9, 6)},
			gaps{withStatus(dims(Float(-3)), Below), Float(-3), Defector, []string{"reliability"}}}, // V = −2, G = −3
		{"weighted gap G", 0.5, 8,
			map[string]QualityRating{"reliability": quality(3, 8, 7), "empathy": quality(1, 6, 7)},
			gaps{
				Dimensions: withStatus(dims(Float(-1), Float(1)), Below, Above),
				Gap:        Float(-0.5), // (3·(−1) + 1·1) / (3 + 1) = −2 / 4
				Verdict:    Ambassador,  // G = −0.5 ≥ −tol although reliability is a pain point
				PainPoints: []string{"reliability"},
			}},
		{"missing weight counts as 1", 0.5, 8,
			map[string]QualityRating{"reliability": {Expected: Float(8), Experienced: Float(6)}, "empathy": quality(3, 6, 6)},
			gaps{
				Dimensions: withStatus(dims(Float(-2), Float(0)), Below, Within),
				Gap:        Float(-0.5), // (1·(−2) + 3·0) / (1 + 3)
				Verdict:    Ambassador,
				PainPoints: []string{"reliability"},
			}},
		{"missing expected or experienced leaves the dimension out", 0.5, 8,
			map[string]QualityRating{
				"reliability": {Weight: Float(5), Experienced: Float(2)},
				"empathy":     quality(1, 6, 5),
				"tangibles":   {Weight: Float(5), Expected: Float(9)},
			},
			gaps{
				Dimensions: withStatus(dims(nil, Float(-1)), NoStatus, Below), // reliability and tangibles unrated
				Gap:        Float(-1),                                         // 1·(−1) / 1
				Verdict:    Vulnerable,
				PainPoints: []string{"empathy"},
			}},
		{"weight 0 below the zone is no pain point and not in G", 0.5, 8,
			map[string]QualityRating{"reliability": quality(0, 9, 2), "empathy": quality(2, 6, 6)},
			gaps{
				Dimensions: withStatus(dims(Float(-7), Float(0)), Below, Within),
				Gap:        Float(0), // 2·0 / 2
				Verdict:    Ambassador,
				PainPoints: []string{},
			}},
		{"only weight-0 dimensions: no G, no verdict", 0.5, 8,
			map[string]QualityRating{"reliability": quality(0, 9, 2)},
			gaps{withStatus(dims(Float(-7)), Below), nil, NoVerdict, []string{}}},
		{"no value: no verdict", 0.5, 0,
			map[string]QualityRating{"reliability": quality(1, 6, 7)},
			gaps{withStatus(dims(Float(1)), Above), Float(1), NoVerdict, []string{}}},
		{"nothing rated", 0.5, 8, nil, gaps{dims(), nil, NoVerdict, []string{}}},
		{"pain points by u·a ascending, not by u·g", 0.5, 8,
			map[string]QualityRating{
				"reliability": quality(1, 8, 6), // u·a = 1·(−2 + 0.5) = −1.5 (u·g = −2)
				"empathy":     quality(2, 8, 7), // u·a = 2·(−1 + 0.5) = −1 (u·g = −2)
				"tangibles":   quality(4, 8, 7), // u·a = 4·(−1 + 0.5) = −2 (u·g = −4)
			},
			gaps{
				Dimensions: withStatus(dims(Float(-2), Float(-1), Float(-1)), Below, Below, Below),
				Gap:        Float(-1.1428571428571428), // (1·(−2) + 2·(−1) + 4·(−1)) / (1 + 2 + 4) = −8 / 7
				Verdict:    Vulnerable,
				PainPoints: []string{"tangibles", "reliability", "empathy"}, // by u·g: tangibles, empathy, reliability
			}},
		{"pain points tied on u·a by id", 0.5, 8,
			map[string]QualityRating{
				"reliability": quality(1, 8, 6),   // u·a = 1·(−1.5) = −1.5
				"empathy":     quality(3, 8, 7),   // u·a = 3·(−0.5) = −1.5
				"tangibles":   quality(1, 8, 7.5), // within: no pain point
			},
			gaps{
				Dimensions: withStatus(dims(Float(-2), Float(-1), Float(-0.5)), Below, Below, Within),
				Gap:        Float(-1.1), // (1·(−2) + 3·(−1) + 1·(−0.5)) / 5
				Verdict:    Vulnerable,
				PainPoints: []string{"empathy", "reliability"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testScenario(Segment{Quality: tt.quality, Sacrifices: sacrifice})
			if tt.benefit != 0 {
				s.Segments[0].Benefits = value(tt.benefit)
			}
			s.Settings.Tolerance = tt.tolerance
			r := Compute(s).Segments[0]
			got := gaps{r.Dimensions, r.Gap, r.Verdict, r.PainPoints}
			// The zone, adequacy and superiority have tests of their own
			// (TestComputeZones).
			zones := cmpopts.IgnoreFields(DimensionResult{}, "Zone", "Adequacy", "Superiority")
			if diff := cmp.Diff(tt.want, got, approx, zones); diff != "" {
				t.Errorf("gaps (-want +got):\n%s", diff)
			}
		})
	}
}

func TestComputeLevers(t *testing.T) {
	tests := []struct {
		name       string
		benefits   map[string]Rating
		sacrifices map[string]Rating
		want       []Lever
	}{
		{"impact descending, at most 3",
			map[string]Rating{"quality": rated(4, 5), "advice": rated(2, 5), "repair": rated(1, 5), "speed": rated(1, 5)},
			map[string]Rating{"price": rated(1, 5)},
			[]Lever{
				{SacrificeLever, "price", 1},   // 1 / 1
				{BenefitLever, "quality", 0.5}, // 4 / (4 + 2 + 1 + 1)
				{BenefitLever, "advice", 0.25}, // 2 / 8
				// repair and speed (1 / 8 each) do not fit
			}},
		{"benefit before sacrifice at equal impact, then id",
			map[string]Rating{"quality": rated(1, 5), "advice": rated(1, 5)},
			map[string]Rating{"hassle": rated(1, 5), "price": rated(1, 5)},
			[]Lever{
				{BenefitLever, "advice", 0.5},   // 1 / 2, "advice" < "quality"
				{BenefitLever, "quality", 0.5},  // 1 / 2
				{SacrificeLever, "hassle", 0.5}, // 1 / 2, before "price"; "hassle" < "quality" but benefits come first
			}},
		{"a benefit at 10 and a sacrifice at 1 cannot improve, but still weigh",
			map[string]Rating{"quality": rated(1, 10), "advice": rated(1, 6)},
			map[string]Rating{"price": rated(3, 1), "waiting": rated(1, 4)},
			[]Lever{
				{BenefitLever, "advice", 0.5},     // 1 / (1 + 1)
				{SacrificeLever, "waiting", 0.25}, // 1 / (3 + 1)
			}},
		{"weight 0, unrated and missing weights",
			map[string]Rating{"quality": rated(0, 5), "advice": {Weight: Float(3)}, "repair": {Score: Float(9.5)}},
			map[string]Rating{"price": {Score: Float(2)}, "waiting": rated(3, 2)},
			[]Lever{
				{BenefitLever, "repair", 1},       // missing weight 1 / 1
				{SacrificeLever, "waiting", 0.75}, // 3 / (1 + 3)
				{SacrificeLever, "price", 0.25},   // 1 / 4
			}},
		{"nothing to improve: an empty list, not null",
			map[string]Rating{"quality": rated(2, 10)},
			map[string]Rating{"price": rated(2, 1)},
			[]Lever{}},
		{"nothing rated", nil, nil, []Lever{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compute(testScenario(Segment{Benefits: tt.benefits, Sacrifices: tt.sacrifices})).Segments[0].Levers
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("levers (-want +got):\n%s", diff)
			}
		})
	}
}

func TestComputeLoyaltyAndNPS(t *testing.T) {
	type figures struct {
		Loyalty, NPS, Referrers *float64
	}
	tests := []struct {
		name    string
		sayDo   float64
		loyalty map[string]float64
		nps     *NPS
		want    figures
	}{
		{"the example of the specification", 30,
			map[string]float64{"repeatPurchase": 60, "recommends": 30},
			&NPS{Promoters: 40, Passives: 35, Detractors: 25},
			figures{
				Loyalty:   Float(45), // (60 + 30) / 2
				NPS:       Float(15), // 100 · (40 − 25) / (40 + 35 + 25)
				Referrers: Float(12), // 40 · 30 / 100
			}},
		{"all six indicators", 30,
			map[string]float64{"repeatPurchase": 55, "repeatVisits": 70, "recommends": 35, "openness": 40, "crossSelling": 25, "partnership": 5},
			nil,
			figures{Loyalty: Float(38.333333333333336)}}, // (55 + 70 + 35 + 40 + 25 + 5) / 6 = 230 / 6
		{"an indicator of 0 counts", 30, map[string]float64{"partnership": 0, "openness": 90}, nil,
			figures{Loyalty: Float(45)}}, // (0 + 90) / 2
		{"no indicators", 30, map[string]float64{}, nil, figures{}},
		{"nobody answered: no NPS, but 0 referrers", 30, nil, &NPS{},
			figures{Referrers: Float(0)}}, // 0 · 30 / 100
		{"only detractors", 30, nil, &NPS{Detractors: 10},
			figures{NPS: Float(-100), Referrers: Float(0)}}, // 100 · (0 − 10) / 10
		{"only passives", 30, nil, &NPS{Passives: 3},
			figures{NPS: Float(0), Referrers: Float(0)}},
		{"say-do ratio", 45, nil, &NPS{Promoters: 7, Passives: 2, Detractors: 1},
			figures{
				NPS:       Float(60),   // 100 · (7 − 1) / 10
				Referrers: Float(3.15), // 7 · 45 / 100
			}},
		{"say-do 0", 0, nil, &NPS{Promoters: 7}, figures{NPS: Float(100), Referrers: Float(0)}},
		{"say-do 100", 100, nil, &NPS{Promoters: 7}, figures{NPS: Float(100), Referrers: Float(7)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testScenario(Segment{Loyalty: tt.loyalty, NPS: tt.nps})
			s.Settings.SayDo = tt.sayDo
			r := Compute(s).Segments[0]
			got := figures{r.LoyaltyIndex, r.NPS, r.ExpectedReferrers}
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("loyalty and NPS (-want +got):\n%s", diff)
			}
		})
	}
}
