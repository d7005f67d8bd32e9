package calc

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// scenarioOpts compare two scenarios the way a user would: an empty list or
// map equals a missing one, and the "x" extension space compares as JSON
// values (with numbers as written), since Encode re-indents it.
var scenarioOpts = cmp.Options{
	cmp.FilterPath(func(p cmp.Path) bool { return p.Last().Type() != rawMessageType }, cmpopts.EquateEmpty()),
	cmp.Transformer("jsonValue", func(raw json.RawMessage) string {
		if raw == nil {
			return ""
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return "invalid JSON: " + string(raw)
		}
		// Marshalling again sorts the keys and writes strings one way;
		// a string compares fast also for deeply nested values.
		canonical, err := json.Marshal(v)
		if err != nil {
			return "cannot marshal: " + string(raw)
		}
		return string(canonical)
	}),
}

var rawMessageType = reflect.TypeFor[json.RawMessage]()

// example is a worked example of the specification.
type example struct {
	name string
	data []byte
}

// examples returns the scenario files of testdata/examples.
func examples(t testing.TB) []example {
	t.Helper()
	var out []example
	for _, file := range exampleFiles(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, example{strings.TrimSuffix(filepath.Base(file), ".klantwaarde.json"), data})
	}
	return out
}

// mustDecode decodes a document that the test expects to be valid.
func mustDecode(t testing.TB, data []byte) *Scenario {
	t.Helper()
	s, err := DecodeBytes(data)
	if err != nil {
		t.Fatalf("DecodeBytes: %v\ninput: %s", err, data)
	}
	return s
}

// errorLines returns the Error() text of every problem in err, which must
// be an Errors.
func errorLines(t testing.TB, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("error %v (%T) is not a calc.Errors", err, err)
	}
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return lines
}

// checkReportFinite fails when a report cannot be written as JSON, which
// happens when a figure is NaN or infinite.
func checkReportFinite(t testing.TB, rep Report) {
	t.Helper()
	if _, err := json.Marshal(rep); err != nil {
		t.Fatalf("json.Marshal(report): %v\nreport: %+v", err, rep)
	}
}
