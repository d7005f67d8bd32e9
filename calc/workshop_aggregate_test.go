package calc

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStatsOf(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		want   Stats
	}{
		{"none", nil, Stats{}},
		{"one", []float64{7}, Stats{N: 1, Mean: 7, Median: 7, Min: 7, Max: 7}},
		{"odd count", []float64{9.5, 6.5, 8}, Stats{N: 3, Mean: 8, Median: 8, Min: 6.5, Max: 9.5, Spread: 3, Disagreement: true}},
		{"even count", []float64{2, 5, 3, 4}, Stats{N: 4, Mean: 3.5, Median: 3.5, Min: 2, Max: 5, Spread: 3, Disagreement: true}},
		{"just under the line", []float64{5, 7.9}, Stats{N: 2, Mean: 6.45, Median: 6.45, Min: 5, Max: 7.9, Spread: 2.9000000000000004}},
		{"agreement", []float64{4, 4, 4}, Stats{N: 3, Mean: 4, Median: 4, Min: 4, Max: 4}},
		{"weights", []float64{0, 5}, Stats{N: 2, Mean: 2.5, Median: 2.5, Min: 0, Max: 5, Spread: 5, Disagreement: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, StatsOf(tt.values), approx); diff != "" {
				t.Errorf("StatsOf(%v) (-want +got):\n%s", tt.values, diff)
			}
		})
	}
}

// workshopResponses are three commuters and one racing cyclist rating the
// bike shop; the numbers are chosen so that the aggregates below can be
// worked out by hand.
func workshopResponses(q *Questionnaire) []*Response {
	p1 := NewResponse(q, 0)
	p1.Benefits[0] = Answer{Weight: Float(4), Score: Float(8)}
	p1.Benefits[1] = Answer{Weight: Float(2), Score: Float(7.5)}
	p1.Sacrifices[0] = Answer{Weight: Float(3), Score: Float(6)}
	p1.Dimensions[0] = QualityAnswer{Weight: Float(5), Expected: Float(8), Experienced: Float(6)}

	p2 := NewResponse(q, 0)
	p2.Benefits[0] = Answer{Weight: Float(5), Score: Float(6.5)}
	p2.Sacrifices[0] = Answer{Weight: Float(1), Score: Float(9)}
	p2.Dimensions[0] = QualityAnswer{Weight: Float(4), Expected: Float(9), Experienced: Float(7)}

	p3 := NewResponse(q, 0)
	p3.Benefits[0] = Answer{Weight: Float(2), Score: Float(9.5)}
	p3.Benefits[1] = Answer{Weight: Float(3), Score: Float(7)}
	p3.Sacrifices[0] = Answer{Weight: Float(4)}
	p3.Dimensions[0] = QualityAnswer{Weight: Float(5), Expected: Float(7), Experienced: Float(8)}

	p4 := NewResponse(q, 1)
	p4.Benefits[0] = Answer{Weight: Float(5), Score: Float(7)}
	return []*Response{p1, p2, p3, p4}
}

