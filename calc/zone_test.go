package calc

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// twoLevel is a quality rating with weight, adequate, desired and
// experienced levels and no expected level.
func twoLevel(weight, adequate, desired, experienced float64) QualityRating {
	return QualityRating{Weight: Float(weight), Adequate: Float(adequate), Desired: Float(desired), Experienced: Float(experienced)}
}

// zone is a zone of tolerance for the wanted results.
func zone(lo, hi float64) *[2]float64 { return &[2]float64{lo, hi} }

func TestComputeZones(t *testing.T) {
	tests := []struct {
		name string
		q    QualityRating
		want DimensionResult
	}{
		{"one level: the zone around the expected level", quality(1, 8, 7), DimensionResult{
			Gap: Float(-1), Status: Below, Zone: zone(7.5, 8.5),
			Adequacy: Float(-0.5), Superiority: Float(-1.5), // g + tol, g − tol
		}},
		{"two levels below the zone", twoLevel(1, 6.5, 8.5, 6), DimensionResult{
			Status: Below, Zone: zone(6.5, 8.5), Adequacy: Float(-0.5), Superiority: Float(-2.5), // P − A, P − D
		}},
		{"two levels at the floor is within", twoLevel(1, 6.5, 8.5, 6.5), DimensionResult{
			Status: Within, Zone: zone(6.5, 8.5), Adequacy: Float(0), Superiority: Float(-2),
		}},
		{"two levels at the ceiling is within", twoLevel(1, 6.5, 8.5, 8.5), DimensionResult{
			Status: Within, Zone: zone(6.5, 8.5), Adequacy: Float(2), Superiority: Float(0),
		}},
		{"two levels above the zone", twoLevel(1, 6.5, 8.5, 9), DimensionResult{
			Status: Above, Zone: zone(6.5, 8.5), Adequacy: Float(2.5), Superiority: Float(0.5),
		}},
		{"a zone of one point: adequate = desired", twoLevel(1, 7, 7, 7), DimensionResult{
			Status: Within, Zone: zone(7, 7), Adequacy: Float(0), Superiority: Float(0),
		}},
		{"all three levels: the two levels make the zone, the gap stays P − E", QualityRating{
			Weight: Float(4), Adequate: Float(8), Desired: Float(9.5), Expected: Float(9), Experienced: Float(7.5),
		}, DimensionResult{
			Gap: Float(-1.5), Status: Below, Zone: zone(8, 9.5), Adequacy: Float(-0.5), Superiority: Float(-2),
		}},
		{"two levels without experience: a zone, nothing else", QualityRating{Adequate: Float(5), Desired: Float(8)},
			DimensionResult{Zone: zone(5, 8)}},
		{"expected only: a zone, nothing else", QualityRating{Expected: Float(5)},
			DimensionResult{Zone: zone(4.5, 5.5)}},
		{"experienced only: nothing", QualityRating{Experienced: Float(5)}, DimensionResult{}},
		{"weight 0 still has its figures", twoLevel(0, 6, 8, 5), DimensionResult{
			Status: Below, Zone: zone(6, 8), Adequacy: Float(-1), Superiority: Float(-3),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testScenario(Segment{Quality: map[string]QualityRating{"empathy": tt.q}})
			got := Compute(s).Segments[0].Dimensions[1]
			tt.want.ID = "empathy"
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("dimension (-want +got):\n%s", diff)
			}
		})
	}
}

