package app

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// TestPathSentences checks the wording of the path to ambassador in both
// languages: one sentence per step, the mark by its name, and numbers as
// the user types them (5,5 in Dutch, 5.5 in English).
func TestPathSentences(t *testing.T) {
	names := map[string]string{
		"benefit:advice": "Advies", "sacrifice:price": "Prijs", "dimension:responsiveness": "Reactiesnelheid",
	}
	path := &calc.Path{Steps: []calc.Step{
		{Kind: calc.SacrificeStep, ID: "price", From: 7, To: 5.5},
		{Kind: calc.QualityStep, ID: "responsiveness", From: 5, To: 5.5},
		{Kind: calc.BenefitStep, ID: "advice", From: 7.3, To: 8},
	}, Points: 2.7}
	tests := []struct {
		locale    calc.Locale
		sentences []string
		total     string
		short     string
	}{
		{calc.Dutch, []string{
			"Verlaag het cijfer voor Prijs van 7 naar 5,5",
			"Breng Reactiesnelheid van 5 naar 5,5",
			"Verhoog het cijfer voor Advies van 7,3 naar 8",
		}, "Samen 6 stappen van een half punt.", "Prijs 7 → 5,5 · Reactiesnelheid 5 → 5,5 · Advies 7,3 → 8"},
		{calc.English, []string{
			"Lower the mark for Price from 7 to 5.5",
			"Raise Responsiveness from 5 to 5.5",
			"Raise the mark for Advice from 7.3 to 8",
		}, "In all 6 half-point steps.", "Price 7 → 5.5 · Responsiveness 5 → 5.5 · Advice 7.3 → 8"},
	}
	for _, tt := range tests {
		t.Run(string(tt.locale), func(t *testing.T) {
			en := tt.locale == calc.English
			n := names
			if en {
				n = map[string]string{"benefit:advice": "Advice", "sacrifice:price": "Price", "dimension:responsiveness": "Responsiveness"}
			}
			if diff := cmp.Diff(tt.sentences, pathSentences(tt.locale, n, path)); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
			if got := pathTotal(tt.locale, path); got != tt.total {
				t.Errorf("total = %q, want %q", got, tt.total)
			}
			if got := pathShort(tt.locale, n, path); got != tt.short {
				t.Errorf("short = %q, want %q", got, tt.short)
			}
		})
	}
}

// TestPathTotalOneStep checks the singular: one step of half a point.
func TestPathTotalOneStep(t *testing.T) {
	one := &calc.Path{Steps: []calc.Step{{Kind: calc.QualityStep, ID: "tangibles", From: 5, To: 5.5}}, Points: 0.5}
	for l, want := range map[calc.Locale]string{
		calc.Dutch:   "Samen 1 stap van een half punt.",
		calc.English: "In all 1 half-point step.",
	} {
		if got := pathTotal(l, one); got != want {
			t.Errorf("%s: total = %q, want %q", l, got, want)
		}
	}
	if got := pathSentences(calc.Dutch, nil, nil); got != nil {
		t.Errorf("no path: sentences %q, want none", got)
	}
}