func TestAggregate(t *testing.T) {
	q := bikeShopQuestionnaire()
	rs := workshopResponses(q)
	// The first participant's code pasted twice counts once.
	aggs := Aggregate(q, append(rs, rs[0]))
	if len(aggs) != 3 {
		t.Fatalf("%d segment aggregates, want 3", len(aggs))
	}
	responses := []int{aggs[0].Responses, aggs[1].Responses, aggs[2].Responses}
	if diff := cmp.Diff([]int{3, 1, 0}, responses); diff != "" {
		t.Errorf("responses per segment (-want +got):\n%s", diff)
	}
	byKey := func(agg SegmentAggregate) map[string]Stats {
		m := map[string]Stats{}
		for _, ra := range agg.Ratings {
			m[ra.Group+"."+ra.ID+"."+ra.Rating] = ra.Stats
		}
		return m
	}
	commuters := byKey(aggs[0])
	// Per segment: a weight and a score per benefit and sacrifice, a
	// weight, expected and experienced per dimension.
	if n := len(aggs[0].Ratings); n != 2*4+2*3+3*5 {
		t.Errorf("%d ratings, want %d", n, 2*4+2*3+3*5)
	}
	want := map[string]Stats{
		"benefits.quality.weight":            {N: 3, Mean: 11.0 / 3, Median: 4, Min: 2, Max: 5, Spread: 3, Disagreement: true},
		"benefits.quality.score":             {N: 3, Mean: 8, Median: 8, Min: 6.5, Max: 9.5, Spread: 3, Disagreement: true},
		"benefits.advice.weight":             {N: 2, Mean: 2.5, Median: 2.5, Min: 2, Max: 3, Spread: 1},
		"benefits.advice.score":              {N: 2, Mean: 7.25, Median: 7.25, Min: 7, Max: 7.5, Spread: 0.5},
		"benefits.repair.weight":             {},
		"benefits.repair.score":              {},
		"sacrifices.price.weight":            {N: 3, Mean: 8.0 / 3, Median: 3, Min: 1, Max: 4, Spread: 3, Disagreement: true},
		"sacrifices.price.score":             {N: 2, Mean: 7.5, Median: 7.5, Min: 6, Max: 9, Spread: 3, Disagreement: true},
		"dimensions.reliability.weight":      {N: 3, Mean: 14.0 / 3, Median: 5, Min: 4, Max: 5, Spread: 1},
		"dimensions.reliability.expected":    {N: 3, Mean: 8, Median: 8, Min: 7, Max: 9, Spread: 2},
		"dimensions.reliability.experienced": {N: 3, Mean: 7, Median: 7, Min: 6, Max: 8, Spread: 2},
		"dimensions.empathy.expected":        {},
	}
	for key, w := range want {
		if diff := cmp.Diff(w, commuters[key], approx); diff != "" {
			t.Errorf("commuters %s (-want +got):\n%s", key, diff)
		}
	}
	if got := byKey(aggs[1])["benefits.quality.score"]; got != (Stats{N: 1, Mean: 7, Median: 7, Min: 7, Max: 7}) {
		t.Errorf("racing cyclists' quality score: %+v", got)
	}
	first := aggs[0].Ratings[0]
	if first.Group != GroupBenefits || first.ID != "quality" || first.Name != "Kwaliteit van de fiets" || first.Rating != RatingWeight {
		t.Errorf("first rating is %+v, want the weight of the first benefit", first)
	}
	// Responses that do not fit the questionnaire are left out, without a
	// panic.
	odd := NewResponse(q, 7)
	short := &Response{Segment: 0}
	if got := Aggregate(q, []*Response{odd, short}); got[0].Responses+got[1].Responses+got[2].Responses != 0 {
		t.Errorf("responses that do not fit were counted: %+v", got)
	}
}

func TestApply(t *testing.T) {
	s := Example()
	before, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	q := QuestionnaireOf(s)
	got := Apply(s, Aggregate(q, workshopResponses(q)))
	if after, _ := Encode(s); string(after) != string(before) {
		t.Error("Apply changed its input")
	}
	if err := Validate(got); err != nil {
		t.Fatalf("the applied scenario is invalid: %v", err)
	}
	// The commuters' ratings, worked out by hand: answered ratings take the
	// mean; the rest keep the example's numbers.
	want := Example()
	c := want.Segments[0]
	c.Benefits["quality"] = Rating{Weight: Float(11.0 / 3), Score: Float(8)}
	c.Benefits["advice"] = Rating{Weight: Float(2.5), Score: Float(7.25)}
	c.Sacrifices["price"] = Rating{Weight: Float(8.0 / 3), Score: Float(7.5)}
	c.Quality["reliability"] = QualityRating{Weight: Float(14.0 / 3), Expected: Float(8), Experienced: Float(7)}
	sport := want.Segments[1]
	sport.Benefits["quality"] = Rating{Weight: Float(5), Score: Float(7)}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("Apply (-want +got):\n%s", diff)
	}
	// The value of the commuters follows (SPEC §3.1): benefits
	// (11/3·8 + 2.5·7.25 + 5·6 + 1·7) / (11/3 + 2.5 + 5 + 1), sacrifices
	// (8/3·7.5 + 5·7 + 2·4) / (8/3 + 5 + 2).
	benefit := (11.0/3*8 + 2.5*7.25 + 5*6 + 1*7) / (11.0/3 + 2.5 + 5 + 1)
	sacrifice := (8.0/3*7.5 + 5*7 + 2*4) / (8.0/3 + 5 + 2)
	if diff := cmp.Diff(benefit-sacrifice, *Compute(got).Segments[0].Value, approx); diff != "" {
		t.Errorf("commuters' value (-want +got):\n%s", diff)
	}
	// A segment or criterion the scenario no longer has is skipped.
	gone := Example()
	gone.Segments = gone.Segments[1:]
	gone.Benefits = gone.Benefits[1:]
	for _, sg := range gone.Segments {
		delete(sg.Benefits, "quality")
	}
	applied := Apply(gone, Aggregate(q, workshopResponses(q)))
	if err := Validate(applied); err != nil {
		t.Errorf("applying to a scenario without the rated segment and criterion: %v", err)
	}
	if diff := cmp.Diff(gone, applied); diff != "" {
		t.Errorf("nothing left to apply, yet (-want +got):\n%s", diff)
	}
}

