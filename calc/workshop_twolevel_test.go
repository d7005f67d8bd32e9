package calc

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// kapsalon returns the version-2 example, whose dimensions have two levels.
func kapsalon(t *testing.T) *Scenario {
	t.Helper()
	data, err := os.ReadFile("testdata/examples/kapsalon.klantwaarde.json")
	if err != nil {
		t.Fatal(err)
	}
	return mustDecode(t, data)
}

// twoLevelResponse rates every dimension of a two-level questionnaire with
// all three marks, the extremes somewhere, and one dimension skipped.
func twoLevelResponse(q *Questionnaire, segment int) *Response {
	r := NewResponse(q, segment)
	r.Nonce = 0xBEEF5
	r.Benefits[0] = Answer{Weight: Float(5), Score: Float(8.5)}
	r.Sacrifices[1] = Answer{Weight: Float(0), Score: Float(1)}
	for i := range r.Dimensions[:len(r.Dimensions)-1] {
		r.Dimensions[i] = QualityAnswer{Weight: Float(float64(i)), Adequate: Float(1 + float64(i)), Desired: Float(10 - float64(i)/10), Experienced: Float(7.3)}
	}
	return r
}

func TestTwoLevelQuestionnaire(t *testing.T) {
	one, two := TwoLevelQuestionnaireOf(Example()), TwoLevelQuestionnaireOf(kapsalon(t))
	if one.TwoLevel || !two.TwoLevel {
		t.Fatalf("TwoLevel: bike shop %v, kapsalon %v; want false, true", one.TwoLevel, two.TwoLevel)
	}
	if diff := cmp.Diff(QuestionnaireOf(Example()), one); diff != "" {
		t.Errorf("a one-level scenario's questionnaire changed (-want +got):\n%s", diff)
	}
	if QuestionnaireOf(kapsalon(t)).Fingerprint() == two.Fingerprint() {
		t.Error("asking two levels does not change the fingerprint")
	}
	if diff := cmp.Diff([]string{RatingWeight, RatingAdequate, RatingDesired, RatingExperienced}, DimensionRatings(two)); diff != "" {
		t.Errorf("DimensionRatings (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		q       *Questionnaire
		version string
	}{{one, `"v":1`}, {two, `"v":2`}} {
		payload, err := EncodeQuestionnaire(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := goDeflate{}.Inflate(mustBase64(t, payload), MaxQuestionnaireJSON)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(raw), tt.version) {
			t.Errorf("the link holds %s, want %s", raw, tt.version)
		}
		back, err := DecodeQuestionnaire(payload)
		if err != nil {
			t.Fatal(err)
		}
		back.Version = tt.q.Version
		if diff := cmp.Diff(tt.q, back); diff != "" {
			t.Errorf("link round trip (-want +got):\n%s", diff)
		}
	}
	// A version-1 questionnaire cannot ask for two levels.
	bad := questionnairePayload(t, `{"v":1,"t":"T","b":[{"i":"a","n":"A"}],"s":[],"d":[],"g":[{"i":"s","n":"S"}],"z":true}`)
	if _, err := DecodeQuestionnaire(bad); err == nil || !strings.Contains(err.Error(), "cannot ask for two levels") {
		t.Errorf("version 1 with two levels: %v", err)
	}
}

func TestTwoLevelResponseCode(t *testing.T) {
	q := TwoLevelQuestionnaireOf(kapsalon(t))
	tests := []struct {
		name string
		r    *Response
	}{
		{"all skipped", NewResponse(q, 0)},
		{"three marks per dimension", twoLevelResponse(q, 2)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.r.Version != ResponseVersionTwoLevel {
				t.Fatalf("NewResponse gives version %d, want %d", tt.r.Version, ResponseVersionTwoLevel)
			}
			code, err := EncodeResponse(q, tt.r)
			if err != nil {
				t.Fatal(err)
			}
			// 3 + 20 + 20 + 6 + 6·10 + 5·(3 + 3·7) + 16 = 245 bits: 49 characters.
			if n := len(strings.ReplaceAll(code, "-", "")); n != 49 || n != ResponseCodeLength(q) {
				t.Errorf("code %q has %d characters, want 49 = ResponseCodeLength %d", code, n, ResponseCodeLength(q))
			}
			got, err := DecodeResponse(q, code)
			if err != nil {
				t.Fatalf("DecodeResponse(%q): %v", code, err)
			}
			if diff := cmp.Diff(tt.r, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			// The one-level questionnaire of the same scenario is another.
			if _, err := DecodeResponse(QuestionnaireOf(kapsalon(t)), code); !errors.Is(err, ErrOtherQuestionnaire) {
				t.Errorf("read against the one-level questionnaire: %v, want ErrOtherQuestionnaire", err)
			}
			for pos := range len(code) {
				if code[pos] == '-' {
					continue
				}
				typo := []byte(code)
				typo[pos] = crockford[(strings.IndexByte(crockford, code[pos])+7)%32]
				if _, err := DecodeResponse(q, string(typo)); !errors.Is(err, ErrChecksum) {
					t.Errorf("position %d mistyped: %v, want ErrChecksum", pos, err)
				}
			}
		})
	}
	// A one-level code (version 2) of the one-level questionnaire still
	// reads there, unchanged by model 2.
	one := QuestionnaireOf(kapsalon(t))
	r := NewResponse(one, 1)
	r.Dimensions[0] = QualityAnswer{Weight: Float(3), Expected: Float(8), Experienced: Float(6)}
	code, err := EncodeResponse(one, r)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := DecodeResponse(one, code); err != nil || got.Version != ResponseVersion || !cmp.Equal(r, got) {
		t.Errorf("one-level code: %+v, %v", got, err)
	}
}

func TestTwoLevelResponseErrors(t *testing.T) {
	q := TwoLevelQuestionnaireOf(kapsalon(t))
	tests := []struct {
		name   string
		answer QualityAnswer
		want   error
		text   string
	}{
		{"adequate alone", QualityAnswer{Adequate: Float(6)}, ErrZonePair, "quality.reliability.desired: missing"},
		{"desired alone", QualityAnswer{Desired: Float(6)}, ErrZonePair, "quality.reliability.adequate: missing"},
		{"adequate above desired", QualityAnswer{Adequate: Float(8.5), Desired: Float(8)}, ErrZoneOrder, "quality.reliability.adequate: 8.5 is above the desired level 8"},
		{"desired off the scale", QualityAnswer{Adequate: Float(8.5), Desired: Float(11)}, ErrOutOfRange, "quality.reliability.desired: 11 is above the maximum 10"},
		{"two decimals", QualityAnswer{Adequate: Float(6.25), Desired: Float(8)}, ErrOutOfRange, "more than one decimal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewResponse(q, 0)
			r.Dimensions[0] = tt.answer
			_, err := EncodeResponse(q, r)
			if !errors.Is(err, tt.want) || err == nil || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("EncodeResponse: %v, want %v saying %q", err, tt.want, tt.text)
			}
		})
	}
	// A sound code whose adequate level is above its desired one, as
	// another program might make it, is refused when read.
	var w bitWriter
	w.write(ResponseVersionTwoLevel, versionBits)
	w.write(uint32(q.Fingerprint()), FingerprintBits)
	w.write(0, NonceBits)
	w.write(0, segmentBits)
	w.write(0, (len(q.Benefits)+len(q.Sacrifices))*(weightBits+scoreBits))
	w.write(0, weightBits)
	w.write(90, scoreBits) // adequate 9
	w.write(80, scoreBits) // desired 8
	w.write(0, scoreBits)
	w.write(0, (len(q.Dimensions)-1)*(weightBits+3*scoreBits))
	for (len(w.bits)+checksumBits)%5 != 0 {
		w.write(0, 1)
	}
	w.write(uint32(crc16(w.bits)), checksumBits)
	var code strings.Builder
	for i := 0; i < len(w.bits); i += 5 {
		code.WriteByte(crockford[bitsValue(w.bits[i:i+5])])
	}
	if _, err := DecodeResponse(q, code.String()); !errors.Is(err, ErrMalformed) {
		t.Errorf("a code with adequate 9 above desired 8: %v, want ErrMalformed", err)
	}
}

