package calc

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// header is the start of every document in these tests: 44 bytes, so the
// first byte after it is column 45.
const header = `{"format":"klantwaarde/scenario","version":1`

// doc returns a scenario document with the given members after the header.
func doc(members string) string { return header + members + "}" }

// criteria declares benefit b1, sacrifice s1 and dimension d1.
const criteria = `,"benefits":[{"id":"b1","name":"One"}],"sacrifices":[{"id":"s1","name":"Price"}],"dimensions":[{"id":"d1","name":"Reliability"}]`

// segment returns a document with the criteria and one segment "a" with
// the given members after its id and name.
func segment(members string) string {
	return doc(criteria + `,"segments":[{"id":"a","name":"A"` + members + `}]`)
}

// segments returns a document with n valid segments.
func segments(n int) string {
	list := make([]string, n)
	for i := range list {
		list[i] = fmt.Sprintf(`{"id":"s%d","name":"S"}`, i)
	}
	return doc(`,"segments":[` + strings.Join(list, ",") + `]`)
}

// criteriaList returns a list of n valid criteria.
func criteriaList(n int) string {
	list := make([]string, n)
	for i := range list {
		list[i] = fmt.Sprintf(`{"id":"c%d","name":"C"}`, i)
	}
	return "[" + strings.Join(list, ",") + "]"
}