// TestApplyToBlankRatings writes means where a segment had no ratings at
// all.
func TestApplyToBlankRatings(t *testing.T) {
	s := &Scenario{
		Title: "Blank", Settings: DefaultSettings(),
		Benefits: []Criterion{{ID: "b", Name: "B"}}, Sacrifices: []Criterion{{ID: "p", Name: "P"}},
		Dimensions: []Criterion{{ID: "d", Name: "D"}}, Segments: []Segment{{ID: "s", Name: "S"}},
	}
	q := QuestionnaireOf(s)
	r := NewResponse(q, 0)
	r.Benefits[0].Score = Float(8)
	r.Sacrifices[0].Weight = Float(0)
	r.Dimensions[0] = QualityAnswer{Expected: Float(7), Experienced: Float(7.5)}
	got := Apply(s, Aggregate(q, []*Response{r}))
	want := s.Clone()
	want.Segments[0].Benefits = map[string]Rating{"b": {Score: Float(8)}}
	want.Segments[0].Sacrifices = map[string]Rating{"p": {Weight: Float(0)}}
	want.Segments[0].Quality = map[string]QualityRating{"d": {Expected: Float(7), Experienced: Float(7.5)}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestScanCodesOnePerLine(t *testing.T) {
	q := bikeShopQuestionnaire()
	rs := workshopResponses(q)
	codes := make([]string, len(rs))
	for i, r := range rs {
		var err error
		if codes[i], err = EncodeResponse(q, r); err != nil {
			t.Fatal(err)
		}
	}
	other := bikeShopQuestionnaire()
	other.Segments = other.Segments[:1]
	otherCode, _ := EncodeResponse(other, NewResponse(other, 0))
	typo := []byte(codes[1])
	typo[7] = map[bool]byte{true: 'A', false: 'B'}[typo[7] != 'A']
	text := strings.Join([]string{
		codes[0],
		"",
		"  " + strings.ToLower(codes[1]) + "  ",
		otherCode,
		string(typo),
		strings.ReplaceAll(codes[0], "-", " "), // the first again, typed differently
		"thanks!",                              // plain text is no error
		codes[2] + "\r",
		codes[3],
	}, "\n")
	lines := ScanCodes(q, text)
	type outcome struct {
		Line   int
		Status CodeStatus
		First  int
	}
	var got []outcome
	for _, cl := range lines {
		got = append(got, outcome{cl.Line, cl.Status, cl.First})
		if (cl.Status == CodeAccepted) != (cl.Response != nil) || (cl.Err != nil) != (cl.Status != CodeAccepted && cl.Status != CodeDuplicate) {
			t.Errorf("line %d: status %s with response %v and error %v", cl.Line, cl.Status, cl.Response, cl.Err)
		}
	}
	want := []outcome{
		{1, CodeAccepted, 0},
		{3, CodeAccepted, 0},
		{4, CodeOther, 0},
		{5, CodeMistyped, 0},
		{6, CodeDuplicate, 1},
		{8, CodeAccepted, 0},
		{9, CodeAccepted, 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ScanCodes (-want +got):\n%s", diff)
	}
	if lines[4].Code != codes[0] || lines[1].Code != codes[1] {
		t.Errorf("codes are not kept in their canonical form: %q, %q", lines[4].Code, lines[1].Code)
	}
	accepted := AcceptedResponses(lines)
	if diff := cmp.Diff(rs, accepted); diff != "" {
		t.Errorf("accepted responses (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Aggregate(q, rs), Aggregate(q, accepted)); diff != "" {
		t.Errorf("aggregate of the pasted codes (-want +got):\n%s", diff)
	}
}
