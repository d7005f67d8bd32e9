package app

import (
	"testing"
	"time"

	"github.com/klantwaarde/klantwaarde/calc"
)

// TestFormatDate checks the hand-written dates against time.Format's
// layouts, every day of a leap year and a few far ones.
func TestFormatDate(t *testing.T) {
	layouts := map[calc.Locale]string{calc.Dutch: "2-1-2006", calc.English: "2 Jan 2006"}
	days := []time.Time{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)}
	for d := time.Date(2028, 1, 1, 12, 0, 0, 0, time.UTC); d.Year() == 2028; d = d.AddDate(0, 0, 1) {
		days = append(days, d)
	}
	for l, layout := range layouts {
		for _, d := range days {
			if got, want := formatDate(l, d), d.Format(layout); got != want {
				t.Errorf("formatDate(%s, %v) = %q, want %q", l, d, got, want)
			}
		}
	}
}