// TestTwoLevelAggregateAndApply aggregates a room's two-level codes:
// minimum, desired and experienced per dimension, and applying the means
// fills them, a valid scenario.
func TestTwoLevelAggregateAndApply(t *testing.T) {
	s := kapsalon(t)
	q := TwoLevelQuestionnaireOf(s)
	var codes []string
	for i, marks := range [][3]float64{{6, 8, 7}, {7, 9.5, 5}, {5, 7, 9}} {
		r := NewResponse(q, 1)
		r.Nonce = uint32(i)
		r.Dimensions[1] = QualityAnswer{Weight: Float(4), Adequate: Float(marks[0]), Desired: Float(marks[1]), Experienced: Float(marks[2])}
		code, err := EncodeResponse(q, r)
		if err != nil {
			t.Fatal(err)
		}
		codes = append(codes, code)
	}
	aggs := Aggregate(q, RoomResponses(q, codes))
	students := aggs[1]
	if students.Responses != 3 {
		t.Fatalf("%d responses, want 3", students.Responses)
	}
	got := map[string]float64{}
	var order []string
	for _, ra := range students.Ratings {
		if ra.Group == GroupDimensions && ra.ID == "responsiveness" {
			got[ra.Rating] = ra.Mean
			order = append(order, ra.Rating)
		}
	}
	if diff := cmp.Diff(DimensionRatings(q), order); diff != "" {
		t.Errorf("the dimension's ratings (-want +got):\n%s", diff)
	}
	want := map[string]float64{RatingWeight: 4, RatingAdequate: 6, RatingDesired: 8.166666666666666, RatingExperienced: 7}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("means (-want +got):\n%s", diff)
	}
	applied := Apply(s, aggs)
	qr := applied.Segments[1].Quality["responsiveness"]
	wantQ := QualityRating{Weight: Float(4), Adequate: Float(6), Desired: Float(8.166666666666666), Experienced: Float(7)}
	if diff := cmp.Diff(wantQ, qr, approx); diff != "" {
		t.Errorf("applied rating (-want +got):\n%s", diff)
	}
	if err := Validate(applied); err != nil {
		t.Errorf("the applied scenario is invalid: %v", err)
	}
	if s.Segments[1].Quality["responsiveness"].Experienced == qr.Experienced {
		t.Error("Apply changed the original scenario")
	}
}
