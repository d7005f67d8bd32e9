package calc

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Range is the accepted interval of a numeric field, and whether it must be
// a whole number (SPEC §3.3).
type Range struct {
	Min, Max float64
	Whole    bool
}

// The accepted ranges of SPEC §3.3, shared by the validator and the app's
// inputs.
var (
	RatingRange          = Range{Min: MinRating, Max: MaxRating}
	WeightRange          = Range{Min: 0, Max: MaxWeight}
	PercentRange         = Range{Min: 0, Max: 100}
	CountRange           = Range{Min: 0, Max: MaxCount, Whole: true}
	RevenueRange         = Range{Min: 0, Max: MaxRevenue}
	MarginRange          = Range{Min: -100, Max: 100}
	RetentionRange       = Range{Min: 0, Max: 99}
	GrowthRange          = Range{Min: -100, Max: 1000}
	RetentionUpliftRange = Range{Min: 0, Max: 50}
	ToleranceRange       = Range{Min: 0, Max: MaxTolerance}
)

// Check returns nil if x lies in r, or the error to show.
func (r Range) Check(x float64) error {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return ErrNotFinite
	case x < r.Min || x > r.Max:
		return &RangeError{Value: x, Min: r.Min, Max: r.Max}
	case r.Whole && x != math.Trunc(x):
		return Problem{Err: ErrNotWhole, Found: FormatNumber(x)}.with("%s is not a whole number", FormatNumber(x))
	}
	return nil
}

// Validate checks every field of s against SPEC §3.3 and returns an Errors
// with all problems, in document order, or nil.
func Validate(s *Scenario) error {
	var el errorList
	v := validator{el: &el}
	v.text("title", s.Title, 0, MaxNameLen)
	v.text("locale", s.Locale, 0, 35)
	if s.Currency != "" && !isCurrencyCode(s.Currency) {
		el.addf("currency", Problem{Err: ErrType, Found: s.Currency}, "%s is not a three-letter currency code such as \"EUR\"", quote(s.Currency))
	}
	v.number("settings.discountRate", s.Settings.DiscountRate, PercentRange)
	v.number("settings.retentionUplift", s.Settings.RetentionUplift, RetentionUpliftRange)
	v.number("settings.sayDo", s.Settings.SayDo, PercentRange)
	v.number("settings.tolerance", s.Settings.Tolerance, ToleranceRange)
	v.criteria("benefits", s.Benefits, MaxBenefits)
	v.criteria("sacrifices", s.Sacrifices, MaxSacrifices)
	v.criteria("dimensions", s.Dimensions, MaxDimensions)
	if len(s.Segments) > MaxSegments {
		el.addf("segments", Problem{Err: ErrTooMany, Count: len(s.Segments), Limit: MaxSegments}, "%d segments; at most %d are allowed", len(s.Segments), MaxSegments)
	}
	ids := map[string]bool{}
	for i := range s.Segments {
		v.segment(indexPath("segments", i), s, &s.Segments[i], ids)
	}
	return el.err()
}

type validator struct{ el *errorList }

func (v validator) number(path string, x float64, r Range) {
	if err := r.Check(x); err != nil {
		if err == ErrNotFinite {
			v.el.addf(path, Problem{Err: ErrNotFinite, Found: FormatNumber(x)}, "%s is not a finite number", FormatNumber(x))
			return
		}
		v.el.add(path, err)
	}
}

func (v validator) optional(path string, x *float64, r Range) {
	if x != nil {
		v.number(path, *x, r)
	}
}

// text checks the length of a trimmed text in characters.
func (v validator) text(path, s string, min, max int) {
	if err := checkLength(s, min, max); err != nil {
		v.el.add(path, err)
	}
}

// CheckName checks a name or title as Validate does (SPEC §3.3): 1 to
// MaxNameLen characters after trimming, or none at all when it is not
// required. The error is a *Problem wrapping ErrRequired or ErrNameLength.
func CheckName(s string, required bool) error {
	if required {
		return checkLength(s, 1, MaxNameLen)
	}
	return checkLength(s, 0, MaxNameLen)
}

func checkLength(s string, min, max int) error {
	n := utf8.RuneCountInString(strings.TrimSpace(s))
	switch {
	case n < min && min == 1:
		return Problem{Err: ErrRequired}.with("a name is required")
	case n < min:
		return Problem{Err: ErrNameLength, Count: n, Limit: min}.with("%d characters; at least %d are needed", n, min)
	case n > max:
		return Problem{Err: ErrNameLength, Count: n, Limit: max}.with("%d characters; at most %d are allowed", n, max)
	}
	return nil
}

func (v validator) id(path, id string, seen map[string]bool) {
	switch {
	case !ValidID(id):
		v.el.addf(path, Problem{Err: ErrInvalidID, Found: id, Limit: MaxIDLen}, "%s is not a valid id (1–%d of a-z A-Z 0-9 _ -)", quote(id), MaxIDLen)
	case seen[id]:
		v.el.addf(path, Problem{Err: ErrDuplicateID, Found: id}, "%s is used twice", quote(id))
	}
	seen[id] = true
}

func (v validator) criteria(path string, list []Criterion, max int) {
	if len(list) > max {
		v.el.addf(path, Problem{Err: ErrTooMany, Count: len(list), Limit: max}, "%d items; at most %d are allowed", len(list), max)
	}
	seen := map[string]bool{}
	for i, c := range list {
		p := indexPath(path, i)
		v.id(p+".id", c.ID, seen)
		v.text(p+".name", c.Name, 1, MaxNameLen)
	}
}

