// Package chart draws the four charts of the results (SPEC §6 "Charts") as
// SVG text, each with a table that says the same in words and numbers for
// readers who cannot see the picture (SPEC §6 "Accessible").
//
// The package is pure Go (standard library and calc only), so it is tested
// natively and stays small in the WebAssembly. It has no texts of its own:
// the caller passes the translated words in Labels, and numbers follow the
// calc.Locale given.
//
// Names typed by users are text, never markup: every text and attribute
// value written into the SVG is escaped, and characters that XML cannot
// hold are replaced by U+FFFD. The SVG uses presentation attributes only
// (no style attributes, no scripts), so it works under a Content Security
// Policy of style-src 'self' and prints as it shows. The root element
// carries the classes "kw-chart" and "kw-<kind>" (kw-valuemap,
// kw-gapprofile, kw-quadrant, kw-lifetime) for the app stylesheet to size
// it, e.g. `.kw-chart { width: 100%; height: auto; }`; nothing else
// depends on CSS.
//
// The <title> and <desc> ids that aria-labelledby names are derived from
// the chart kind and the segment index ("kw-valuemap-title",
// "kw-gapprofile-2-desc"), so they are unique on a page that shows each
// chart once.
package chart

import (
	"math"
	"strconv"

	"github.com/klantwaarde/klantwaarde/calc"
)

// Chart is one drawn chart and its text alternative.
type Chart struct {
	// Title names the chart, as plain text (not escaped).
	Title string
	// SVG is a complete <svg> element, safe to insert as markup: every text
	// in it is escaped. It has a viewBox and no width or height, so it
	// scales to its container.
	SVG string
	// Table holds the figures the chart shows, for an HTML <table>.
	Table Table
}

// Table is the text alternative of a chart: a caption, a header row and
// body rows of plain text (not escaped), numbers in the locale's format.
type Table struct {
	Caption string
	Head    []string
	Rows    [][]string
}

// Labels are the translated words the charts need; the app fills them from
// its message table. Empty fields are drawn empty, except Undefined, which
// defaults to "–".
type Labels struct {
	// Titles of the four charts. The gap profile and lifetime curve titles
	// are followed by ": " and the segment name.
	ValueMapTitle, GapProfileTitle, QuadrantTitle, LifetimeTitle string
	// One-sentence descriptions of how to read each chart, for the SVG
	// <desc> that screen readers announce with the title.
	ValueMapDesc, GapProfileDesc, QuadrantDesc, LifetimeDesc string

	Segment    string // column heading: "Segment"
	Customers  string // column heading: "Customers"
	Benefits   string // value map y axis and column: "Benefits"
	Sacrifices string // value map x axis and column: "Sacrifices"
	Value      string // quadrant x axis and column: "Customer value (benefits − sacrifices)"
	Gap        string // quadrant y axis and column: "Expectation gap (experienced − expected)"
	// Adequacy is the quadrant's y axis and column where the scenario has
	// two-level zones: "Adequacy (experienced − minimum)".
	Adequacy  string
	Verdict   string // column heading: "Verdict"
	FairValue string // the diagonal of the value map: "Fair value: benefits = sacrifices"
	MoreValue string // the half above the diagonal: "More value for the customer"

	Dimension     string // column heading: "Quality dimension"
	Expected      string // legend and column: "Expected"
	Experienced   string // legend and column: "Experienced"
	Status        string // column heading: "Status"
	ToleranceZone string // legend: "Zone of tolerance"
	LevelZone     string // legend: "Zone from minimum to desired"
	Zone          string // column heading: "Zone"
	NotRated      string // a dimension without a gap: "not rated"

	Retention string // lifetime x axis and column: "Retention"
	CLV       string // lifetime y axis and column: "Lifetime value per customer"
	Current   string // the point at today's retention: "Now"
	Uplifted  string // the uplifted point, with the app's uplift in it: "+5 points"

	NoData    string // shown in an empty chart: "Nothing to show yet"
	Undefined string // a table cell of an undefined figure; "–" when empty

	// Verdict names (calc.Verdict) and the name of no verdict yet.
	Ambassador, Vulnerable, Indifferent, Defector, NoVerdict string
	// Dimension status names (calc.Status).
	Below, Within, Above string
}

// Colours, chosen for WCAG AA contrast (≥ 4.5:1) of text on white; they
// match the custom properties of web/app.css.
const (
	colorInk         = "#1c2321"
	colorAmbassador  = "#1d6b34"
	colorVulnerable  = "#8a5a00"
	colorIndifferent = "#3f4f8c"
	colorDefector    = "#a3262a"
	colorNeutral     = "#59625f"
	colorBrand       = "#0f5f5a"
	colorLine        = "#d5d9d6"
	colorWhite       = "#ffffff"
)

// verdictColor is the colour of a segment with verdict v.
func verdictColor(v calc.Verdict) string {
	switch v {
	case calc.Ambassador:
		return colorAmbassador
	case calc.Vulnerable:
		return colorVulnerable
	case calc.Indifferent:
		return colorIndifferent
	case calc.Defector:
		return colorDefector
	}
	return colorNeutral
}

// verdictName is the translated name of v.
func (lb Labels) verdictName(v calc.Verdict) string {
	switch v {
	case calc.Ambassador:
		return lb.Ambassador
	case calc.Vulnerable:
		return lb.Vulnerable
	case calc.Indifferent:
		return lb.Indifferent
	case calc.Defector:
		return lb.Defector
	}
	return lb.NoVerdict
}

// statusName is the translated name of a dimension status.
func (lb Labels) statusName(s calc.Status) string {
	switch s {
	case calc.Below:
		return lb.Below
	case calc.Within:
		return lb.Within
	case calc.Above:
		return lb.Above
	}
	return lb.NotRated
}

func (lb Labels) undefined() string {
	if lb.Undefined == "" {
		return "–"
	}
	return lb.Undefined
}

// Digits of the numbers in labels and tables.
const (
	scoreDigits   = 2 // scores, value and gap on the 1–10 scale
	percentDigits = 1
)

// optional formats an optional figure, or the undefined word.
func optional(l calc.Locale, x *float64, lb Labels) string {
	if x == nil || !finite(*x) {
		return lb.undefined()
	}
	return l.FormatDecimal(*x, scoreDigits)
}

// percent formats a fraction as a percentage: 0.72 → "72%".
func percent(l calc.Locale, fraction float64) string {
	return l.FormatDecimal(100*fraction, percentDigits) + "%"
}

// count formats a number of customers.
func count(l calc.Locale, x float64) string { return l.FormatDecimal(x, 0) }

// num writes an SVG coordinate with one decimal, so that output is stable;
// NaN and infinities (which valid input never gives) are written as 0.
func num(x float64) string {
	if !finite(x) {
		return "0"
	}
	s := strconv.FormatFloat(x, 'f', 1, 64)
	if s == "-0.0" {
		return "0.0"
	}
	return s
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// titled joins a chart title and a segment name.
func titled(title, name string) string {
	if title == "" {
		return name
	}
	return title + ": " + name
}
