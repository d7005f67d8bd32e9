// Package calc is the Klantwaarde model: the scenario a user enters, the
// validation of its fields, and the report computed from it (SPEC §3), plus
// the scenario file format (SPEC §4) and share-link payloads (SPEC §4.1).
//
// calc is pure Go with the standard library only: no UI, no browser, no I/O
// beyond io.Reader and byte slices, so the app, the command line and the
// tests all compute the same figures from one place.
package calc

import (
	"encoding/json"
	"math"
)

// Format is the value of the "format" field of every scenario file.
const Format = "klantwaarde/scenario"

// Version is the newest scenario file version this package reads and writes.
// Version 2 adds the two-level zone of tolerance (adequate and desired on a
// quality rating); a scenario that uses neither is written as version 1
// (FileVersion), so that older copies of the app still open it.
const Version = VersionTwoLevel

// The file versions (SPEC §4): VersionOneLevel knows one expected level per
// quality rating; VersionTwoLevel adds adequate and desired.
const (
	VersionOneLevel = 1
	VersionTwoLevel = 2
)

// Defaults of the scenario settings (SPEC §3.3).
const (
	DefaultDiscountRate    = 8.0
	DefaultRetentionUplift = 5.0
	DefaultSayDo           = 30.0
	DefaultTolerance       = 0.5
	// DefaultWeight is the importance of an item whose weight is missing.
	DefaultWeight = 1.0
)

// Limits of what a scenario may hold (SPEC §3.3 and §4).
const (
	MinRating = 1.0
	MaxRating = 10.0
	MaxWeight = 100.0
	// MaxUIWeight is the top of the weight slider the app offers.
	MaxUIWeight = 5.0

	// MaxCount is the largest count (customers, NPS answers) accepted: the
	// largest whole number a float64 holds exactly.
	MaxCount = 1 << 53

	// MaxRevenue is the largest revenue per customer per year accepted, in
	// any currency. SPEC §3.3 sets no upper bound, but without one the
	// money figures overflow to ±Inf (or NaN) and the report cannot be
	// written as JSON; with it, 50 segments of MaxCount customers stay far
	// inside the float64 range.
	MaxRevenue = 1e15

	MaxNameLen = 80
	MaxIDLen   = 40

	MaxSegments   = 50
	MaxBenefits   = 30
	MaxSacrifices = 30
	MaxDimensions = 12

	// MaxFileSize is the largest scenario document accepted, in bytes; larger
	// input is refused before parsing, and share-link payloads may not
	// inflate past it.
	MaxFileSize = 1 << 20

	// MaxTolerance is the widest zone of tolerance, in points (SPEC §3.3).
	MaxTolerance = 3.0

	// MaxRetentionCap is the retention (as a fraction) that the uplifted
	// retention r′ never exceeds (SPEC §3.1 equityUplift).
	MaxRetentionCap = 0.99
)

// LoyaltyKeys are the loyalty indicators a segment may give, in the order
// the app shows them (SPEC §2.5 and §3.3).
var LoyaltyKeys = []string{"repeatPurchase", "repeatVisits", "recommends", "openness", "crossSelling", "partnership"}

// Scenario is one document: the criteria shared by all segments and the
// segments with their ratings and money figures. It is what the app edits,
// stores and shares, and what a .klantwaarde.json file holds.
type Scenario struct {
	Format     string      `json:"format"`
	Version    int         `json:"version"`
	Title      string      `json:"title"`
	Locale     string      `json:"locale,omitempty"`
	Currency   string      `json:"currency,omitempty"`
	Settings   Settings    `json:"settings"`
	Benefits   []Criterion `json:"benefits"`
	Sacrifices []Criterion `json:"sacrifices"`
	Dimensions []Criterion `json:"dimensions"`
	Segments   []Segment   `json:"segments"`
	X          Extension   `json:"x,omitempty"`
}

// Settings are the scenario-wide parameters of the model.
type Settings struct {
	// DiscountRate is d in the lifetime value, in percent per year.
	DiscountRate float64 `json:"discountRate"`
	// RetentionUplift is how many percentage points of extra retention
	// the "keep more customers" figures assume.
	RetentionUplift float64 `json:"retentionUplift"`
	// SayDo is the share of stated intentions that turn into behaviour, in
	// percent.
	SayDo float64 `json:"sayDo"`
	// Tolerance is the zone of tolerance around an expectation, in points.
	Tolerance float64   `json:"tolerance"`
	X         Extension `json:"x,omitempty"`
}

