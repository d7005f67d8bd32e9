package calc

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// v2 is a version-2 document with one dimension d1 that segment s1 rates
// as rating (a JSON object).
func v2(version, rating string) string {
	return `{"format":"klantwaarde/scenario","version":` + version + `,"dimensions":[{"id":"d1","name":"D"}],` +
		`"segments":[{"id":"s1","name":"S","quality":{"d1":` + rating + `}}]}`
}

func TestDecodeVersion2Errors(t *testing.T) {
	const q = "segments[0].quality.d1."
	tests := []struct {
		name string
		in   string
		want []string
		is   error
	}{
		{"adequate in version 1", v2("1", `{"adequate":6,"desired":8,"experienced":7}`),
			[]string{q + "adequate: unknown field (check the spelling; free-form data goes under \"x\")",
				q + "desired: unknown field (check the spelling; free-form data goes under \"x\")"}, ErrUnknownField},
		{"desired alone in version 1", v2("1", `{"desired":8}`),
			[]string{q + "desired: unknown field (check the spelling; free-form data goes under \"x\")"}, ErrUnknownField},
		{"adequate without desired", v2("2", `{"adequate":6,"experienced":7}`),
			[]string{q + "desired: missing: a rating with an adequate level also needs a desired level"}, ErrZonePair},
		{"desired without adequate", v2("2", `{"desired":8,"expected":7}`),
			[]string{q + "adequate: missing: a rating with a desired level also needs an adequate level"}, ErrZonePair},
		{"adequate null counts as missing", v2("2", `{"adequate":null,"desired":8}`),
			[]string{q + "adequate: missing: a rating with a desired level also needs an adequate level"}, ErrZonePair},
		{"adequate above desired", v2("2", `{"adequate":8.5,"desired":8}`),
			[]string{q + "adequate: 8.5 is above the desired level 8"}, ErrZoneOrder},
		{"adequate below 1", v2("2", `{"adequate":0.5,"desired":8}`),
			[]string{q + "adequate: 0.5 is below the minimum 1"}, ErrOutOfRange},
		{"desired above 10", v2("2", `{"adequate":5,"desired":10.5}`),
			[]string{q + "desired: 10.5 is above the maximum 10"}, ErrOutOfRange},
		{"out of range and out of order: the range only", v2("2", `{"adequate":11,"desired":8}`),
			[]string{q + "adequate: 11 is above the maximum 10"}, ErrOutOfRange},
		{"adequate as text", v2("2", `{"adequate":"6","desired":8}`),
			[]string{q + "adequate: expected a number, found a string"}, ErrType},
		{"a typo in version 2", v2("2", `{"adequat":6,"desired":8}`),
			[]string{q + "adequat: unknown field (check the spelling; free-form data goes under \"x\")"}, ErrUnknownField},
		{"version 3 is refused", v2("3", `{"adequate":6,"desired":8}`),
			[]string{"version: 3 was written by a newer version of Klantwaarde; this one reads version 2: update the app to open it"}, ErrNewerVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := DecodeBytes([]byte(tt.in))
			if s != nil {
				t.Errorf("DecodeBytes returned a scenario with the error %v", err)
			}
			if diff := cmp.Diff(tt.want, errorLines(t, err)); diff != "" {
				t.Errorf("error lines (-want +got):\n%s", diff)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(err, %v) = false for %v", tt.is, err)
			}
			var fe *FieldError
			if errors.As(err, &fe) && fe.Path == "" {
				t.Errorf("the error names no field: %v", err)
			}
		})
	}
}

