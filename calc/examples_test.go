package calc

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// exampleFiles returns the scenario files of testdata/examples, the worked
// examples of the specification.
func exampleFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/examples/*.klantwaarde.json")
	if err != nil || len(files) < 3 {
		t.Fatalf("examples missing: %v %v", files, err)
	}
	return files
}

// approx compares floats to 1e-9, as the specification's reports are exact
// to that.
var approx = cmpopts.EquateApprox(0, 1e-9)

func TestExamples(t *testing.T) {
	for _, file := range exampleFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".klantwaarde.json")
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			s, err := Decode(f)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			var want Report
			data, err := os.ReadFile(filepath.Join("testdata/examples", name+".report.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			got := Compute(s)
			if diff := cmp.Diff(want, got, approx); diff != "" {
				t.Errorf("Compute mismatch (-want +got):\n%s", diff)
			}
			// The report must also survive JSON as the command writes it.
			var again Report
			out, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(out, &again); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, again, approx); diff != "" {
				t.Errorf("report JSON round trip (-want +got):\n%s", diff)
			}
		})
	}
}

// specExamples is where the specification's examples are when the
// project's shared folder is beside the repository, as in CI.
const specExamples = "../../shared/examples/v2"

// TestExamplesMatchSpec keeps the copies in testdata equal to the
// specification's examples. Without the shared folder there is nothing to
// compare with, and the test skips; under CI=true, where the folder is
// always there, it fails instead, so that a moved folder cannot make it
// pass having compared nothing.
func TestExamplesMatchSpec(t *testing.T) {
	spec, err := filepath.Glob(filepath.Join(specExamples, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(spec) == 0 {
		msg := "no specification examples in " + specExamples + " (the project's shared folder beside the repository): nothing to compare"
		if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
			t.Fatal(msg + "; CI=true requires them")
		}
		t.Skip(msg)
	}
	for _, file := range spec {
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("testdata/examples", filepath.Base(file)))
		if err != nil {
			t.Fatalf("%s is not copied into testdata/examples: %v", filepath.Base(file), err)
		}
		if string(got) != string(want) {
			t.Errorf("testdata/examples/%s differs from the specification's copy", filepath.Base(file))
		}
	}
}
