//go:build !wasm

package main

import (
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// TestTableSections checks that the readable table has an entry for every
// section of a segment's results (calc.ResultSections), as the app's
// results panel, slides and printed report do (app's TestResultSections).
func TestTableSections(t *testing.T) {
	for _, s := range calc.ResultSections {
		if tableSections[s] == nil {
			t.Errorf("the readable table (tableSections) has no entry for the section %v", s)
		}
	}
}
