package chart

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

var dump = flag.String("dump", "", "write the charts of the degenerate scenarios to this directory, to look at")

// degenerateScenario builds a valid scenario with n segments and dims
// quality dimensions whose figures vary with the index: some segments
// have no customers, some lose money, every fourth dimension is unrated.
func degenerateScenario(n, dims int, dimName string) *calc.Scenario {
	s := &calc.Scenario{
		Format: calc.Format, Version: calc.Version, Title: "Degenerate", Currency: "EUR",
		Settings:   calc.DefaultSettings(),
		Benefits:   []calc.Criterion{{ID: "b1", Name: "Quality"}, {ID: "b2", Name: "Advice"}},
		Sacrifices: []calc.Criterion{{ID: "s1", Name: "Price"}, {ID: "s2", Name: "Waiting"}},
	}
	if dimName == "" {
		dimName = "Dimension"
	}
	for k := range dims {
		s.Dimensions = append(s.Dimensions, calc.Criterion{ID: "d" + strconv.Itoa(k), Name: dimName + " " + strconv.Itoa(k+1)})
	}
	for i := range n {
		sg := calc.Segment{
			ID: "seg" + strconv.Itoa(i), Name: "Segment " + strconv.Itoa(i+1),
			Customers:          float64((i * 37) % 500),
			RevenuePerCustomer: float64(100 + 10*i),
			Margin:             float64((i*13)%60 - 10),
			Retention:          float64(min((i*17)%100, 99)),
			Benefits: map[string]calc.Rating{
				"b1": {Score: spread(i * 37)},
				"b2": {Weight: calc.Float(2), Score: spread(i * 53)},
			},
			Sacrifices: map[string]calc.Rating{"s1": {Score: spread(i*29 + 40)}},
			Quality:    map[string]calc.QualityRating{},
		}
		for k := range dims {
			if k%4 == 3 {
				continue
			}
			sg.Quality["d"+strconv.Itoa(k)] = calc.QualityRating{
				Expected:    spread(i*7 + k*11),
				Experienced: spread(i*13 + k*17),
			}
		}
		s.Segments = append(s.Segments, sg)
	}
	return s
}

// spread maps a whole number onto the rating scale in tenths, so that
// scores of consecutive segments differ.
func spread(n int) *float64 { return calc.Float(calc.MinRating + float64(n%91)/10) }

