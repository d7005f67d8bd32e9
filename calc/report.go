package calc

import "encoding/json"

// Report is everything computed from a scenario (SPEC §3 and the -json
// report of SPEC §5). Optional figures are nil where SPEC §3 says they are
// undefined, and are written as JSON null.
type Report struct {
	Segments  []SegmentReport `json:"segments"`
	Portfolio Portfolio       `json:"portfolio"`
}

// SegmentReport holds the figures of one segment (SPEC §3.1).
type SegmentReport struct {
	ID                string            `json:"id"`
	Name              string            `json:"name"`
	BenefitScore      *float64          `json:"benefitScore"`
	SacrificeScore    *float64          `json:"sacrificeScore"`
	Value             *float64          `json:"value"`
	ValueRatio        *float64          `json:"valueRatio"`
	Gap               *float64          `json:"gap"`
	Adequacy          *float64          `json:"adequacy"`
	Superiority       *float64          `json:"superiority"`
	Dimensions        []DimensionResult `json:"dimensions"`
	Verdict           Verdict           `json:"verdict"`
	LoyaltyIndex      *float64          `json:"loyaltyIndex"`
	NPS               *float64          `json:"nps"`
	ExpectedReferrers *float64          `json:"expectedReferrers"`
	CurrentValue      float64           `json:"currentValue"`
	PotentialValue    float64           `json:"potentialValue"`
	CLV               float64           `json:"clv"`
	Equity            float64           `json:"equity"`
	EquityUplift      float64           `json:"equityUplift"`
	EquityUpliftPct   *float64          `json:"equityUpliftPct"`
	Levers            []Lever           `json:"levers"`
	PainPoints        []string          `json:"painPoints"`
	Delighters        []string          `json:"delighters"`
	// ToAmbassador is the path to ambassador (SPEC §3.4); nil for an
	// ambassador or a segment without a verdict.
	ToAmbassador *Path `json:"toAmbassador"`
}

// DimensionResult is how one quality dimension fares in one segment (SPEC
// §3.1): the expectation gap P − E (nil without an expected level), the
// zone of tolerance [lo, hi] (nil without an expected level or the two
// levels), and the status, adequacy a_d and superiority s_d (empty and nil
// without an experienced level or a zone).
type DimensionResult struct {
	ID          string      `json:"id"`
	Gap         *float64    `json:"gap"`
	Status      Status      `json:"status"`
	Zone        *[2]float64 `json:"zone"`
	Adequacy    *float64    `json:"adequacy"`
	Superiority *float64    `json:"superiority"`
}

// Dimension returns the result of the quality dimension id, or nil when
// the segment has none by that id.
func (r *SegmentReport) Dimension(id string) *DimensionResult {
	for i := range r.Dimensions {
		if r.Dimensions[i].ID == id {
			return &r.Dimensions[i]
		}
	}
	return nil
}

// Path is the path to ambassador of a segment (SPEC §3.4): the marks to
// change, in the order first taken, and the points they move in all.
type Path struct {
	Steps []Step `json:"steps"`
	// Points is Σ |To − From| over the steps.
	Points float64 `json:"points"`
}

// Step is one mark of a path: a benefit's or sacrifice's score or a quality
// dimension's experienced level, from its value now to the value the path
// asks for.
type Step struct {
	Kind StepKind `json:"kind"`
	ID   string   `json:"id"`
	From float64  `json:"from"`
	To   float64  `json:"to"`
}

// StepKind says which mark a step moves.
type StepKind string

// The marks a path moves.
const (
	BenefitStep   StepKind = "benefit"
	SacrificeStep StepKind = "sacrifice"
	QualityStep   StepKind = "quality"
)

// Lever is a benefit or sacrifice whose improvement by one point raises the
// segment's value by Impact points.
type Lever struct {
	Kind   LeverKind `json:"kind"`
	ID     string    `json:"id"`
	Impact float64   `json:"impact"`
}

// Portfolio holds the figures over all segments (SPEC §3.2).
type Portfolio struct {
	Customers      float64  `json:"customers"`
	BenefitScore   *float64 `json:"benefitScore"`
	SacrificeScore *float64 `json:"sacrificeScore"`
	Value          *float64 `json:"value"`
	Gap            *float64 `json:"gap"`
	NPS            *float64 `json:"nps"`
	CurrentValue   float64  `json:"currentValue"`
	PotentialValue float64  `json:"potentialValue"`
	Equity         float64  `json:"equity"`
	EquityUplift   float64  `json:"equityUplift"`
	// Priorities are segment ids, where keeping customers is worth most
	// first.
	Priorities []string `json:"priorities"`
}

// Verdict classifies a segment by its value and expectation gap.
type Verdict string

// The four verdicts; NoVerdict when value or gap is undefined.
const (
	NoVerdict   Verdict = ""
	Ambassador  Verdict = "ambassador"
	Vulnerable  Verdict = "vulnerable"
	Indifferent Verdict = "indifferent"
	Defector    Verdict = "defector"
)

// Verdicts lists the verdicts in the order the app explains them.
var Verdicts = []Verdict{Ambassador, Vulnerable, Indifferent, Defector}

// MarshalJSON writes NoVerdict as null.
func (v Verdict) MarshalJSON() ([]byte, error) { return nullableString(string(v)) }

// Status says where an experienced service lies against the zone of
// tolerance around the expectation.
type Status string

// The dimension statuses; NoStatus when the dimension is unrated.
const (
	NoStatus Status = ""
	Below    Status = "below"
	Within   Status = "within"
	Above    Status = "above"
)

// MarshalJSON writes NoStatus as null.
func (s Status) MarshalJSON() ([]byte, error) { return nullableString(string(s)) }

// LeverKind says whether a lever is a benefit or a sacrifice.
type LeverKind string

// The lever kinds; benefits sort before sacrifices at equal impact.
const (
	BenefitLever   LeverKind = "benefit"
	SacrificeLever LeverKind = "sacrifice"
)

func nullableString(s string) ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(s)
}
