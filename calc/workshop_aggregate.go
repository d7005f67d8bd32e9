package calc

import (
	"cmp"
	"slices"
)

// DisagreementSpread is the spread (highest minus lowest rating) from which
// the room is said to disagree on a rating (SPEC §6: 3 points).
const DisagreementSpread = 3.0

// The groups of criteria and the ratings a participant gives, as they
// appear in aggregates (and in the app's data-aggregate hooks).
const (
	GroupBenefits   = "benefits"
	GroupSacrifices = "sacrifices"
	GroupDimensions = "dimensions"

	RatingWeight      = "weight"
	RatingScore       = "score"
	RatingExpected    = "expected"
	RatingAdequate    = "adequate"
	RatingDesired     = "desired"
	RatingExperienced = "experienced"
)

// DimensionRatings returns the ratings asked per quality dimension by q,
// in the order of its codes and aggregates: weight, expected and
// experienced; or for a two-level questionnaire weight, adequate, desired
// and experienced.
func DimensionRatings(q *Questionnaire) []string {
	if q.TwoLevel {
		return []string{RatingWeight, RatingAdequate, RatingDesired, RatingExperienced}
	}
	return []string{RatingWeight, RatingExpected, RatingExperienced}
}

// Stats summarises the answers to one rating. With N = 0 the other fields
// are zero.
type Stats struct {
	N            int
	Mean         float64
	Median       float64
	Min, Max     float64
	Spread       float64 // Max − Min
	Disagreement bool    // Spread ≥ DisagreementSpread
}

// StatsOf summarises values.
func StatsOf(values []float64) Stats {
	if len(values) == 0 {
		return Stats{}
	}
	sorted := append([]float64(nil), values...)
	sortStable(sorted, cmp.Compare[float64])
	n := len(sorted)
	sum := 0.0
	for _, v := range sorted {
		sum += v
	}
	median := sorted[n/2]
	if n%2 == 0 {
		median = (sorted[n/2-1] + sorted[n/2]) / 2
	}
	st := Stats{N: n, Mean: sum / float64(n), Median: median, Min: sorted[0], Max: sorted[n-1]}
	st.Spread = st.Max - st.Min
	st.Disagreement = st.Spread >= DisagreementSpread
	return st
}

// RatingAggregate is what the room said about one rating of one criterion
// in one segment.
type RatingAggregate struct {
	Group  string // GroupBenefits, GroupSacrifices or GroupDimensions
	ID     string // the criterion
	Name   string
	Rating string // RatingWeight, RatingScore, RatingExpected, RatingAdequate, RatingDesired or RatingExperienced
	Stats
	// Values are the answers, lowest first, for showing each response
	// (anonymously: they are not in the order of the codes).
	Values []float64
}

// Key names the rating in segment as "<segment>.<group>.<criterion>.<rating>",
// the app's data-aggregate hook and the codes command's "aggregate" field.
func (ra RatingAggregate) Key(segment string) string {
	return segment + "." + ra.Group + "." + ra.ID + "." + ra.Rating
}

// SegmentAggregate is the aggregate of the responses for one segment: its
// ratings in the questionnaire's order, each criterion's weight first.
type SegmentAggregate struct {
	ID, Name  string
	Responses int
	Ratings   []RatingAggregate
}

// Aggregate summarises responses to q per segment (in the questionnaire's
// order, segments without responses included) and per rating. Responses
// with the same code count once: the same participant's code read twice,
// or, in the first code format (no nonce), identical answers. Responses
// that do not fit q are left out.
func Aggregate(q *Questionnaire, responses []*Response) []SegmentAggregate {
	seen := map[string]bool{}
	fp := q.Fingerprint()
	bySegment := make([][]*Response, len(q.Segments))
	for _, r := range responses {
		code, err := encodeResponse(q, fp, r)
		if err != nil || seen[code] {
			continue
		}
		seen[code] = true
		bySegment[r.Segment] = append(bySegment[r.Segment], r)
	}
	out := make([]SegmentAggregate, len(q.Segments))
	for s, seg := range q.Segments {
		rs := bySegment[s]
		agg := SegmentAggregate{ID: seg.ID, Name: seg.Name, Responses: len(rs)}
		collect := func(group string, it Item, rating string, get func(r *Response) *float64) {
			var values []float64
			for _, r := range rs {
				if v := get(r); v != nil {
					values = append(values, *v)
				}
			}
			sortStable(values, cmp.Compare[float64])
			agg.Ratings = append(agg.Ratings, RatingAggregate{Group: group, ID: it.ID, Name: it.Name, Rating: rating, Stats: StatsOf(values), Values: values})
		}
		for i, it := range q.Benefits {
			collect(GroupBenefits, it, RatingWeight, func(r *Response) *float64 { return r.Benefits[i].Weight })
			collect(GroupBenefits, it, RatingScore, func(r *Response) *float64 { return r.Benefits[i].Score })
		}
		for i, it := range q.Sacrifices {
			collect(GroupSacrifices, it, RatingWeight, func(r *Response) *float64 { return r.Sacrifices[i].Weight })
			collect(GroupSacrifices, it, RatingScore, func(r *Response) *float64 { return r.Sacrifices[i].Score })
		}
		for i, it := range q.Dimensions {
			for _, rating := range DimensionRatings(q) {
				collect(GroupDimensions, it, rating, func(r *Response) *float64 { return r.Dimensions[i].mark(rating) })
			}
		}
		out[s] = agg
	}
	return out
}