const unknown = `: unknown field (check the spelling; free-form data goes under "x")`

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // the Error() of each FieldError, in order
		is   error    // a sentinel that errors.Is must find
	}{
		// The document as a whole.
		{"empty input", "", []string{"the file is empty"}, ErrSyntax},
		{"only white space", " \n\t ", []string{"the file is empty"}, ErrSyntax},
		{"only a byte-order mark", "\xef\xbb\xbf", []string{"the file is empty"}, ErrSyntax},
		{"not JSON", "nope", []string{"line 1, column 2: invalid character 'o' in literal null (expecting 'u')"}, ErrSyntax},
		{"CSV", "klant,waarde\n1,2\n", []string{"line 1, column 1: invalid character 'k' looking for beginning of value"}, ErrSyntax},
		{"not JSON on line 3", "\n\n  x", []string{"line 3, column 3: invalid character 'x' looking for beginning of value"}, ErrSyntax},
		{"bad literal inside", doc(`,"title":nul`), []string{"line 1, column 57: invalid character '}' in literal null (expecting 'l')"}, ErrSyntax},
		{"bad number inside", doc(",\n" + `"title": 1.`), []string{"line 2, column 12: invalid character '}' after decimal point in numeric literal"}, ErrSyntax},
		{"missing comma", header + ` "title":"a"}`, []string{`line 1, column 46: invalid character '"' after object key:value pair`}, ErrSyntax},
		{"comma before brace", header + `,}`, []string{"line 1, column 46: invalid character '}' looking for beginning of object key string"}, ErrSyntax},
		{"newline in string", doc(",\n" + `"title": "a` + "\n" + `b"`), []string{`line 2, column 12: invalid character '\n' in string literal`}, ErrSyntax},
		{"truncated", header + `,"title":"ab`, []string{"line 1, column 57: the document ends too early"}, ErrSyntax},
		{"truncated after a brace", "{", []string{"line 1, column 2: the document ends too early"}, ErrSyntax},
		{"nested too deeply", doc(`,"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100)),
			[]string{"line 1, column 114: the document is nested too deeply"}, ErrSyntax},
		{"top-level array", "[]", []string{"the file holds a list, not a scenario object"}, ErrType},
		{"top-level string", `"klantwaarde"`, []string{"the file holds a string, not a scenario object"}, ErrType},
		{"top-level null", "null", []string{"the file holds null, not a scenario object"}, ErrType},
		{"trailing data", doc("") + "xyz", []string{"line 1, column 46: unexpected data after the end of the scenario"}, ErrTrailing},
		{"trailing data on a later line", doc("") + "\n\n   xyz", []string{"line 3, column 4: unexpected data after the end of the scenario"}, ErrTrailing},
		{"a second object", doc("") + "\n{}", []string{"line 2, column 1: unexpected data after the end of the scenario"}, ErrTrailing},
		{"a second BOM", "\xef\xbb\xbf\xef\xbb\xbf" + doc(""), []string{"line 1, column 1: invalid character 'ï' looking for beginning of value"}, ErrSyntax},
		{"duplicate key", doc(`,"title":"a","title":"b"`), []string{`line 1, column 58: duplicate key "title"`}, ErrDuplicateKey},
		{"duplicate key on its own line", "{\n  \"format\": \"klantwaarde/scenario\",\n  \"version\": 1,\n  \"title\": \"a\",\n  \"title\": \"b\"\n}",
			[]string{`line 5, column 3: duplicate key "title"`}, ErrDuplicateKey},
		{"duplicate key escaped", doc(`,"title":"a","\u0074itle":"b"`), []string{`line 1, column 58: duplicate key "title"`}, ErrDuplicateKey},
		{"duplicate key nested", doc(`,"settings":{"sayDo":1, "sayDo":2}`), []string{`line 1, column 69: duplicate key "sayDo"`}, ErrDuplicateKey},
		{"duplicate key in x", doc(`,"x":{"a":1,"a":1}`), []string{`line 1, column 57: duplicate key "a"`}, ErrDuplicateKey},
		{"duplicate rating", segment(`,"benefits":{"b1":{},"b1":{}}`), []string{`line 1, column 227: duplicate key "b1"`}, ErrDuplicateKey},
		{"invalid UTF-8", doc(`,"title":"a` + "\xff" + `b"`), []string{"line 1, column 56: the file is not valid UTF-8 text"}, ErrEncoding},
		{"invalid UTF-8 after a non-ASCII letter", "{\n  \"title\": \"é\xff\"}", []string{"line 2, column 14: the file is not valid UTF-8 text"}, ErrEncoding},
		{"UTF-16", "\xff\xfe{\x00}\x00", []string{"line 1, column 1: the file is not valid UTF-8 text"}, ErrEncoding},

		// Format and version.
		{"missing format", `{"version":1}`, []string{`format: missing; a Klantwaarde scenario has "format": "klantwaarde/scenario"`}, ErrRequired},
		{"case-folded Format", `{"Format":"klantwaarde/scenario","version":1}`, []string{`format: missing; a Klantwaarde scenario has "format": "klantwaarde/scenario"`}, ErrRequired},
		{"wrong format", `{"format":"klantwaarde/report","version":1}`, []string{`format: "klantwaarde/report" is not "klantwaarde/scenario": this is not a Klantwaarde scenario`}, ErrFormat},
		{"long wrong format", `{"format":"` + strings.Repeat("é", 50) + `","version":1}`,
			[]string{`format: "` + strings.Repeat("é", 20) + `…" is not "klantwaarde/scenario": this is not a Klantwaarde scenario`}, ErrFormat},
		{"format not a string", `{"format":5,"version":1}`, []string{`format: a number is not "klantwaarde/scenario": this is not a Klantwaarde scenario`}, ErrFormat},
		{"missing version", `{"format":"klantwaarde/scenario"}`, []string{"version: missing"}, ErrRequired},
		{"version 99", `{"format":"klantwaarde/scenario","version":99}`, []string{"version: 99 was written by a newer version of Klantwaarde; this one reads version 2: update the app to open it"}, ErrNewerVersion},
		{"version 3 written as 3.0", `{"format":"klantwaarde/scenario","version":3.0}`, []string{"version: 3.0 was written by a newer version of Klantwaarde; this one reads version 2: update the app to open it"}, ErrNewerVersion},
		{"version 0", `{"format":"klantwaarde/scenario","version":0}`, []string{"version: 0 is not a version number (1 or higher)"}, ErrOutOfRange},
		{"version -1", `{"format":"klantwaarde/scenario","version":-1}`, []string{"version: -1 is not a version number (1 or higher)"}, ErrOutOfRange},
		{"version 1.5", `{"format":"klantwaarde/scenario","version":1.5}`, []string{"version: 1.5 is not a version number (1 or higher)"}, ErrNotWhole},
		{"version 1e999", `{"format":"klantwaarde/scenario","version":1e999}`, []string{"version: 1e999 is not a version number (1 or higher)"}, ErrNotWhole},
		{"version a string", `{"format":"klantwaarde/scenario","version":"1"}`, []string{"version: expected a whole number, found a string"}, ErrType},
		{"format and version both wrong", `{"format":"csv","version":true}`,
			[]string{`format: "csv" is not "klantwaarde/scenario": this is not a Klantwaarde scenario`, "version: expected a whole number, found a true/false value"}, ErrFormat},
		{"header errors hide the rest", `{"version":99,"colour":"red"}`,
			[]string{`format: missing; a Klantwaarde scenario has "format": "klantwaarde/scenario"`, "version: 99 was written by a newer version of Klantwaarde; this one reads version 2: update the app to open it"}, ErrNewerVersion},

		// Unknown fields.
		{"unknown field at top level", doc(`,"colour":"red"`), []string{"colour" + unknown}, ErrUnknownField},
		{"case-folded Title", doc(`,"Title":"Fietsen"`), []string{"Title" + unknown}, ErrUnknownField},
		{"unknown field in settings", doc(`,"settings":{"say_do":30}`), []string{"settings.say_do" + unknown}, ErrUnknownField},
		{"unknown field in a criterion", doc(`,"benefits":[{"id":"b1","name":"One","naam":"Een"}]`), []string{"benefits[0].naam" + unknown}, ErrUnknownField},
		{"unknown field in a segment", segment(`,"customer":10`), []string{"segments[0].customer" + unknown}, ErrUnknownField},
		{"unknown field in a rating", segment(`,"benefits":{"b1":{"weigth":2,"score":7}}`), []string{"segments[0].benefits.b1.weigth" + unknown}, ErrUnknownField},
		{"unknown field in a quality rating", segment(`,"quality":{"d1":{"expectation":7}}`), []string{"segments[0].quality.d1.expectation" + unknown}, ErrUnknownField},
		{"unknown field in nps", segment(`,"nps":{"promoters":1,"neutral":2}`), []string{"segments[0].nps.neutral" + unknown}, ErrUnknownField},
		{"unknown loyalty indicator", segment(`,"loyalty":{"loyal":50}`), []string{"segments[0].loyalty.loyal" + unknown}, ErrUnknownField},
		{"no x in loyalty", segment(`,"loyalty":{"x":1}`), []string{"segments[0].loyalty.x" + unknown}, ErrUnknownField},
		{"several unknown fields in order", segment(`,"zeta":1,"alpha":2`), []string{"segments[0].zeta" + unknown, "segments[0].alpha" + unknown}, ErrUnknownField},

		// Types.
		{"string where number", doc(`,"settings":{"sayDo":"30"}`), []string{"settings.sayDo: expected a number, found a string"}, ErrType},
		{"number where string", doc(`,"title":5`), []string{"title: expected a string, found a number"}, ErrType},
		{"null where number", segment(`,"customers":null`), []string{"segments[0].customers: expected a number, found null"}, ErrType},
		{"boolean where number", segment(`,"benefits":{"b1":{"score":true}}`), []string{"segments[0].benefits.b1.score: expected a number, found a true/false value"}, ErrType},
		{"object where list", doc(`,"segments":{}`), []string{"segments: expected a list, found an object"}, ErrType},
		{"list where object", doc(`,"settings":[]`), []string{"settings: expected an object, found a list"}, ErrType},
		{"number in a list of criteria", doc(`,"benefits":[1]`), []string{"benefits[0]: expected an object, found a number"}, ErrType},
		{"rating not an object", segment(`,"sacrifices":{"s1":5}`), []string{"segments[0].sacrifices.s1: expected an object, found a number"}, ErrType},
		{"nps a list", segment(`,"nps":[1,2,3]`), []string{"segments[0].nps: expected an object, found a list"}, ErrType},
		{"currency code", doc(`,"currency":"eur"`), []string{`currency: "eur" is not a three-letter currency code such as "EUR"`}, ErrType},

		// Numbers that are not finite.
		{"NaN", doc(`,"settings":{"sayDo":NaN}`), []string{"line 1, column 66: invalid character 'N' looking for beginning of value"}, ErrSyntax},
		{"Infinity", doc(`,"settings":{"sayDo":-Infinity}`), []string{"line 1, column 67: invalid character 'I' in numeric literal"}, ErrSyntax},
		{"1e309", doc(`,"settings":{"sayDo":1e309}`), []string{"settings.sayDo: 1e309 is not a finite number"}, ErrNotFinite},
		{"-1e309 score", segment(`,"benefits":{"b1":{"score":-1e309}}`), []string{"segments[0].benefits.b1.score: -1e309 is not a finite number"}, ErrNotFinite},

		// Ranges of SPEC §3.3.
		{"benefit score 11", segment(`,"benefits":{"b1":{"score":11}}`), []string{"segments[0].benefits.b1.score: 11 is above the maximum 10"}, ErrOutOfRange},
		{"benefit score 0.5", segment(`,"benefits":{"b1":{"score":0.5}}`), []string{"segments[0].benefits.b1.score: 0.5 is below the minimum 1"}, ErrOutOfRange},
		{"sacrifice score 0", segment(`,"sacrifices":{"s1":{"score":0}}`), []string{"segments[0].sacrifices.s1.score: 0 is below the minimum 1"}, ErrOutOfRange},
		{"expected 0", segment(`,"quality":{"d1":{"expected":0}}`), []string{"segments[0].quality.d1.expected: 0 is below the minimum 1"}, ErrOutOfRange},
		{"experienced 10.5", segment(`,"quality":{"d1":{"experienced":10.5}}`), []string{"segments[0].quality.d1.experienced: 10.5 is above the maximum 10"}, ErrOutOfRange},
		{"benefit weight -1", segment(`,"benefits":{"b1":{"weight":-1}}`), []string{"segments[0].benefits.b1.weight: -1 is below the minimum 0"}, ErrOutOfRange},
		{"sacrifice weight 101", segment(`,"sacrifices":{"s1":{"weight":101}}`), []string{"segments[0].sacrifices.s1.weight: 101 is above the maximum 100"}, ErrOutOfRange},
		{"quality weight 1e3", segment(`,"quality":{"d1":{"weight":1e3}}`), []string{"segments[0].quality.d1.weight: 1000 is above the maximum 100"}, ErrOutOfRange},
		{"loyalty 101", segment(`,"loyalty":{"recommends":101}`), []string{"segments[0].loyalty.recommends: 101 is above the maximum 100"}, ErrOutOfRange},
		{"loyalty -0.5", segment(`,"loyalty":{"partnership":-0.5}`), []string{"segments[0].loyalty.partnership: -0.5 is below the minimum 0"}, ErrOutOfRange},
		{"promoters -1", segment(`,"nps":{"promoters":-1}`), []string{"segments[0].nps.promoters: -1 is below the minimum 0"}, ErrOutOfRange},
		{"passives 2.5", segment(`,"nps":{"passives":2.5}`), []string{"segments[0].nps.passives: 2.5 is not a whole number"}, ErrNotWhole},
		{"detractors 1e300", segment(`,"nps":{"detractors":1e300}`), []string{"segments[0].nps.detractors: 1e+300 is above the maximum 9.007199254740992e+15"}, ErrOutOfRange},
		{"customers 12.5", segment(`,"customers":12.5`), []string{"segments[0].customers: 12.5 is not a whole number"}, ErrNotWhole},
		{"customers -3", segment(`,"customers":-3`), []string{"segments[0].customers: -3 is below the minimum 0"}, ErrOutOfRange},
		{"revenue -1", segment(`,"revenuePerCustomer":-1`), []string{"segments[0].revenuePerCustomer: -1 is below the minimum 0"}, ErrOutOfRange},
		{"revenue 1e300", segment(`,"revenuePerCustomer":1e300`), []string{"segments[0].revenuePerCustomer: 1e+300 is above the maximum 1e+15"}, ErrOutOfRange},
		{"margin -101", segment(`,"margin":-101`), []string{"segments[0].margin: -101 is below the minimum -100"}, ErrOutOfRange},
		{"margin 100.5", segment(`,"margin":100.5`), []string{"segments[0].margin: 100.5 is above the maximum 100"}, ErrOutOfRange},
		{"retention 99.5", segment(`,"retention":99.5`), []string{"segments[0].retention: 99.5 is above the maximum 99"}, ErrOutOfRange},
		{"retention -1", segment(`,"retention":-1`), []string{"segments[0].retention: -1 is below the minimum 0"}, ErrOutOfRange},
		{"growth -101", segment(`,"growthPotential":-101`), []string{"segments[0].growthPotential: -101 is below the minimum -100"}, ErrOutOfRange},
		{"growth 1001", segment(`,"growthPotential":1001`), []string{"segments[0].growthPotential: 1001 is above the maximum 1000"}, ErrOutOfRange},
		{"discount rate 101", doc(`,"settings":{"discountRate":101}`), []string{"settings.discountRate: 101 is above the maximum 100"}, ErrOutOfRange},
		{"discount rate -1", doc(`,"settings":{"discountRate":-1}`), []string{"settings.discountRate: -1 is below the minimum 0"}, ErrOutOfRange},
		{"retention uplift 51", doc(`,"settings":{"retentionUplift":51}`), []string{"settings.retentionUplift: 51 is above the maximum 50"}, ErrOutOfRange},
		{"say-do 100.1", doc(`,"settings":{"sayDo":100.1}`), []string{"settings.sayDo: 100.1 is above the maximum 100"}, ErrOutOfRange},
		{"tolerance 3.5", doc(`,"settings":{"tolerance":3.5}`), []string{"settings.tolerance: 3.5 is above the maximum 3"}, ErrOutOfRange},
		{"tolerance -0.1", doc(`,"settings":{"tolerance":-0.1}`), []string{"settings.tolerance: -0.1 is below the minimum 0"}, ErrOutOfRange},

		// Ids, names and sizes.
		{"empty id", doc(`,"benefits":[{"id":"","name":"One"}]`), []string{`benefits[0].id: "" is not a valid id (1–40 of a-z A-Z 0-9 _ -)`}, ErrInvalidID},
		{"missing id", doc(`,"dimensions":[{"name":"One"}]`), []string{`dimensions[0].id: "" is not a valid id (1–40 of a-z A-Z 0-9 _ -)`}, ErrInvalidID},
		{"id with a space", doc(`,"segments":[{"id":"vaste klanten","name":"Vaste klanten"}]`), []string{`segments[0].id: "vaste klanten" is not a valid id (1–40 of a-z A-Z 0-9 _ -)`}, ErrInvalidID},
		{"id with an accent", doc(`,"sacrifices":[{"id":"café","name":"Café"}]`), []string{`sacrifices[0].id: "café" is not a valid id (1–40 of a-z A-Z 0-9 _ -)`}, ErrInvalidID},
		{"id of 41 characters", doc(`,"benefits":[{"id":"` + strings.Repeat("a", 41) + `","name":"One"}]`),
			[]string{`benefits[0].id: "` + strings.Repeat("a", 41) + `" is not a valid id (1–40 of a-z A-Z 0-9 _ -)`}, ErrInvalidID},
		{"duplicate benefit id", doc(`,"benefits":[{"id":"b1","name":"One"},{"id":"b1","name":"Two"}]`), []string{`benefits[1].id: "b1" is used twice`}, ErrDuplicateID},
		{"duplicate segment id", doc(`,"segments":[{"id":"a","name":"A"},{"id":"b","name":"B"},{"id":"a","name":"C"}]`), []string{`segments[2].id: "a" is used twice`}, ErrDuplicateID},
		{"unknown benefit", segment(`,"benefits":{"b2":{"score":5}}`), []string{`segments[0].benefits.b2: there is no benefit with id "b2"`}, ErrUnknownRef},
		{"unknown sacrifice", segment(`,"sacrifices":{"price":{"score":5}}`), []string{`segments[0].sacrifices.price: there is no sacrifice with id "price"`}, ErrUnknownRef},
		{"unknown dimension", segment(`,"quality":{"empathy":{"expected":5}}`), []string{`segments[0].quality.empathy: there is no quality dimension with id "empathy"`}, ErrUnknownRef},
		{"a sacrifice id is no benefit", segment(`,"benefits":{"s1":{"score":5}}`), []string{`segments[0].benefits.s1: there is no benefit with id "s1"`}, ErrUnknownRef},
		{"unknown references sorted", segment(`,"benefits":{"zz":{},"aa":{}}`),
			[]string{`segments[0].benefits.aa: there is no benefit with id "aa"`, `segments[0].benefits.zz: there is no benefit with id "zz"`}, ErrUnknownRef},
		{"empty name", doc(`,"benefits":[{"id":"b1","name":""}]`), []string{"benefits[0].name: a name is required"}, ErrRequired},
		{"missing name", doc(`,"segments":[{"id":"a"}]`), []string{"segments[0].name: a name is required"}, ErrRequired},
		{"white-space name", doc(`,"dimensions":[{"id":"d1","name":" \t\u00a0 "}]`), []string{"dimensions[0].name: a name is required"}, ErrRequired},
		{"name of 81 characters", doc(`,"segments":[{"id":"a","name":"` + strings.Repeat("x", 81) + `"}]`), []string{"segments[0].name: 81 characters; at most 80 are allowed"}, ErrNameLength},
		{"name of 81 Japanese characters", doc(`,"benefits":[{"id":"b1","name":"` + strings.Repeat("日", 81) + `"}]`), []string{"benefits[0].name: 81 characters; at most 80 are allowed"}, ErrNameLength},
		{"title of 81 characters", doc(`,"title":"` + strings.Repeat("ë", 81) + `"`), []string{"title: 81 characters; at most 80 are allowed"}, ErrNameLength},
		{"51 segments", segments(51), []string{"segments: 51 segments; at most 50 are allowed"}, ErrTooMany},
		{"31 benefits", doc(`,"benefits":` + criteriaList(31)), []string{"benefits: 31 items; at most 30 are allowed"}, ErrTooMany},
		{"31 sacrifices", doc(`,"sacrifices":` + criteriaList(31)), []string{"sacrifices: 31 items; at most 30 are allowed"}, ErrTooMany},
		{"13 dimensions", doc(`,"dimensions":` + criteriaList(13)), []string{"dimensions: 13 items; at most 12 are allowed"}, ErrTooMany},

		// Several problems at once, in document order.
		{"several problems", segment(`,"customers":-1,"benefits":{"b1":{"weight":-1,"score":11}},"nps":{"promoters":0.5}`),
			[]string{
				"segments[0].customers: -1 is below the minimum 0",
				"segments[0].benefits.b1.weight: -1 is below the minimum 0",
				"segments[0].benefits.b1.score: 11 is above the maximum 10",
				"segments[0].nps.promoters: 0.5 is not a whole number",
			}, ErrOutOfRange},
		{"problems in every part", doc(`,"title":"` + strings.Repeat("x", 81) + `","settings":{"tolerance":4},"benefits":[{"id":"b 1","name":""}],"segments":[{"id":"a","name":"A","margin":200}]`),
			[]string{
				"title: 81 characters; at most 80 are allowed",
				"settings.tolerance: 4 is above the maximum 3",
				`benefits[0].id: "b 1" is not a valid id (1–40 of a-z A-Z 0-9 _ -)`,
				"benefits[0].name: a name is required",
				"segments[0].margin: 200 is above the maximum 100",
			}, ErrNameLength},
		{"type errors come before range errors", doc(`,"title":1,"settings":{"tolerance":4}`), []string{"title: expected a string, found a number"}, ErrType},
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
			// Decode reads the same document from a reader the same way.
			_, err2 := Decode(strings.NewReader(tt.in))
			if diff := cmp.Diff(tt.want, errorLines(t, err2)); diff != "" {
				t.Errorf("Decode error lines (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDecodeErrorTypes checks that the errors carry what the app needs to
// word them in its own language: the path and a sentinel, with the
// range as a *RangeError and the position as a *SyntaxError.
func TestDecodeErrorTypes(t *testing.T) {
	_, err := DecodeBytes([]byte(segment(`,"benefits":{"b1":{"score":11}}`)))
	var fe *FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("errors.As(%v, *FieldError) = false", err)
	}
	var re *RangeError
	if !errors.As(err, &re) {
		t.Fatalf("errors.As(%v, *RangeError) = false", err)
	}
	got := []any{fe.Path, *re}
	want := []any{"segments[0].benefits.b1.score", RangeError{Value: 11, Min: 1, Max: 10}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("field error (-want +got):\n%s", diff)
	}

	_, err = DecodeBytes([]byte("{\n  \"format\": x}"))
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("errors.As(%v, *SyntaxError) = false", err)
	}
	if diff := cmp.Diff(SyntaxError{Line: 2, Column: 13, Msg: "invalid character 'x' looking for beginning of value", Err: ErrSyntax}, *se, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("syntax error (-want +got):\n%s", diff)
	}

	// Errors joins its lines for a plain %v.
	_, err = DecodeBytes([]byte(doc(`,"settings":{"sayDo":-1,"tolerance":4}`)))
	want2 := "settings.sayDo: -1 is below the minimum 0\nsettings.tolerance: 4 is above the maximum 3"
	if diff := cmp.Diff(want2, err.Error()); diff != "" {
		t.Errorf("Errors.Error() (-want +got):\n%s", diff)
	}
}

func TestDecodeTooLarge(t *testing.T) {
	valid := doc("")
	tests := []struct {
		name string
		in   []byte
		ok   bool
	}{
		{"exactly 1 MiB", padTo([]byte(valid), MaxFileSize), true},
		{"1 MiB with a byte-order mark", append([]byte("\xef\xbb\xbf"), padTo([]byte(valid), MaxFileSize-3)...), true},
		{"1 MiB and one byte", padTo([]byte(valid), MaxFileSize+1), false},
		{"1 MiB and one byte, not JSON", bytes.Repeat([]byte("!"), MaxFileSize+1), false},
		{"10 MiB", padTo([]byte(valid), 10*MaxFileSize), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, decode := range []struct {
				name string
				f    func([]byte) (*Scenario, error)
			}{
				{"DecodeBytes", DecodeBytes},
				{"Decode", func(b []byte) (*Scenario, error) { return Decode(bytes.NewReader(b)) }},
			} {
				_, err := decode.f(tt.in)
				if tt.ok {
					if err != nil {
						t.Errorf("%s: %v", decode.name, err)
					}
					continue
				}
				if diff := cmp.Diff([]string{"the file is larger than 1024 KiB"}, errorLines(t, err)); diff != "" {
					t.Errorf("%s error lines (-want +got):\n%s", decode.name, diff)
				}
				if !errors.Is(err, ErrTooLarge) {
					t.Errorf("%s: errors.Is(%v, ErrTooLarge) = false", decode.name, err)
				}
			}
		})
	}
}

// padTo appends spaces to a document until it is n bytes long.
func padTo(doc []byte, n int) []byte {
	return append(doc, bytes.Repeat([]byte(" "), n-len(doc))...)
}

func TestDecodeAccepts(t *testing.T) {
	withDefaults := func(f func(*Scenario)) *Scenario {
		s := &Scenario{Format: Format, Version: Version, Settings: DefaultSettings()}
		f(s)
		return s
	}
	oneSegment := func(sg Segment) func(*Scenario) {
		return func(s *Scenario) {
			s.Benefits = []Criterion{{ID: "b1", Name: "One"}}
			s.Sacrifices = []Criterion{{ID: "s1", Name: "Price"}}
			s.Dimensions = []Criterion{{ID: "d1", Name: "Reliability"}}
			sg.ID, sg.Name = "a", "A"
			s.Segments = []Segment{sg}
		}
	}
	tests := []struct {
		name string
		in   string
		want *Scenario
	}{
		{"the smallest document", doc(""), withDefaults(func(*Scenario) {})},
		{"byte-order mark", "\xef\xbb\xbf" + doc(""), withDefaults(func(*Scenario) {})},
		{"white space around", "\n\t " + doc("") + " \r\n", withDefaults(func(*Scenario) {})},
		{"version written as 1.0", `{"format":"klantwaarde/scenario","version":1.0}`, withDefaults(func(*Scenario) {})},
		{"missing settings take the defaults", doc(`,"settings":{}`), withDefaults(func(*Scenario) {})},
		{"some settings given", doc(`,"settings":{"sayDo":40,"tolerance":0}`), withDefaults(func(s *Scenario) {
			s.Settings.SayDo, s.Settings.Tolerance = 40, 0
		})},
		{"title, locale and currency", doc(`,"title":"  Fietsen  ","locale":"nl-BE","currency":"USD"`), withDefaults(func(s *Scenario) {
			s.Title, s.Locale, s.Currency = "  Fietsen  ", "nl-BE", "USD"
		})},
		{"empty title", doc(`,"title":""`), withDefaults(func(*Scenario) {})},
		{"missing money fields are 0", segment(""), withDefaults(oneSegment(Segment{}))},
		{"missing weight stays nil", segment(`,"benefits":{"b1":{"score":7}},"quality":{"d1":{"expected":6,"experienced":null}}`),
			withDefaults(oneSegment(Segment{
				Benefits: map[string]Rating{"b1": {Score: Float(7)}},
				Quality:  map[string]QualityRating{"d1": {Expected: Float(6)}},
			}))},
		{"boundaries", segment(`,"customers":9007199254740992,"revenuePerCustomer":1e15,"margin":-100,"retention":99,"growthPotential":1000,` +
			`"benefits":{"b1":{"weight":100,"score":10}},"sacrifices":{"s1":{"weight":0,"score":1}},"quality":{"d1":{"weight":0,"expected":1,"experienced":10}},` +
			`"loyalty":{"repeatPurchase":0,"partnership":100,"openness":null},"nps":{"promoters":0,"passives":9007199254740992,"detractors":0}`),
			withDefaults(oneSegment(Segment{
				Customers: MaxCount, RevenuePerCustomer: MaxRevenue, Margin: -100, Retention: 99, GrowthPotential: 1000,
				Benefits:   map[string]Rating{"b1": {Weight: Float(100), Score: Float(10)}},
				Sacrifices: map[string]Rating{"s1": {Weight: Float(0), Score: Float(1)}},
				Quality:    map[string]QualityRating{"d1": {Weight: Float(0), Expected: Float(1), Experienced: Float(10)}},
				Loyalty:    map[string]float64{"repeatPurchase": 0, "partnership": 100},
				NPS:        &NPS{Passives: MaxCount},
			}))},
		{"nps null", segment(`,"nps":null`), withDefaults(oneSegment(Segment{}))},
		{"whole numbers written with a fraction or exponent", segment(`,"customers":1.0e2,"nps":{"promoters":3.000}`),
			withDefaults(oneSegment(Segment{Customers: 100, NPS: &NPS{Promoters: 3}}))},
		{"80 Latin characters", doc(`,"title":"` + strings.Repeat("x", 80) + `"`), withDefaults(func(s *Scenario) { s.Title = strings.Repeat("x", 80) })},
		{"80 Japanese characters", doc(`,"benefits":[{"id":"b1","name":"` + strings.Repeat("日", 80) + `"}]`), withDefaults(func(s *Scenario) {
			s.Benefits = []Criterion{{ID: "b1", Name: strings.Repeat("日", 80)}}
		})},
		{"80 characters after trimming", doc(`,"title":"  ` + strings.Repeat("x", 80) + `  "`), withDefaults(func(s *Scenario) { s.Title = "  " + strings.Repeat("x", 80) + "  " })},
		{"markup in a name is text", doc(`,"benefits":[{"id":"b1","name":"<img src=x onerror=alert(1)>"}]`), withDefaults(func(s *Scenario) {
			s.Benefits = []Criterion{{ID: "b1", Name: "<img src=x onerror=alert(1)>"}}
		})},
		{"id of 40 characters", doc(`,"benefits":[{"id":"` + strings.Repeat("A_-9", 10) + `","name":"One"}]`), withDefaults(func(s *Scenario) {
			s.Benefits = []Criterion{{ID: strings.Repeat("A_-9", 10), Name: "One"}}
		})},
		{"50 segments", segments(50), withDefaults(func(s *Scenario) {
			for i := range 50 {
				s.Segments = append(s.Segments, Segment{ID: fmt.Sprint("s", i), Name: "S"})
			}
		})},
		{"the same id in different lists", doc(`,"benefits":[{"id":"c","name":"C"}],"sacrifices":[{"id":"c","name":"C"}],"segments":[{"id":"c","name":"C"}]`),
			withDefaults(func(s *Scenario) {
				s.Benefits = []Criterion{{ID: "c", Name: "C"}}
				s.Sacrifices = []Criterion{{ID: "c", Name: "C"}}
				s.Segments = []Segment{{ID: "c", Name: "C"}}
			})},
		{"unknown fields inside x", doc(`,"x":{"anything":[1,{"deep":true}],"NaN":"ok"}`), withDefaults(func(s *Scenario) {
			s.X = Extension(`{"anything":[1,{"deep":true}],"NaN":"ok"}`)
		})},
		{"x at every level", doc(`,"settings":{"x":1},"benefits":[{"id":"b1","name":"One","x":"b"}],"segments":[{"id":"a","name":"A","x":[],` +
			`"benefits":{"b1":{"x":{"note":"?"}}},"nps":{"x":null}}]`), withDefaults(func(s *Scenario) {
			s.Settings.X = Extension(`1`)
			s.Benefits = []Criterion{{ID: "b1", Name: "One", X: Extension(`"b"`)}}
			s.Segments = []Segment{{ID: "a", Name: "A", X: Extension(`[]`),
				Benefits: map[string]Rating{"b1": {X: Extension(`{"note":"?"}`)}},
				NPS:      &NPS{X: Extension(`null`)},
			}}
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeBytes([]byte(tt.in))
			if err != nil {
				t.Fatalf("DecodeBytes: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, scenarioOpts); diff != "" {
				t.Errorf("DecodeBytes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDecodeMissingWeightIsOne checks the decoded default where it
// matters: in the figures.
func TestDecodeMissingWeightIsOne(t *testing.T) {
	s := mustDecode(t, []byte(doc(`,"benefits":[{"id":"b1","name":"One"},{"id":"b2","name":"Two"}],"segments":[{"id":"a","name":"A",`+
		`"benefits":{"b1":{"score":4},"b2":{"weight":3,"score":8}}}]`)))
	got := Compute(s).Segments[0].BenefitScore
	want := Float(7) // (1·4 + 3·8) / (1 + 3) = 28 / 4
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("benefitScore (-want +got):\n%s", diff)
	}
}
