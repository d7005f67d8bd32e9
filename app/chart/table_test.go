package chart

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// tableScenario has one vulnerable segment and one with nothing rated.
//
//	Alpha: B 8, S 6, value 2; gaps −2 (below) and +0,5 (within), G −0,75;
//	m = 1000·20 % = 200, r = 50 %, d = 10 %: clv = 100 / 0,6 = 166,67,
//	r′ = 55 %: clv = 110 / 0,55 = 200.
func tableScenario() *calc.Scenario {
	return &calc.Scenario{
		Format: calc.Format, Version: calc.Version, Title: "Tables", Currency: "EUR",
		Settings:   calc.Settings{DiscountRate: 10, RetentionUplift: 5, SayDo: 30, Tolerance: 0.5},
		Benefits:   []calc.Criterion{{ID: "b1", Name: "Quality"}},
		Sacrifices: []calc.Criterion{{ID: "s1", Name: "Price"}},
		Dimensions: []calc.Criterion{{ID: "d1", Name: "Reliability"}, {ID: "d2", Name: "Empathy"}, {ID: "d3", Name: "Tangibles"}},
		Segments: []calc.Segment{
			{
				ID: "alpha", Name: "Alpha", Customers: 1200, RevenuePerCustomer: 1000, Margin: 20, Retention: 50,
				Benefits:   map[string]calc.Rating{"b1": {Score: calc.Float(8)}},
				Sacrifices: map[string]calc.Rating{"s1": {Score: calc.Float(6)}},
				Quality: map[string]calc.QualityRating{
					"d1": {Expected: calc.Float(8), Experienced: calc.Float(6)},
					"d2": {Expected: calc.Float(7), Experienced: calc.Float(7.5)},
					"d3": {Expected: calc.Float(7)},
				},
			},
			{ID: "beta", Name: "Beta <b>", RevenuePerCustomer: 100, Margin: 10, Retention: 99},
		},
	}
}

