package app

import (
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// TestResultSections checks that the results panel, the slides and the
// printed report each have an entry for every section of a segment's
// results (calc.ResultSections). The command's readable table has the
// same test (cmd/klantwaarde).
func TestResultSections(t *testing.T) {
	if len(calc.ResultSections) != int(calc.NumResultSections) {
		t.Fatalf("calc.ResultSections lists %d sections, want all %d", len(calc.ResultSections), calc.NumResultSections)
	}
	for _, s := range calc.ResultSections {
		for form, missing := range map[string]bool{
			"results panel (pageSections)":    pageSections[s] == nil,
			"slides (slideSections)":          slideSections[s] == nil,
			"printed report (reportSections)": reportSections[s] == nil,
		} {
			if missing {
				t.Errorf("the %s has no entry for the section %v", form, s)
			}
		}
	}
}
