package calc

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The rules the app asks calc for instead of working them out itself.

func TestRoundRating(t *testing.T) {
	tests := []struct{ in, want float64 }{{7, 7}, {7.44, 7.4}, {7.45, 7.5}, {9.99, 10}, {1.04, 1}}
	for _, tt := range tests {
		if got := RoundRating(tt.in); got != tt.want {
			t.Errorf("RoundRating(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestResponseWeights(t *testing.T) {
	if diff := cmp.Diff([]float64{0, 1, 2, 3, 4, 5}, ResponseWeights()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, w := range ResponseWeights() {
		if ResponseWeightRange.Check(w) != nil {
			t.Errorf("weight %v is offered but not accepted in a code", w)
		}
	}
}

func TestQuestionnaireUsable(t *testing.T) {
	full := QuestionnaireOf(Example())
	noSegments, noCriteria := *full, *full
	noSegments.Segments = nil
	noCriteria.Benefits, noCriteria.Sacrifices, noCriteria.Dimensions = nil, nil, nil
	onlyDimensions := noCriteria
	onlyDimensions.Dimensions = full.Dimensions
	tests := []struct {
		name string
		q    *Questionnaire
		want bool
	}{
		{"example", full, true},
		{"no segments", &noSegments, false},
		{"no criteria", &noCriteria, false},
		{"only dimensions", &onlyDimensions, true},
	}
	for _, tt := range tests {
		if got := tt.q.Usable(); got != tt.want {
			t.Errorf("%s: Usable() = %v, want %v", tt.name, got, tt.want)
		}
		if got := tt.q.validate() == nil; got != tt.want {
			t.Errorf("%s: validates %v, but Usable says %v", tt.name, got, tt.want)
		}
	}
}

func TestCheckName(t *testing.T) {
	long := strings.Repeat("é", MaxNameLen+1)
	tests := []struct {
		name     string
		in       string
		required bool
		want     error
		limit    int
	}{
		{"name", "Forenzen", true, nil, 0},
		{"blank name", "  ", true, ErrRequired, 0},
		{"blank title", "  ", false, nil, 0},
		{"80 characters", long[len("é"):], true, nil, 0},
		{"81 characters", long, false, ErrNameLength, MaxNameLen},
	}
	for _, tt := range tests {
		err := CheckName(tt.in, tt.required)
		if !errors.Is(err, tt.want) || (err == nil) != (tt.want == nil) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
		if p, ok := errors.AsType[*Problem](err); ok && p.Limit != tt.limit {
			t.Errorf("%s: limit %d, want %d", tt.name, p.Limit, tt.limit)
		}
	}
}

func TestLifetimeOf(t *testing.T) {
	s := Example()
	sg := &s.Segments[0]
	s.Settings.RetentionUplift = 50
	lt := LifetimeOf(s.Settings, sg)
	want := Lifetime{
		Margin:    sg.RevenuePerCustomer * sg.Margin / 100,
		Discount:  s.Settings.DiscountRate / 100,
		Retention: sg.Retention / 100,
		Uplifted:  MaxRetentionCap,
	}
	if diff := cmp.Diff(want, lt); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := Compute(s).Segments[0].CLV; got != lt.CLV(lt.Retention) {
		t.Errorf("Compute's CLV %v, the lifetime's at today's retention %v", got, lt.CLV(lt.Retention))
	}
}
