package app

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// TestResultSections checks that the results panel, the slides and the
// printed report each have an entry for every section of a segment's
// results (calc.ResultSections), and none for a section not in the list.
// The command's readable table has the same test (cmd/klantwaarde).
func TestResultSections(t *testing.T) {
	tests := []struct {
		name string
		has  []calc.ResultSection
	}{
		{"results panel (pageSections)", keysOf(pageSections)},
		{"slides (slideSections)", keysOf(slideSections)},
		{"printed report (reportSections)", keysOf(reportSections)},
	}
	want := slices.Sorted(slices.Values(calc.ResultSections))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(want, tt.has); diff != "" {
				t.Errorf("sections (-calc.ResultSections +renderer):\n%s", diff)
			}
		})
	}
}

func keysOf[F any](m map[calc.ResultSection]F) []calc.ResultSection {
	keys := make([]calc.ResultSection, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
