package calc

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bikeShopQuestionnaire is the questionnaire of the example scenario:
// 4 benefits, 3 sacrifices, 5 dimensions, 3 segments.
func bikeShopQuestionnaire() *Questionnaire { return QuestionnaireOf(Example()) }

// questionnairePayload compresses a questionnaire document the way links
// do, for building broken links by hand.
func questionnairePayload(t testing.TB, doc string) string {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestCompression)
	zw.Write([]byte(doc))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

func TestQuestionnaireOf(t *testing.T) {
	want := &Questionnaire{
		Version: QuestionnaireVersionOneLevel, Title: "Fietsenwinkel De Spaak", Locale: "nl",
		Benefits: []Item{
			{"quality", "Kwaliteit van de fiets"}, {"advice", "Deskundig advies"},
			{"repair", "Snelle reparatie"}, {"personal", "Persoonlijke aandacht"},
		},
		Sacrifices: []Item{{"price", "Prijs"}, {"waiting", "Wachttijd"}, {"hassle", "Gedoe bij garantie"}},
		Dimensions: []Item{
			{"reliability", "Betrouwbaarheid"}, {"responsiveness", "Reactiesnelheid"},
			{"assurance", "Deskundigheid en vertrouwen"}, {"empathy", "Empathie"}, {"tangibles", "Winkel en uitstraling"},
		},
		Segments: []Item{{"commuters", "Forenzen"}, {"sport", "Wielrenners"}, {"tourists", "Toeristen (verhuur)"}},
	}
	if diff := cmp.Diff(want, bikeShopQuestionnaire()); diff != "" {
		t.Errorf("QuestionnaireOf(Example()) (-want +got):\n%s", diff)
	}
}

// TestQuestionnaireRoundTrip encodes the questionnaire of every example
// and reads it back.
func TestQuestionnaireRoundTrip(t *testing.T) {
	for _, file := range exampleFiles(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		s, err := DecodeBytes(data)
		if err != nil {
			t.Fatal(err)
		}
		q := QuestionnaireOf(s)
		payload, err := EncodeQuestionnaire(q)
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(payload, "+/=") {
			t.Errorf("%s: payload %q is not base64url without padding", file, payload)
		}
		got, err := DecodeQuestionnaire(payload)
		if err != nil {
			t.Fatalf("%s: DecodeQuestionnaire: %v", file, err)
		}
		if diff := cmp.Diff(q, got); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", file, diff)
		}
		t.Logf("%s: questionnaire payload %d characters, fingerprint %s, response code %d characters",
			file, len(payload), q.Fingerprint(), ResponseCodeLength(q))
	}
}

func TestDecodeQuestionnaireErrors(t *testing.T) {
	valid := `{"v":1,"t":"T","b":[{"i":"a","n":"A"}],"s":[],"d":[],"g":[{"i":"s","n":"S"}]}`
	many := strings.Repeat(`{"i":"x","n":"X"},`, MaxSegments)
	tests := []struct {
		name    string
		payload string
		also    error // a second sentinel the error must wrap, if any
		text    string
	}{
		{"empty", "", nil, "does not unpack"},
		{"not base64url", "abc$def", nil, "not base64url"},
		{"not deflate", base64.RawURLEncoding.EncodeToString([]byte("plain text, not deflated")), nil, "does not unpack"},
		{"not JSON", questionnairePayload(t, "hello"), nil, "does not hold a questionnaire"},
		{"an array", questionnairePayload(t, "[1,2]"), nil, "does not hold a questionnaire"},
		{"unknown field", questionnairePayload(t, strings.Replace(valid, `"t"`, `"title"`, 1)), nil, "unknown field"},
		{"two objects", questionnairePayload(t, valid+valid), nil, "more than one"},
		{"newer version", questionnairePayload(t, strings.Replace(valid, `"v":1`, `"v":3`, 1)), ErrNewerVersion, "newer version"},
		{"no version", questionnairePayload(t, strings.Replace(valid, `"v":1,`, ``, 1)), nil, "version"},
		{"no segments", questionnairePayload(t, strings.Replace(valid, `"g":[{"i":"s","n":"S"}]`, `"g":[]`, 1)), ErrRequired, "at least one segment"},
		{"no criteria", questionnairePayload(t, strings.Replace(valid, `"b":[{"i":"a","n":"A"}]`, `"b":[]`, 1)), ErrRequired, "at least one benefit"},
		{"bad id", questionnairePayload(t, strings.Replace(valid, `"i":"a"`, `"i":"a b"`, 1)), ErrInvalidID, "benefits[0].id"},
		{"duplicate id", questionnairePayload(t, strings.Replace(valid, `{"i":"s","n":"S"}`, `{"i":"s","n":"S"},{"i":"s","n":"T"}`, 1)), ErrDuplicateID, "segments[1].id"},
		{"empty name", questionnairePayload(t, strings.Replace(valid, `"n":"A"`, `"n":"  "`, 1)), ErrRequired, "benefits[0].name"},
		{"too many segments", questionnairePayload(t, strings.Replace(valid, `"g":[`, `"g":[`+many, 1)), ErrTooMany, "segments"},
		{"too long", strings.Repeat("A", MaxQuestionnairePayload+1), nil, "longer than any questionnaire"},
		{"bomb", base64.RawURLEncoding.EncodeToString(deflateBytes(t, bytes.Repeat([]byte(" "), MaxQuestionnaireJSON+10))), nil, "unpacks to more than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := DecodeQuestionnaire(tt.payload)
			if err == nil {
				t.Fatalf("accepted: %+v", q)
			}
			if !errors.Is(err, ErrQuestionnaire) {
				t.Errorf("error %q does not wrap ErrQuestionnaire", err)
			}
			if tt.also != nil && !errors.Is(err, tt.also) {
				t.Errorf("error %q does not wrap %v", err, tt.also)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("error %q does not say %q", err, tt.text)
			}
		})
	}
	if _, err := DecodeQuestionnaire(questionnairePayload(t, valid)); err != nil {
		t.Errorf("the valid document is refused: %v", err)
	}
}

func deflateBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestFingerprint: the fingerprint follows the ids, names and order of the
// criteria and segments, and nothing else.
func TestFingerprint(t *testing.T) {
	base := bikeShopQuestionnaire().Fingerprint()
	if s := base.String(); len(s) != 4 || strings.Trim(s, crockford) != "" {
		t.Errorf("fingerprint %q is not 4 Crockford characters", s)
	}
	tests := []struct {
		name    string
		change  func(q *Questionnaire)
		changed bool
	}{
		{"nothing", func(q *Questionnaire) {}, false},
		{"title", func(q *Questionnaire) { q.Title = "Another title" }, false},
		{"locale", func(q *Questionnaire) { q.Locale = "en" }, false},
		{"benefit name", func(q *Questionnaire) { q.Benefits[0].Name += "!" }, true},
		{"sacrifice id", func(q *Questionnaire) { q.Sacrifices[1].ID = "wait" }, true},
		{"dimension order", func(q *Questionnaire) { q.Dimensions[0], q.Dimensions[1] = q.Dimensions[1], q.Dimensions[0] }, true},
		{"segment removed", func(q *Questionnaire) { q.Segments = q.Segments[:2] }, true},
		{"criterion moved to another list", func(q *Questionnaire) {
			q.Sacrifices = append([]Item{q.Benefits[3]}, q.Sacrifices...)
			q.Benefits = q.Benefits[:3]
		}, true},
		{"name and id run together", func(q *Questionnaire) {
			q.Segments[0] = Item{ID: "commutersF", Name: "orenzen"}
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := bikeShopQuestionnaire()
			tt.change(q)
			if got := q.Fingerprint(); (got != base) != tt.changed {
				t.Errorf("fingerprint %s, was %s; want changed = %v", got, base, tt.changed)
			}
		})
	}
}

func FuzzDecodeQuestionnaire(f *testing.F) {
	for _, s := range []*Scenario{Example(), {Title: "x", Benefits: []Criterion{{ID: "a", Name: "<img src=x onerror=alert(1)>"}}, Segments: []Segment{{ID: "s", Name: "S"}}}} {
		payload, err := EncodeQuestionnaire(QuestionnaireOf(s))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(payload)
		f.Add(payload[:len(payload)/2])
	}
	f.Add("")
	f.Add("AAAA")
	f.Add(questionnairePayload(f, `{"v":1,"t":"T","b":[{"i":"a","n":"A"}],"s":[],"d":[],"g":[{"i":"s","n":"S"}],"x":1}`))
	f.Add(questionnairePayload(f, `{"v":1,"t":"T","b":[{"i":"a","n":"A"}],"g":[{"i":"s","n":"S"}]}`))
	f.Fuzz(func(t *testing.T, payload string) {
		q, err := DecodeQuestionnaire(payload)
		if err != nil {
			if !errors.Is(err, ErrQuestionnaire) {
				t.Fatalf("error %q does not wrap ErrQuestionnaire", err)
			}
			return
		}
		// What is accepted encodes again, reads back the same, and has a
		// fingerprint and a code length.
		again, err := EncodeQuestionnaire(q)
		if err != nil {
			t.Fatal(err)
		}
		q2, err := DecodeQuestionnaire(again)
		if err != nil {
			t.Fatalf("re-encoded questionnaire refused: %v", err)
		}
		if diff := cmp.Diff(q, q2, cmpEmptyItems); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		if q.Fingerprint() != q2.Fingerprint() || ResponseCodeLength(q) > maxCodeChars {
			t.Fatal("fingerprint or code length unstable")
		}
	})
}

// cmpEmptyItems treats a missing list as an empty one.
var cmpEmptyItems = cmp.Comparer(func(a, b []Item) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
})