func (v validator) segment(path string, s *Scenario, sg *Segment, ids map[string]bool) {
	v.id(path+".id", sg.ID, ids)
	v.text(path+".name", sg.Name, 1, MaxNameLen)
	v.number(path+".customers", sg.Customers, CountRange)
	v.number(path+".revenuePerCustomer", sg.RevenuePerCustomer, RevenueRange)
	v.number(path+".margin", sg.Margin, MarginRange)
	v.number(path+".retention", sg.Retention, RetentionRange)
	v.number(path+".growthPotential", sg.GrowthPotential, GrowthRange)
	v.ratings(path+".benefits", "benefit", s.Benefits, sg.Benefits)
	v.ratings(path+".sacrifices", "sacrifice", s.Sacrifices, sg.Sacrifices)
	forRated(sg.Quality, s.Dimensions, path+".quality", "quality dimension", v.el, func(id string, q QualityRating) {
		if valid(q.Weight, WeightRange) && valid(q.Expected, RatingRange) && valid(q.Experienced, RatingRange) &&
			validZone(q.Adequate, q.Desired) {
			return
		}
		v.quality(joinPath(path+".quality", id), q)
	})
	known := 0
	for _, key := range LoyaltyKeys {
		if x, ok := sg.Loyalty[key]; ok {
			known++
			if PercentRange.Check(x) != nil {
				v.number(path+".loyalty."+key, x, PercentRange)
			}
		}
	}
	if len(sg.Loyalty) > known {
		for _, key := range slices.Sorted(maps.Keys(sg.Loyalty)) {
			if !slices.Contains(LoyaltyKeys, key) {
				v.el.addf(path+".loyalty."+key, Problem{Err: ErrUnknownField}, "unknown loyalty indicator")
			}
		}
	}
	if sg.NPS != nil {
		v.number(path+".nps.promoters", sg.NPS.Promoters, CountRange)
		v.number(path+".nps.passives", sg.NPS.Passives, CountRange)
		v.number(path+".nps.detractors", sg.NPS.Detractors, CountRange)
	}
}

// ValidateQuality checks one quality rating as Validate does, naming its
// fields under path (e.g. "segments[0].quality.reliability"), and returns
// an Errors or nil. The app checks a pair of levels the user is typing with
// it before the pair goes into the scenario, so the rule stays here.
func ValidateQuality(path string, q QualityRating) error {
	var el errorList
	validator{el: &el}.quality(path, q)
	return el.err()
}

// quality reports the problems of one quality rating at path.
func (v validator) quality(path string, q QualityRating) {
	v.optional(path+".weight", q.Weight, WeightRange)
	v.optional(path+".adequate", q.Adequate, RatingRange)
	v.optional(path+".desired", q.Desired, RatingRange)
	switch {
	case q.Adequate != nil && q.Desired == nil:
		v.el.addf(path+".desired", Problem{Err: ErrZonePair}, "missing: a rating with an adequate level also needs a desired level")
	case q.Adequate == nil && q.Desired != nil:
		v.el.addf(path+".adequate", Problem{Err: ErrZonePair}, "missing: a rating with a desired level also needs an adequate level")
	case q.Adequate != nil && valid(q.Adequate, RatingRange) && valid(q.Desired, RatingRange) && *q.Adequate > *q.Desired:
		a, d := FormatNumber(*q.Adequate), FormatNumber(*q.Desired)
		v.el.addf(path+".adequate", Problem{Err: ErrZoneOrder, Found: a}, "%s is above the desired level %s", a, d)
	}
	v.optional(path+".expected", q.Expected, RatingRange)
	v.optional(path+".experienced", q.Experienced, RatingRange)
}

// validZone reports whether the adequate and desired levels of a quality
// rating are both missing, or both given in range with adequate ≤
// desired (SPEC §3.3).
func validZone(adequate, desired *float64) bool {
	if adequate == nil || desired == nil {
		return adequate == nil && desired == nil
	}
	return valid(adequate, RatingRange) && valid(desired, RatingRange) && *adequate <= *desired
}

func (v validator) ratings(path, kind string, criteria []Criterion, ratings map[string]Rating) {
	forRated(ratings, criteria, path, kind, v.el, func(id string, r Rating) {
		// The paths are only made for a problem: Validate runs on every
		// edit, and a large scenario has thousands of ratings.
		if valid(r.Weight, WeightRange) && valid(r.Score, RatingRange) {
			return
		}
		p := joinPath(path, id)
		v.optional(p+".weight", r.Weight, WeightRange)
		v.optional(p+".score", r.Score, RatingRange)
	})
}

// valid reports whether an optional number is missing or within r.
func valid(x *float64, r Range) bool { return x == nil || r.Check(*x) == nil }

// forRated calls check for each of a segment's ratings in the order of
// the scenario's criteria, then reports the keys that name no criterion,
// sorted.
func forRated[V any](m map[string]V, criteria []Criterion, path, kind string, el *errorList, check func(id string, rating V)) {
	found := 0
	for i := range criteria {
		id := criteria[i].ID
		if r, ok := m[id]; ok {
			found++
			check(id, r)
		}
	}
	if len(m) == found {
		return
	}
	known := make(map[string]bool, len(criteria))
	for _, c := range criteria {
		known[c.ID] = true
	}
	var unknown []string
	for id := range m {
		if !known[id] {
			unknown = append(unknown, id)
		}
	}
	slices.Sort(unknown)
	for _, id := range unknown {
		el.addf(joinPath(path, id), Problem{Err: ErrUnknownRef, Found: id}, "there is no %s with id %s", kind, quote(id))
	}
}

// ValidID reports whether id is 1–MaxIDLen characters of a-z A-Z 0-9 _ -.
func ValidID(id string) bool {
	if len(id) == 0 || len(id) > MaxIDLen {
		return false
	}
	for _, c := range []byte(id) {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
		if !ok {
			return false
		}
	}
	return true
}

func isCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, c := range []byte(s) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
