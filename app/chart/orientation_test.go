package chart

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// bubbleCentres returns the centre of every bubble of an SVG, by the
// segment name at the start of its tooltip.
func bubbleCentres(t *testing.T, doc string) map[string]point {
	t.Helper()
	var root struct {
		Circles []struct {
			CX    string `xml:"cx,attr"`
			CY    string `xml:"cy,attr"`
			Title string `xml:"title"`
		} `xml:"circle"`
	}
	if err := xml.Unmarshal([]byte(doc), &root); err != nil {
		t.Fatal(err)
	}
	centres := map[string]point{}
	for _, c := range root.Circles {
		name, _, ok := strings.Cut(c.Title, " — ")
		if !ok {
			continue
		}
		x, _ := strconv.ParseFloat(c.CX, 64)
		y, _ := strconv.ParseFloat(c.CY, 64)
		centres[name] = point{x, y}
	}
	return centres
}

// orientationScenario has a segment with more value than the other and
// expectations met, and one that gives more than it gets and falls short.
func orientationScenario() *calc.Scenario {
	s := tableScenario()
	s.Segments[1] = calc.Segment{
		ID: "beta", Name: "Beta", Customers: 300,
		Benefits:   map[string]calc.Rating{"b1": {Score: calc.Float(4)}},
		Sacrifices: map[string]calc.Rating{"s1": {Score: calc.Float(9)}},
		Quality:    map[string]calc.QualityRating{"d1": {Expected: calc.Float(9), Experienced: calc.Float(3)}},
	}
	s.Segments[0].Quality = map[string]calc.QualityRating{"d1": {Expected: calc.Float(7), Experienced: calc.Float(8)}}
	return s
}

func TestOrientation(t *testing.T) {
	s := orientationScenario()
	r := calc.Compute(s)
	lb := testLabels[calc.English]
	// Alpha: S 6, B 8, value 2, gap +1. Beta: S 9, B 4, value −5, gap −6.
	vm := bubbleCentres(t, ValueMap(s, r, calc.English, lb, DefaultWidth).SVG)
	if a, b := vm["Alpha"], vm["Beta"]; !(a.x < b.x && a.y < b.y) {
		t.Errorf("value map: Alpha at %v should be left of (fewer sacrifices) and above (more benefits) Beta at %v", a, b)
	}
	q := bubbleCentres(t, PortfolioQuadrant(s, r, calc.English, lb, DefaultWidth).SVG)
	if a, b := q["Alpha"], q["Beta"]; !(a.x > b.x && a.y < b.y) {
		t.Errorf("quadrant: Alpha at %v should be right of (more value) and above (smaller gap) Beta at %v", a, b)
	}
	if rs := radii([]bubble{{customers: 1200}, {customers: 300}}); rs[0] != 2*rs[1] {
		t.Errorf("radii %v: four times the customers should double the radius", rs)
	}
}