// DefaultSettings returns the settings a scenario gets when it names none.
func DefaultSettings() Settings {
	return Settings{
		DiscountRate:    DefaultDiscountRate,
		RetentionUplift: DefaultRetentionUplift,
		SayDo:           DefaultSayDo,
		Tolerance:       DefaultTolerance,
	}
}

// Criterion is a benefit, sacrifice or quality dimension shared by all
// segments.
type Criterion struct {
	ID   string    `json:"id"`
	Name string    `json:"name"`
	X    Extension `json:"x,omitempty"`
}

// Segment is one customer type with its ratings and money figures.
type Segment struct {
	ID                 string                   `json:"id"`
	Name               string                   `json:"name"`
	Customers          float64                  `json:"customers"`
	RevenuePerCustomer float64                  `json:"revenuePerCustomer"`
	Margin             float64                  `json:"margin"`
	Retention          float64                  `json:"retention"`
	GrowthPotential    float64                  `json:"growthPotential"`
	Benefits           map[string]Rating        `json:"benefits,omitempty"`
	Sacrifices         map[string]Rating        `json:"sacrifices,omitempty"`
	Quality            map[string]QualityRating `json:"quality,omitempty"`
	Loyalty            map[string]float64       `json:"loyalty,omitempty"`
	NPS                *NPS                     `json:"nps,omitempty"`
	X                  Extension                `json:"x,omitempty"`
}

// Rating is a segment's importance weight and score for a benefit or a
// sacrifice. A nil Weight means DefaultWeight; a nil Score means unrated.
type Rating struct {
	Weight *float64  `json:"weight,omitempty"`
	Score  *float64  `json:"score,omitempty"`
	X      Extension `json:"x,omitempty"`
}

// QualityRating is a segment's weight, expected and experienced service
// for one quality dimension, and (file version 2) the adequate and desired
// levels that bound the zone of tolerance of SERVQUAL's two-level model
// (SPEC §3.1). Nil fields are missing; Adequate and Desired are both given
// or both missing.
type QualityRating struct {
	Weight      *float64  `json:"weight,omitempty"`
	Adequate    *float64  `json:"adequate,omitempty"`
	Desired     *float64  `json:"desired,omitempty"`
	Expected    *float64  `json:"expected,omitempty"`
	Experienced *float64  `json:"experienced,omitempty"`
	X           Extension `json:"x,omitempty"`
}

// TwoLevel reports whether q has a two-level zone of tolerance: an
// adequate and a desired level.
func (q *QualityRating) TwoLevel() bool { return q.Adequate != nil && q.Desired != nil }

// FileVersion is the version a file of s is written in: VersionOneLevel
// when no quality rating uses adequate or desired, else VersionTwoLevel.
func FileVersion(s *Scenario) int {
	if HasTwoLevels(s) {
		return VersionTwoLevel
	}
	return VersionOneLevel
}

// HasTwoLevels reports whether a quality rating of s uses adequate or
// desired: a scenario with two-level dimensions (SPEC §3.1).
func HasTwoLevels(s *Scenario) bool {
	for i := range s.Segments {
		for _, q := range s.Segments[i].Quality {
			if q.Adequate != nil || q.Desired != nil {
				return true
			}
		}
	}
	return false
}

// NPS holds the Net Promoter Score answer counts of a segment.
type NPS struct {
	Promoters  float64   `json:"promoters"`
	Passives   float64   `json:"passives"`
	Detractors float64   `json:"detractors"`
	X          Extension `json:"x,omitempty"`
}

// Extension is the free extension space of an object: the raw JSON of its
// "x" member, kept as it was read so that files round-trip.
type Extension = json.RawMessage

// Float returns a pointer to x, for filling optional fields.
func Float(x float64) *float64 { return &x }

// BoundedTolerance is tol as a zone of tolerance can be: DefaultTolerance
// when it is not a number, else within 0 and MaxTolerance. Validate
// refuses any other value; what draws an invalid scenario reads it so.
func BoundedTolerance(tol float64) float64 {
	if math.IsNaN(tol) || math.IsInf(tol, 0) {
		return DefaultTolerance
	}
	return min(max(tol, 0), MaxTolerance)
}

// weightOf returns the weight a possibly missing weight stands for.
func weightOf(w *float64) float64 {
	if w == nil {
		return DefaultWeight
	}
	return *w
}
