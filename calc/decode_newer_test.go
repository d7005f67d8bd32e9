package calc

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDecodeNewer(t *testing.T) {
	doc := `{"format": "klantwaarde/scenario", "version": 3, "title": "Later",
		"futureSetting": {"a": 1},
		"benefits": [{"id": "b1", "name": "One", "icon": "star"}],
		"segments": [{"id": "s1", "name": "S", "customers": 3, "benefits": {"b1": {"score": 7, "confidence": 0.9}}}]}`
	if _, err := DecodeBytes([]byte(doc)); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("DecodeBytes: %v, want ErrNewerVersion", err)
	}
	s, err := DecodeNewer([]byte(doc))
	if err != nil {
		t.Fatalf("DecodeNewer: %v", err)
	}
	want := &Scenario{
		Format: Format, Version: 3, Title: "Later", Settings: DefaultSettings(),
		Benefits: []Criterion{{ID: "b1", Name: "One"}},
		Segments: []Segment{{ID: "s1", Name: "S", Customers: 3, Benefits: map[string]Rating{"b1": {Score: Float(7)}}}},
	}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// What it does understand is still validated.
	bad := `{"format": "klantwaarde/scenario", "version": 3, "segments": [{"id": "s1", "name": "S", "customers": -1}]}`
	if _, err := DecodeNewer([]byte(bad)); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("DecodeNewer of a bad known field: %v, want ErrOutOfRange", err)
	}
}