func TestDecodeVersion2Accepts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want QualityRating
	}{
		{"adequate and desired without expected", v2("2", `{"weight":2,"adequate":6,"desired":8,"experienced":7}`),
			QualityRating{Weight: Float(2), Adequate: Float(6), Desired: Float(8), Experienced: Float(7)}},
		{"all three levels", v2("2", `{"adequate":6,"desired":8,"expected":7.5}`),
			QualityRating{Adequate: Float(6), Desired: Float(8), Expected: Float(7.5)}},
		{"adequate = desired, at the ends of the scale", v2("2", `{"adequate":1,"desired":1,"experienced":10}`),
			QualityRating{Adequate: Float(1), Desired: Float(1), Experienced: Float(10)}},
		{"a version-2 file without the two levels", v2("2", `{"expected":7,"experienced":6}`),
			QualityRating{Expected: Float(7), Experienced: Float(6)}},
		{"both null", v2("2", `{"adequate":null,"desired":null,"expected":7}`), QualityRating{Expected: Float(7)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustDecode(t, []byte(tt.in))
			if s.Version != Version {
				t.Errorf("version %d in memory, want %d", s.Version, Version)
			}
			if diff := cmp.Diff(tt.want, s.Segments[0].Quality["d1"]); diff != "" {
				t.Errorf("rating (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEncodeVersion writes version 1 when no rating has adequate or
// desired, so that older copies of the app still open the file, and
// version 2 when one does; share links alike.
func TestEncodeVersion(t *testing.T) {
	tests := []struct {
		file string
		want int
	}{
		{"fietsenwinkel", VersionOneLevel},
		{"consultancy", VersionOneLevel},
		{"edge-cases", VersionOneLevel},
		{"kapsalon", VersionTwoLevel},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/examples/" + tt.file + ".klantwaarde.json")
			if err != nil {
				t.Fatal(err)
			}
			s := mustDecode(t, data)
			if got := FileVersion(s); got != tt.want {
				t.Errorf("FileVersion = %d, want %d", got, tt.want)
			}
			out, err := Encode(s)
			if err != nil {
				t.Fatal(err)
			}
			header := []byte(`"version": ` + FormatNumber(float64(tt.want)) + ",")
			if !bytes.Contains(out, header) {
				t.Errorf("the file lacks %s:\n%.200s", header, out)
			}
			if again := mustDecode(t, out); !cmp.Equal(s, again, scenarioOpts) {
				t.Errorf("the file does not decode to the scenario:\n%s", cmp.Diff(s, again, scenarioOpts))
			}
			payload, err := EncodeShare(s)
			if err != nil {
				t.Fatal(err)
			}
			back, err := DecodeShare(payload)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(s, back, scenarioOpts); diff != "" {
				t.Errorf("share link round trip (-want +got):\n%s", diff)
			}
		})
	}
	// One desired level alone (what an editor holds while the user types
	// the second) already asks for version 2: version 1 could not hold it.
	s := testScenario(Segment{ID: "a", Name: "A", Quality: map[string]QualityRating{"empathy": {Desired: Float(8)}}})
	if got := FileVersion(s); got != VersionTwoLevel {
		t.Errorf("FileVersion with a desired level alone = %d, want %d", got, VersionTwoLevel)
	}
}

func TestPathString(t *testing.T) {
	tests := []struct {
		name string
		in   *Path
		want string
	}{
		{"no path", nil, ""},
		{"steps", path(2, Step{SacrificeStep, "price", 7, 5.5}, Step{QualityStep, "tangibles", 5, 6.5}),
			"sacrifice:price:7>5.5 quality:tangibles:5>6.5"},
		{"full precision", path(0.2, Step{BenefitStep, "b_1", 7.3, 7.5}), "benefit:b_1:7.3>7.5"},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestValidateQuality(t *testing.T) {
	tests := []struct {
		name     string
		q        QualityRating
		wantPath string
		wantErr  error
	}{
		{"both levels", QualityRating{Adequate: Float(6), Desired: Float(8)}, "", nil},
		{"neither", QualityRating{Expected: Float(7)}, "", nil},
		{"adequate only", QualityRating{Adequate: Float(6)}, "q.desired", ErrZonePair},
		{"desired only", QualityRating{Desired: Float(8)}, "q.adequate", ErrZonePair},
		{"adequate above desired", QualityRating{Adequate: Float(8.5), Desired: Float(8)}, "q.adequate", ErrZoneOrder},
		{"out of range", QualityRating{Adequate: Float(0), Desired: Float(8)}, "q.adequate", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateQuality("q", tt.q)
			if tt.wantPath == "" {
				if err != nil {
					t.Fatalf("ValidateQuality = %v, want nil", err)
				}
				return
			}
			fe, ok := errors.AsType[*FieldError](err)
			if !ok || fe.Path != tt.wantPath {
				t.Fatalf("ValidateQuality = %v, want an error at %s", err, tt.wantPath)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("ValidateQuality = %v, want %v", err, tt.wantErr)
			}
		})
	}
}