// mark returns the answer's mark for a dimension rating.
func (a *QualityAnswer) mark(rating string) *float64 {
	switch rating {
	case RatingWeight:
		return a.Weight
	case RatingExpected:
		return a.Expected
	case RatingAdequate:
		return a.Adequate
	case RatingDesired:
		return a.Desired
	}
	return a.Experienced
}

// Apply returns a copy of s with the means of the aggregates written into
// the ratings of their segments and criteria, found by id. Ratings nobody
// answered (N = 0), and segments or criteria that s no longer has, are
// left as they are; s itself is not changed.
func Apply(s *Scenario, aggregates []SegmentAggregate) *Scenario {
	out := s.Clone()
	for _, agg := range aggregates {
		sg := segmentOf(out, agg.ID)
		if sg == nil {
			continue
		}
		for _, ra := range agg.Ratings {
			if ra.N > 0 {
				setRating(out, sg, ra)
			}
		}
	}
	return out
}

func segmentOf(s *Scenario, id string) *Segment {
	for i := range s.Segments {
		if s.Segments[i].ID == id {
			return &s.Segments[i]
		}
	}
	return nil
}

func hasCriterion(list []Criterion, id string) bool {
	return slices.ContainsFunc(list, func(c Criterion) bool { return c.ID == id })
}

// setRating writes the mean of one rating aggregate into a segment.
func setRating(s *Scenario, sg *Segment, ra RatingAggregate) {
	mean := Float(ra.Mean)
	switch ra.Group {
	case GroupBenefits, GroupSacrifices:
		criteria, ratings := s.Benefits, &sg.Benefits
		if ra.Group == GroupSacrifices {
			criteria, ratings = s.Sacrifices, &sg.Sacrifices
		}
		if !hasCriterion(criteria, ra.ID) {
			return
		}
		if *ratings == nil {
			*ratings = map[string]Rating{}
		}
		r := (*ratings)[ra.ID]
		switch ra.Rating {
		case RatingWeight:
			r.Weight = mean
		case RatingScore:
			r.Score = mean
		}
		(*ratings)[ra.ID] = r
	case GroupDimensions:
		if !hasCriterion(s.Dimensions, ra.ID) {
			return
		}
		if sg.Quality == nil {
			sg.Quality = map[string]QualityRating{}
		}
		qr := sg.Quality[ra.ID]
		switch ra.Rating {
		case RatingWeight:
			qr.Weight = mean
		case RatingExpected:
			qr.Expected = mean
		case RatingAdequate:
			qr.Adequate = mean
		case RatingDesired:
			qr.Desired = mean
		case RatingExperienced:
			qr.Experienced = mean
		}
		sg.Quality[ra.ID] = qr
	}
}

// CodeStatus is what became of one code found in pasted text.
type CodeStatus string

// The outcomes of reading a line (and the app's data-code-result hooks).
const (
	CodeAccepted  CodeStatus = "accepted"
	CodeDuplicate CodeStatus = "duplicate" // the same code found earlier: counted once
	CodeOther     CodeStatus = "other"     // a code for another questionnaire
	CodeMistyped  CodeStatus = "mistyped"  // the checksum does not match
	CodeInvalid   CodeStatus = "invalid"   // a line that looks like a damaged code
)

// CodeLine is the outcome of one code found in pasted text, or of a line
// that looks like a damaged code (CodeInvalid).
type CodeLine struct {
	Line     int    // 1-based line number in the pasted text
	Text     string // the code as it stood in the text, or the damaged line, trimmed
	Code     string // the code in its canonical form, when it was read
	Status   CodeStatus
	Err      error     // why the line was refused, for CodeOther, CodeMistyped and CodeInvalid
	First    int       // the line that had this code first, for CodeDuplicate
	Response *Response // for CodeAccepted
}

// AcceptedResponses returns the responses of the accepted lines.
func AcceptedResponses(lines []CodeLine) []*Response {
	var out []*Response
	for _, cl := range lines {
		if cl.Status == CodeAccepted {
			out = append(out, cl.Response)
		}
	}
	return out
}