func TestTables(t *testing.T) {
	s := tableScenario()
	r := calc.Compute(s)
	en, nl := testLabels[calc.English], testLabels[calc.Dutch]
	tests := []struct {
		name string
		got  Table
		want Table
	}{
		{"value map", ValueMap(s, r, calc.English, en, DefaultWidth).Table, Table{
			Caption: "Value map",
			Head:    []string{"Segment", "Customers", "Benefits", "Sacrifices", "Customer value (benefits − sacrifices)", "Verdict"},
			Rows: [][]string{
				{"Alpha", "1,200", "8", "6", "2", "Vulnerable"},
				{"Beta <b>", "0", "–", "–", "–", "No verdict yet"},
			},
		}},
		{"quadrant in Dutch", PortfolioQuadrant(s, r, calc.Dutch, nl, DefaultWidth).Table, Table{
			Caption: "Portfolio",
			Head:    []string{"Segment", "Klanten", "Klantwaarde (voordelen − offers)", "Verwachtingskloof (beleefd − verwacht)", "Oordeel"},
			Rows: [][]string{
				{"Alpha", "1.200", "2", "-0,75", "Kwetsbaar"},
				{"Beta <b>", "0", "–", "–", "Nog geen oordeel"},
			},
		}},
		{"gap profile", GapProfile(s, r, 0, calc.English, en, DefaultWidth).Table, Table{
			Caption: "Expectations and experience: Alpha",
			Head:    []string{"Quality dimension", "Expected", "Zone", "Experienced", "Expectation gap (experienced − expected)", "Status"},
			Rows: [][]string{
				{"Reliability", "8", "7.5–8.5", "6", "-2", "below the zone"},
				{"Empathy", "7", "6.5–7.5", "7.5", "+0.5", "within the zone"},
				{"Tangibles", "7", "6.5–7.5", "–", "–", "not rated"},
			},
		}},
		{"gap profile out of range", GapProfile(s, r, 2, calc.English, en, DefaultWidth).Table, Table{
			Caption: "Expectations and experience",
			Head:    []string{"Quality dimension", "Expected", "Zone", "Experienced", "Expectation gap (experienced − expected)", "Status"},
			Rows:    [][]string{},
		}},
		{"lifetime", LifetimeCurve(s, r, 0, calc.English, en, DefaultWidth).Table, Table{
			Caption: "Lifetime value and retention: Alpha",
			Head:    []string{"Retention", "Lifetime value per customer"},
			Rows: [][]string{
				{"0%", "€0.00"}, {"10%", "€20.00"}, {"20%", "€44.44"}, {"30%", "€75.00"}, {"40%", "€114.29"},
				{"50% (Now)", "€166.67"}, {"55% (+5 points)", "€200.00"},
				{"60%", "€240.00"}, {"70%", "€350.00"}, {"80%", "€533.33"}, {"90%", "€900.00"}, {"99%", "€1,800.00"},
			},
		}},
		{"lifetime at the cap, in Dutch", LifetimeCurve(s, r, 1, calc.Dutch, nl, DefaultWidth).Table, Table{
			Caption: "Klantwaarde over de relatie en klantbehoud: Beta <b>",
			Head:    []string{"Klantbehoud", "Waarde per klant over de relatie"},
			Rows: [][]string{
				{"0%", "€ 0,00"}, {"10%", "€ 1,00"}, {"20%", "€ 2,22"}, {"30%", "€ 3,75"}, {"40%", "€ 5,71"},
				{"50%", "€ 8,33"}, {"60%", "€ 12,00"}, {"70%", "€ 17,50"}, {"80%", "€ 26,67"}, {"90%", "€ 45,00"},
				{"99% (Nu, +5 procentpunt)", "€ 90,00"},
			},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("table (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLifetimeMatchesReport checks that the curve's current point is the
// report's lifetime value and the uplifted point its equity uplift per
// customer, so the chart and the figures never disagree.
func TestLifetimeMatchesReport(t *testing.T) {
	s := tableScenario()
	r := calc.Compute(s)
	for i, sr := range r.Segments {
		lt, ok := lifetimeOf(s, r, i)
		if !ok {
			t.Fatalf("segment %d not found", i)
		}
		if got := lt.clv(lt.now); !near(got, sr.CLV) {
			t.Errorf("%s: clv %v, report %v", sr.ID, got, sr.CLV)
		}
		if c := s.Segments[i].Customers; c > 0 {
			if got := lt.clv(lt.uplifted) - lt.clv(lt.now); !near(got, sr.EquityUplift/c) {
				t.Errorf("%s: uplift per customer %v, report %v", sr.ID, got, sr.EquityUplift/c)
			}
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func TestTitles(t *testing.T) {
	s := tableScenario()
	r := calc.Compute(s)
	en := testLabels[calc.English]
	tests := []struct{ got, want string }{
		{ValueMap(s, r, calc.English, en, DefaultWidth).Title, "Value map"},
		{PortfolioQuadrant(s, r, calc.English, en, DefaultWidth).Title, "Portfolio"},
		{GapProfile(s, r, 1, calc.English, en, DefaultWidth).Title, "Expectations and experience: Beta <b>"},
		{LifetimeCurve(s, r, 0, calc.English, en, DefaultWidth).Title, "Lifetime value and retention: Alpha"},
		{LifetimeCurve(s, r, -1, calc.English, en, DefaultWidth).Title, "Lifetime value and retention"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("title %q, want %q", tt.got, tt.want)
		}
	}
}

// twoLevelScenario has one segment with a two-level dimension, a one-level
// one, one with all three levels and an unrated one (tolerance 0,5):
//
//	d1: zone [6, 8], experienced 5: below, a = −1
//	d2: expected 7, zone [6,5, 7,5], experienced 8: above, a = 1,5
//	d3: zone [7, 9], expected 8, experienced 7,5: within, a = 0,5
//	Aq = (−1 + 1,5 + 0,5) / 3 = 1/3; value 2: ambassador.
func twoLevelScenario() *calc.Scenario {
	s := tableScenario()
	s.Segments = s.Segments[:1]
	s.Dimensions = append(s.Dimensions, calc.Criterion{ID: "d4", Name: "Assurance"})
	s.Segments[0].Quality = map[string]calc.QualityRating{
		"d1": {Adequate: calc.Float(6), Desired: calc.Float(8), Experienced: calc.Float(5)},
		"d2": {Expected: calc.Float(7), Experienced: calc.Float(8)},
		"d3": {Adequate: calc.Float(7), Desired: calc.Float(9), Expected: calc.Float(8), Experienced: calc.Float(7.5)},
	}
	return s
}

func TestTwoLevelTables(t *testing.T) {
	s := twoLevelScenario()
	r := calc.Compute(s)
	en, nl := testLabels[calc.English], testLabels[calc.Dutch]
	if got := *r.Segments[0].Adequacy; got < 0.333 || got > 0.334 {
		t.Fatalf("Aq = %v, the scenario is not what its comment says", got)
	}
	tests := []struct {
		name string
		got  Table
		want Table
	}{
		{"gap profile", GapProfile(s, r, 0, calc.English, en, DefaultWidth).Table, Table{
			Caption: "Expectations and experience: Alpha",
			Head:    []string{"Quality dimension", "Expected", "Zone", "Experienced", "Expectation gap (experienced − expected)", "Status"},
			Rows: [][]string{
				{"Reliability", "–", "6–8", "5", "–", "below the zone"},
				{"Empathy", "7", "6.5–7.5", "8", "+1", "above the zone"},
				{"Tangibles", "8", "7–9", "7.5", "-0.5", "within the zone"},
				{"Assurance", "–", "–", "–", "–", "not rated"},
			},
		}},
		{"quadrant on adequacy, in Dutch", PortfolioQuadrant(s, r, calc.Dutch, nl, DefaultWidth).Table, Table{
			Caption: "Portfolio",
			Head:    []string{"Segment", "Klanten", "Klantwaarde (voordelen − offers)", "Toereikendheid (beleefd − minimum)", "Oordeel"},
			Rows:    [][]string{{"Alpha", "1.200", "2", "0,33", "Ambassadeur"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("table (-want +got):\n%s", diff)
			}
		})
	}
	// Only two-level zones: no expected and no gap to show.
	s.Segments[0].Quality = map[string]calc.QualityRating{
		"d1": {Adequate: calc.Float(6), Desired: calc.Float(8), Experienced: calc.Float(9)},
	}
	got := GapProfile(s, calc.Compute(s), 0, calc.English, en, DefaultWidth)
	want := []string{"Quality dimension", "Zone", "Experienced", "Status"}
	if diff := cmp.Diff(want, got.Table.Head); diff != "" {
		t.Errorf("head (-want +got):\n%s", diff)
	}
	for _, part := range []string{">above the zone<", ">Zone from minimum to desired<"} {
		if !strings.Contains(got.SVG, part) {
			t.Errorf("the drawing lacks %s", part)
		}
	}
	if strings.Contains(got.SVG, ">Expected<") {
		t.Errorf("the legend names an expected level no row has")
	}
}