func TestComputeAdequacy(t *testing.T) {
	type service struct {
		Gap, Adequacy, Superiority *float64
		Verdict                    Verdict
		PainPoints, Delighters     []string
	}
	tests := []struct {
		name    string
		quality map[string]QualityRating
		want    service
	}{
		{"one level only: Aq = G + tol, Sq = G − tol", map[string]QualityRating{
			"reliability": quality(3, 8, 7), "empathy": quality(1, 6, 7),
		}, service{
			Gap: Float(-0.5), Adequacy: Float(0), Superiority: Float(-1), // G = (3·(−1) + 1·1) / 4
			Verdict: Ambassador, PainPoints: []string{"reliability"}, Delighters: []string{"empathy"},
		}},
		{
			// Σu·(g + tol) / Σu is exactly 0 here, but G + tol is
			// −1.1e−16: version 1 said G < −tol, and so must Aq.
			"one level only: Aq is G + tol, not a second weighted sum", map[string]QualityRating{
				"reliability": quality(1, 3, 1), "empathy": quality(0.3, 1.5, 6),
			}, service{
				Gap: Float(-0.5000000000000001), Adequacy: Float(-1.1102230246251565e-16), Superiority: Float(-1),
				Verdict: Vulnerable, PainPoints: []string{"reliability"}, Delighters: []string{"empathy"},
			}},
		{"two levels: Aq and Sq are the weighted a_d and s_d", map[string]QualityRating{
			"reliability": twoLevel(3, 6, 8, 5), // a = −1, s = −3
			"empathy":     twoLevel(1, 5, 7, 8), // a = 3, s = 1
		}, service{
			Adequacy: Float(0), Superiority: Float(-2), // (3·(−1) + 1·3) / 4, (3·(−3) + 1·1) / 4
			Verdict: Ambassador, PainPoints: []string{"reliability"}, Delighters: []string{"empathy"},
		}},
		{"one and two levels mixed: the one-level dimension adds g ± tol", map[string]QualityRating{
			"reliability": quality(2, 8, 7),     // g = −1: a = −0.5, s = −1.5
			"empathy":     twoLevel(2, 6, 8, 7), // a = 1, s = −1
		}, service{
			Gap: Float(-1), Adequacy: Float(0.25), Superiority: Float(-1.25),
			Verdict: Ambassador, PainPoints: []string{"reliability"}, Delighters: []string{},
		}},
		{"a two-level dimension of weight 0 leaves Aq to G + tol", map[string]QualityRating{
			"reliability": quality(1, 3, 1), "empathy": quality(0.3, 1.5, 6), "tangibles": twoLevel(0, 9, 10, 1),
		}, service{
			Gap: Float(-0.5000000000000001), Adequacy: Float(-1.1102230246251565e-16), Superiority: Float(-1),
			Verdict: Vulnerable, PainPoints: []string{"reliability"}, Delighters: []string{"empathy"},
		}},
		{"only adequate and desired, no experience: no Aq, no verdict", map[string]QualityRating{
			"reliability": {Weight: Float(1), Adequate: Float(6), Desired: Float(8)},
		}, service{PainPoints: []string{}, Delighters: []string{}}},
		{"only weight 0: no Aq", map[string]QualityRating{"reliability": twoLevel(0, 6, 8, 5)},
			service{PainPoints: []string{}, Delighters: []string{}}},
		{"pain points by u·a, then id; delighters by u·s descending, then id", map[string]QualityRating{
			"reliability": twoLevel(2, 6, 7, 5),   // below, u·a = −2
			"empathy":     twoLevel(1, 7, 8, 5),   // below, u·a = −2: before reliability by id
			"tangibles":   twoLevel(4, 3, 4, 4.5), // above, u·s = 2
		}, service{
			Adequacy: Float(0.2857142857142857), Superiority: Float(-0.7142857142857143), // (−2 − 2 + 6) / 7, (−4 − 3 + 2) / 7
			Verdict: Ambassador, PainPoints: []string{"empathy", "reliability"}, Delighters: []string{"tangibles"},
		}},
		{"delighters tied on u·s by id", map[string]QualityRating{
			"reliability": twoLevel(1, 5, 6, 8),   // u·s = 2
			"empathy":     twoLevel(4, 5, 6, 6.5), // u·s = 2
			"tangibles":   twoLevel(0, 5, 6, 10),  // weight 0: no delighter
		}, service{
			Adequacy: Float(1.8), Superiority: Float(0.8), // (3 + 6) / 5, (2 + 2) / 5
			Verdict: Ambassador, PainPoints: []string{}, Delighters: []string{"empathy", "reliability"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testScenario(Segment{
				Benefits: map[string]Rating{"quality": rated(1, 7)}, Sacrifices: map[string]Rating{"price": rated(1, 5)},
				Quality: tt.quality,
			})
			r := Compute(s).Segments[0]
			got := service{r.Gap, r.Adequacy, r.Superiority, r.Verdict, r.PainPoints, r.Delighters}
			// Exact: the sign of Aq decides the verdict.
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("service (-want +got):\n%s", diff)
			}
		})
	}
}
