package app

import (
	"strconv"

	"github.com/klantwaarde/klantwaarde/calc"
)

// The ids of segments and criteria: how an edit finds what it changes,
// and how a new one gets an id of its own.

// segmentByID finds a segment of s; edits address segments by id, so that
// an edit stays right when undo has replaced the scenario.
func segmentByID(s *calc.Scenario, id string) *calc.Segment {
	for i := range s.Segments {
		if s.Segments[i].ID == id {
			return &s.Segments[i]
		}
	}
	return nil
}

// freeID returns prefix-N for the smallest N ≥ 1 that taken does not hold.
func freeID(prefix string, taken func(id string) bool) string {
	if len(prefix) > calc.MaxIDLen-4 {
		prefix = prefix[:calc.MaxIDLen-4]
	}
	for n := 1; ; n++ {
		id := prefix + "-" + strconv.Itoa(n)
		if !taken(id) {
			return id
		}
	}
}
