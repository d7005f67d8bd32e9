package app

import (
	"strconv"
	"time"

	"github.com/klantwaarde/klantwaarde/calc"
)

// formatDate writes a date the way the locale does: 23-11-2026 in Dutch,
// 23 Nov 2026 in English. Root draws it on every render (the printed
// date), so it is written out by hand: time.Format would be compiled and
// set up during the cold start, for one short date.
func formatDate(l calc.Locale, t time.Time) string {
	year, m, d := t.Date()
	y := strconv.Itoa(year)
	for len(y) < 4 {
		y = "0" + y
	}
	if l == calc.Dutch {
		return strconv.Itoa(d) + "-" + strconv.Itoa(int(m)) + "-" + y
	}
	return strconv.Itoa(d) + " " + m.String()[:3] + " " + y
}
