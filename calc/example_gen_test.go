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

// The files the examples are written from.
var (
	//go:embed testdata/examples/fietsenwinkel.klantwaarde.json
	exampleBikeShop []byte
	//go:embed testdata/bikeshop-en.klantwaarde.json
	exampleBikeShopEnglish []byte
)

// writtenExample is an example the app opens with: a Go literal in goFile,
// function fn, written from file.
type writtenExample struct {
	file, goFile, fn, doc string
	data                  []byte
	get                   func() *Scenario
}

var writtenExamples = []writtenExample{
	{
		file: "testdata/examples/fietsenwinkel.klantwaarde.json", goFile: "example_bikeshop.go",
		fn: "exampleScenario", doc: "the specification's bicycle shop (Example)",
		data: exampleBikeShop, get: func() *Scenario { return ExampleIn(Dutch) },
	},
	{
		file: "testdata/bikeshop-en.klantwaarde.json", goFile: "example_en.go",
		fn: "exampleScenarioEnglish", doc: "the bicycle shop for English visitors (ExampleIn)",
		data: exampleBikeShopEnglish, get: func() *Scenario { return ExampleIn(English) },
	},
}

var updateExample = flag.Bool("update-example", false, "rewrite example_bikeshop.go and example_en.go from the embedded example files")

// TestExampleIsTheFile keeps the examples the app opens with, Go literals
// (example_bikeshop.go, example_en.go), equal to the example files they are
// written from: go test ./calc -run TestExampleIsTheFile -update-example.
func TestExampleIsTheFile(t *testing.T) {
	for _, ex := range writtenExamples {
		t.Run(ex.goFile, func(t *testing.T) {
			want, err := DecodeBytes(ex.data)
			if err != nil {
				t.Fatal(err)
			}
			if *updateExample {
				src, err := exampleSource(want, ex)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(ex.goFile, src, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(want, ex.get()); diff != "" {
				t.Errorf("%s differs from %s (-file +Go); run with -update-example:\n%s", ex.fn, ex.file, diff)
			}
			a, b := ex.get(), ex.get()
			*a.Segments[0].Benefits["quality"].Score = 1
			a.Segments[0].Name = "changed"
			if cmp.Equal(a, b) {
				t.Error("two calls of the example share their values")
			}
		})
	}
}

// TestEnglishExampleHasTheSameNumbers: the English example is the Dutch
// one with English names (and pounds): the same ids and numbers.
func TestEnglishExampleHasTheSameNumbers(t *testing.T) {
	nl, en := ExampleIn(Dutch), ExampleIn(English)
	if en.Locale != "en" || en.Title == nl.Title {
		t.Errorf("the English example has locale %q and title %q", en.Locale, en.Title)
	}
	en.Title, en.Locale, en.Currency = nl.Title, nl.Locale, nl.Currency
	for _, lists := range [][2][]Criterion{{en.Benefits, nl.Benefits}, {en.Sacrifices, nl.Sacrifices}, {en.Dimensions, nl.Dimensions}} {
		for i := range lists[0] {
			if i < len(lists[1]) {
				if lists[0][i].Name == lists[1][i].Name {
					t.Errorf("criterion %s has the Dutch name %q", lists[0][i].ID, lists[0][i].Name)
				}
				lists[0][i].Name = lists[1][i].Name
			}
		}
	}
	for i := range en.Segments {
		if i < len(nl.Segments) {
			en.Segments[i].Name = nl.Segments[i].Name
		}
	}
	if diff := cmp.Diff(nl, en); diff != "" {
		t.Errorf("the English example differs from the Dutch one in more than its names (-nl +en):\n%s", diff)
	}
}

// exampleSource writes s as the Go source of ex.goFile. It knows only
// what the examples use: no extensions.
func exampleSource(s *Scenario, ex writtenExample) ([]byte, error) {
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
	p("// %s. DO NOT EDIT.\n\n", ex.file)
	p("package calc\n\n")
	p("// %s is %s.\n", ex.fn, ex.doc)
	p("func %s() *Scenario {\n\treturn &Scenario{\n", ex.fn)
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
