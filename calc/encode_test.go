package calc

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEncodeRoundTripExamples(t *testing.T) {
	for _, ex := range examples(t) {
		t.Run(ex.name, func(t *testing.T) {
			want := mustDecode(t, ex.data)
			out, err := Encode(want)
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			got := mustDecode(t, out)
			if diff := cmp.Diff(want, got, scenarioOpts); diff != "" {
				t.Errorf("Encode → Decode (-want +got):\n%s", diff)
			}
			// Encoding is deterministic: equal scenarios, equal bytes.
			again, err := Encode(got)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, again) {
				t.Errorf("Encode is not stable:\n%s\n---\n%s", out, again)
			}
		})
	}
}

func TestEncode(t *testing.T) {
	tests := []struct {
		name string
		in   *Scenario
		want string
	}{
		{"an empty scenario gets the header and empty lists", &Scenario{Settings: DefaultSettings()}, `{
  "format": "klantwaarde/scenario",
  "version": 1,
  "title": "",
  "settings": {
    "discountRate": 8,
    "retentionUplift": 5,
    "sayDo": 30,
    "tolerance": 0.5
  },
  "benefits": [],
  "sacrifices": [],
  "dimensions": [],
  "segments": []
}
`},
		{"markup is written as typed, x as it was", &Scenario{
			Title:    "<b>Fietsen & co</b>",
			Settings: Settings{Tolerance: 1, X: Extension(`{"a":  [1,2]}`)},
			Segments: []Segment{{ID: "a", Name: "A", Customers: 3, Benefits: map[string]Rating{"z": {Score: Float(2)}, "b": {Weight: Float(0)}}, NPS: &NPS{}}},
		}, `{
  "format": "klantwaarde/scenario",
  "version": 1,
  "title": "<b>Fietsen & co</b>",
  "settings": {
    "discountRate": 0,
    "retentionUplift": 0,
    "sayDo": 0,
    "tolerance": 1,
    "x": {
      "a": [
        1,
        2
      ]
    }
  },
  "benefits": [],
  "sacrifices": [],
  "dimensions": [],
  "segments": [
    {
      "id": "a",
      "name": "A",
      "customers": 3,
      "revenuePerCustomer": 0,
      "margin": 0,
      "retention": 0,
      "growthPotential": 0,
      "benefits": {
        "b": {
          "weight": 0
        },
        "z": {
          "score": 2
        }
      },
      "nps": {
        "promoters": 0,
        "passives": 0,
        "detractors": 0
      }
    }
  ]
}
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Encode(tt.in)
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("Encode (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEncodeKeepsExtensions checks that the free "x" space at every level
// survives a save and reopen.
func TestEncodeKeepsExtensions(t *testing.T) {
	in := doc(`,"x":{"tool":"other","list":[1,2.50,"<&>"],"nested":{"deep":{"er":null}}},` +
		`"settings":{"x":true},"benefits":[{"id":"b1","name":"One","x":"\u00e9\n"}],` +
		`"segments":[{"id":"a","name":"A","x":[],"benefits":{"b1":{"score":5,"x":{"n":1e400}}},"quality":{},"nps":{"x":0}}]`)
	want := mustDecode(t, []byte(in))
	out, err := Encode(want)
	if err != nil {
		t.Fatal(err)
	}
	got := mustDecode(t, out)
	if diff := cmp.Diff(want, got, scenarioOpts); diff != "" {
		t.Errorf("x after Encode → Decode (-want +got):\n%s", diff)
	}
	// The numbers in x are kept as written, even those no float64 holds.
	for _, number := range []string{"2.50", "1e400"} {
		if !bytes.Contains(out, []byte(number)) {
			t.Errorf("%s in x is lost:\n%s", number, out)
		}
	}
}

// TestEncodeReopens checks that what Encode writes of an accepted document
// is accepted again, also near the size limit, where indenting the "x"
// space or escaping its '<' and '>' could push the file past MaxFileSize.
func TestEncodeReopens(t *testing.T) {
	tests := []struct {
		name string
		x    string
	}{
		// 20,000 numbers 32 levels deep: 40 KB compact, 1.3 MB indented.
		{"a long list deep down", strings.Repeat("[", 31) + "[" + strings.Repeat("1,", 20_000) + "1]" + strings.Repeat("]", 31)},
		// 180 KB of '<', which escaped as \u003c would take 1.1 MB.
		{"markup", `"` + strings.Repeat("<", MaxFileSize/6+5000) + `"`},
		{"deep nesting", strings.Repeat("[", 60) + strings.Repeat("]", 60)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := doc(`,"x":` + tt.x)
			if len(in) > MaxFileSize {
				t.Fatalf("test document of %d bytes is too large", len(in))
			}
			want := mustDecode(t, []byte(in))
			out, err := Encode(want)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeBytes(out)
			if err != nil {
				t.Fatalf("reopening %d bytes: %v", len(out), err)
			}
			// Compared compact rather than with scenarioOpts, which would
			// build tens of thousands of values.
			if !bytes.Equal(compact(t, want.X), compact(t, got.X)) {
				t.Errorf("x changed after Encode → Decode")
			}
		})
	}
}

func compact(t *testing.T, raw []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestEncodeCompact writes the same document as Encode, without the
// white space.
func TestEncodeCompact(t *testing.T) {
	for _, ex := range examples(t) {
		t.Run(ex.name, func(t *testing.T) {
			s := mustDecode(t, ex.data)
			indented, err := Encode(s)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := json.Compact(&want, indented); err != nil {
				t.Fatal(err)
			}
			got, err := EncodeCompact(s)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), string(got)); diff != "" {
				t.Errorf("EncodeCompact (-want +got):\n%s", diff)
			}
		})
	}
}
