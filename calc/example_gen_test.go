package calc

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// exampleBikeShop is the file Example is written from.
//
//go:embed testdata/examples/fietsenwinkel.klantwaarde.json
var exampleBikeShop []byte

var updateExample = flag.Bool("update-example", false, "rewrite example_bikeshop.go from the embedded example file")

// TestExampleIsTheFile keeps the example the app opens with, a Go literal
// (example_bikeshop.go), equal to the specification's example file it is
// written from: go test ./calc -run TestExampleIsTheFile -update-example.
func TestExampleIsTheFile(t *testing.T) {
	want, err := DecodeBytes(exampleBikeShop)
	if err != nil {
		t.Fatal(err)
	}
	if *updateExample {
		src, err := exampleSource(want)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("example_bikeshop.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(want, Example()); diff != "" {
		t.Errorf("Example() differs from %s (-file +Example); run with -update-example:\n%s", "testdata/examples/fietsenwinkel.klantwaarde.json", diff)
	}
	a, b := Example(), Example()
	*a.Segments[0].Benefits["quality"].Score = 1
	a.Segments[0].Name = "changed"
	if cmp.Equal(a, b) {
		t.Error("two calls of Example share their values")
	}
}

// exampleSource writes s as the Go source of example_bikeshop.go. It knows
// only what the example uses: no extensions.
func exampleSource(s *Scenario) ([]byte, error) {
	var b bytes.Buffer
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	num := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	ptr := func(x *float64) string {
		if x == nil {
			return "nil"
		}
		return "Float(" + num(*x) + ")"
	}
	criteria := func(cs []Criterion) {
		p("[]Criterion{\n")
		for _, c := range cs {
			p("{ID: %q, Name: %q},\n", c.ID, c.Name)
		}
		p("},\n")
	}
	p("// Code written by TestExampleIsTheFile (-update-example) from\n")
	p("// testdata/examples/fietsenwinkel.klantwaarde.json. DO NOT EDIT.\n\n")
	p("package calc\n\n")
	p("// exampleScenario is the specification's bicycle shop (Example).\n")
	p("func exampleScenario() *Scenario {\n\treturn &Scenario{\n")
	p("Format: %q, Version: %d, Title: %q, Locale: %q, Currency: %q,\n", s.Format, s.Version, s.Title, s.Locale, s.Currency)
	st := s.Settings
	p("Settings: Settings{DiscountRate: %s, RetentionUplift: %s, SayDo: %s, Tolerance: %s},\n", num(st.DiscountRate), num(st.RetentionUplift), num(st.SayDo), num(st.Tolerance))
	p("Benefits: ")
	criteria(s.Benefits)
	p("Sacrifices: ")
	criteria(s.Sacrifices)
	p("Dimensions: ")
	criteria(s.Dimensions)
	p("Segments: []Segment{\n")
	for _, g := range s.Segments {
		if g.X != nil || g.NPS != nil && g.NPS.X != nil {
			return nil, fmt.Errorf("segment %s has extensions, which exampleSource does not write", g.ID)
		}
		p("{\nID: %q, Name: %q, Customers: %s, RevenuePerCustomer: %s, Margin: %s, Retention: %s, GrowthPotential: %s,\n",
			g.ID, g.Name, num(g.Customers), num(g.RevenuePerCustomer), num(g.Margin), num(g.Retention), num(g.GrowthPotential))
		for _, part := range []struct {
			name string
			m    map[string]Rating
		}{{"Benefits", g.Benefits}, {"Sacrifices", g.Sacrifices}} {
			if part.m == nil {
				continue
			}
			p("%s: map[string]Rating{\n", part.name)
			for _, id := range slices.Sorted(maps.Keys(part.m)) {
				r := part.m[id]
				p("%q: {Weight: %s, Score: %s},\n", id, ptr(r.Weight), ptr(r.Score))
			}
			p("},\n")
		}
		if g.Quality != nil {
			p("Quality: map[string]QualityRating{\n")
			for _, id := range slices.Sorted(maps.Keys(g.Quality)) {
				q := g.Quality[id]
				p("%q: {Weight: %s, Expected: %s, Experienced: %s},\n", id, ptr(q.Weight), ptr(q.Expected), ptr(q.Experienced))
			}
			p("},\n")
		}
		if g.Loyalty != nil {
			p("Loyalty: map[string]float64{")
			for _, id := range slices.Sorted(maps.Keys(g.Loyalty)) {
				p("%q: %s, ", id, num(g.Loyalty[id]))
			}
			p("},\n")
		}
		if g.NPS != nil {
			p("NPS: &NPS{Promoters: %s, Passives: %s, Detractors: %s},\n", num(g.NPS.Promoters), num(g.NPS.Passives), num(g.NPS.Detractors))
		}
		p("},\n")
	}
	p("},\n}\n}\n")
	if s.X != nil || s.Settings.X != nil {
		return nil, fmt.Errorf("the example has extensions, which exampleSource does not write")
	}
	return format.Source(b.Bytes())
}