func TestDegenerate(t *testing.T) {
	tests := []struct {
		name string
		s    *calc.Scenario
	}{
		{"no segments", degenerateScenario(0, 5, "")},
		{"no dimensions", degenerateScenario(2, 0, "")},
		{"nothing rated", func() *calc.Scenario {
			s := degenerateScenario(3, 5, "")
			for i := range s.Segments {
				s.Segments[i] = calc.Segment{ID: s.Segments[i].ID, Name: s.Segments[i].Name}
			}
			return s
		}()},
		{"single segment without customers", func() *calc.Scenario {
			s := degenerateScenario(1, 5, "")
			s.Segments[0].Customers = 0
			return s
		}()},
		{"loss-making, retention 0 and 99", func() *calc.Scenario {
			s := degenerateScenario(3, 5, "")
			s.Settings.RetentionUplift = 50
			s.Segments[0].Margin, s.Segments[0].Retention = -50, 99
			s.Segments[1].Margin, s.Segments[1].Retention = 30, 0
			s.Segments[2].Margin, s.Segments[2].Retention = 0, 60
			return s
		}()},
		{"12 dimensions with long names", degenerateScenario(3, calc.MaxDimensions, "A very long quality dimension name that goes on")},
		{"50 segments", degenerateScenario(calc.MaxSegments, 5, "")},
		{"tolerance 3, no discount, no uplift", func() *calc.Scenario {
			s := degenerateScenario(4, 5, "")
			s.Settings.Tolerance, s.Settings.DiscountRate, s.Settings.RetentionUplift = 3, 0, 0
			return s
		}()},
		{"tolerance 0", func() *calc.Scenario {
			s := degenerateScenario(4, 5, "")
			s.Settings.Tolerance = 0
			return s
		}()},
		{"huge amounts", func() *calc.Scenario {
			s := degenerateScenario(2, 5, "")
			s.Settings.DiscountRate = 0
			s.Segments[0].RevenuePerCustomer, s.Segments[0].Margin, s.Segments[0].Retention = 1e12, 100, 99
			s.Segments[0].Customers = calc.MaxCount
			return s
		}()},
		{"scores at the corners", func() *calc.Scenario {
			s := degenerateScenario(2, 1, "")
			s.Segments[0].Benefits = map[string]calc.Rating{"b1": {Score: calc.Float(10)}}
			s.Segments[0].Sacrifices = map[string]calc.Rating{"s1": {Score: calc.Float(1)}}
			s.Segments[0].Quality = map[string]calc.QualityRating{"d0": {Expected: calc.Float(1), Experienced: calc.Float(10)}}
			s.Segments[1].Benefits = map[string]calc.Rating{"b1": {Score: calc.Float(1)}}
			s.Segments[1].Sacrifices = map[string]calc.Rating{"s1": {Score: calc.Float(10)}}
			s.Segments[1].Quality = map[string]calc.QualityRating{"d0": {Expected: calc.Float(10), Experienced: calc.Float(1)}}
			return s
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := calc.Validate(tt.s); err != nil {
				t.Fatalf("the test scenario is invalid: %v", err)
			}
			r := calc.Compute(tt.s)
			for _, l := range []calc.Locale{calc.English, calc.Dutch} {
				lb := testLabels[l]
				charts := allCharts("x", tt.s, r, l, lb)
				for _, i := range []int{-1, len(tt.s.Segments)} {
					charts = append(charts,
						namedChart{"gapprofile-out-of-range", GapProfile(tt.s, r, i, l, lb, DefaultWidth)},
						namedChart{"lifetime-out-of-range", LifetimeCurve(tt.s, r, i, l, lb, DefaultWidth)})
				}
				for _, nc := range charts {
					t.Run(string(l)+"/"+nc.file, func(t *testing.T) {
						checkSVG(t, nc.chart.SVG)
						checkTable(t, nc.chart.Table)
						dumpChart(t, tt.name+"-"+string(l)+"-"+nc.file, nc.chart)
					})
				}
			}
		})
	}
}

// checkTable asserts that a table is rectangular and holds no NaN or
// infinity.
func checkTable(t *testing.T, tb Table) {
	t.Helper()
	for _, row := range tb.Rows {
		if len(row) != len(tb.Head) {
			t.Errorf("row %q has %d cells, the head %d", row, len(row), len(tb.Head))
		}
		for _, cell := range row {
			if strings.Contains(cell, "NaN") || strings.Contains(cell, "Inf") {
				t.Errorf("cell %q", cell)
			}
		}
	}
}

func TestLongDimensionNames(t *testing.T) {
	s := degenerateScenario(1, calc.MaxDimensions, "Betrouwbaarheid van de levering op de afgesproken dag")
	c := GapProfile(s, calc.Compute(s), 0, calc.Dutch, testLabels[calc.Dutch], DefaultWidth)
	// Two lines, the second ending in … when the name is longer still.
	if !strings.Contains(c.SVG, ">Betrouwbaarheid van de<tspan") || !strings.Contains(c.SVG, ">levering op de afgesproke…</tspan>") {
		t.Errorf("the long name is not on two lines ending in … in the chart")
	}
	if len(c.Table.Rows) != calc.MaxDimensions {
		t.Fatalf("%d table rows, want %d", len(c.Table.Rows), calc.MaxDimensions)
	}
	if got, want := c.Table.Rows[11][0], s.Dimensions[11].Name; got != want {
		t.Errorf("table name %q, want the full %q", got, want)
	}
	if got := strings.Count(c.SVG, ">niet beoordeeld<"); got != 3 {
		t.Errorf("%d dimensions say they are not rated, want 3", got)
	}
}

// dumpChart writes a chart to the -dump directory, if one is given.
func dumpChart(t *testing.T, name string, c Chart) {
	if *dump == "" {
		return
	}
	name = strings.NewReplacer(" ", "-", ",", "").Replace(name) + ".svg"
	if err := os.WriteFile(filepath.Join(*dump, name), []byte(c.SVG), 0o644); err != nil {
		t.Fatal(err)
	}
}
