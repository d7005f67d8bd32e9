package chart

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// update rewrites the golden files. Look at what changed before committing,
// e.g. rsvg-convert -z 1.5 testdata/x.svg -o /tmp/x.png (apt: librsvg2-bin).
var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata")

// example is a worked example of the specification with its report.
type example struct {
	name     string
	scenario *calc.Scenario
	report   calc.Report
	locale   calc.Locale
}

func examples(t *testing.T) []example {
	t.Helper()
	files, err := filepath.Glob("../../calc/testdata/examples/*.klantwaarde.json")
	if err != nil || len(files) < 3 {
		t.Fatalf("examples missing: %v %v", files, err)
	}
	var out []example
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		s, err := calc.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out = append(out, example{
			name:     strings.TrimSuffix(filepath.Base(file), ".klantwaarde.json"),
			scenario: s, report: calc.Compute(s), locale: calc.LocaleOf(s.Locale),
		})
	}
	return out
}

// namedChart is a chart with the name of its golden file.
type namedChart struct {
	file  string
	chart Chart
}

// allCharts draws every chart of a scenario: the two portfolio charts and
// the two segment charts of each segment.
func allCharts(name string, s *calc.Scenario, r calc.Report, l calc.Locale, lb Labels) []namedChart {
	return allChartsAt(name, s, r, l, lb, DefaultWidth)
}

// allChartsAt is allCharts drawn width wide.
func allChartsAt(name string, s *calc.Scenario, r calc.Report, l calc.Locale, lb Labels, width float64) []namedChart {
	charts := []namedChart{
		{name + "-valuemap", ValueMap(s, r, l, lb, width)},
		{name + "-quadrant", PortfolioQuadrant(s, r, l, lb, width)},
	}
	for i := range s.Segments {
		id := s.Segments[i].ID
		if id == "" || !calc.ValidID(id) {
			id = strconv.Itoa(i)
		}
		charts = append(charts,
			namedChart{name + "-gapprofile-" + id, GapProfile(s, r, i, l, lb, width)},
			namedChart{name + "-lifetime-" + id, LifetimeCurve(s, r, i, l, lb, width)})
	}
	return charts
}

// goldenCharts are the charts kept in testdata: every example at the
// default width, and the bicycle shop as narrow as on a phone and with
// one segment in focus on its value map.
func goldenCharts(t *testing.T) []namedChart {
	var charts []namedChart
	for _, ex := range examples(t) {
		lb := testLabels[ex.locale]
		charts = append(charts, allCharts(ex.name, ex.scenario, ex.report, ex.locale, lb)...)
		if ex.name == "fietsenwinkel" {
			charts = append(charts, allChartsAt(ex.name+"-phone", ex.scenario, ex.report, ex.locale, lb, 330)...)
			charts = append(charts, namedChart{ex.name + "-valuemap-focus",
				ValueMapFocus(ex.scenario, ex.report, ex.locale, lb, 340, 1)})
		}
	}
	return charts
}

func TestGolden(t *testing.T) {
	{
		for _, nc := range goldenCharts(t) {
			t.Run(nc.file, func(t *testing.T) {
				checkSVG(t, nc.chart.SVG)
				golden := filepath.Join("testdata", nc.file+".svg")
				if *update {
					if err := os.WriteFile(golden, []byte(nc.chart.SVG+"\n"), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if got := nc.chart.SVG + "\n"; got != string(want) {
					t.Errorf("%s differs from the drawing (run go test -update and look at it):\n%s", golden, firstDifference(string(want), got))
				}
			})
		}
	}
}

// firstDifference shows where two documents part.
func firstDifference(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	from := max(i-80, 0)
	return "want …" + want[from:min(i+80, len(want))] + "\n got …" + got[from:min(i+80, len(got))]
}

// TestDeterministic draws the same charts twice.
func TestDeterministic(t *testing.T) {
	for _, ex := range examples(t) {
		a := allCharts(ex.name, ex.scenario, ex.report, ex.locale, testLabels[ex.locale])
		b := allCharts(ex.name, ex.scenario, ex.report, ex.locale, testLabels[ex.locale])
		for i := range a {
			if a[i].chart.SVG != b[i].chart.SVG {
				t.Errorf("%s: two drawings differ", a[i].file)
			}
		}
	}
}
