//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/klantwaarde/klantwaarde/calc"
)

// exampleBackup writes the worked examples as one backup, in name order,
// and returns its path and the names.
func exampleBackup(t *testing.T) (string, []string) {
	t.Helper()
	ex := examples(t)
	var names []string
	for name := range ex {
		names = append(names, name)
	}
	slices.Sort(names)
	var scenarios []*calc.Scenario
	for _, name := range names {
		data, err := os.ReadFile(ex[name])
		if err != nil {
			t.Fatal(err)
		}
		s, err := calc.DecodeBytes(data)
		if err != nil {
			t.Fatal(err)
		}
		scenarios = append(scenarios, s)
	}
	data, err := calc.EncodeBackup(scenarios, time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "klantwaarde-backup.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return file, names
}

// TestReportBackupJSON: a backup gives a list with the title and the
// report of each scenario, in the backup's order, each equal to the
// report of the scenario's own file.
func TestReportBackupJSON(t *testing.T) {
	file, names := exampleBackup(t)
	stdout, stderr, err := runReportCmd(t, nil, "-json", file)
	if err != nil || stderr != "" {
		t.Fatalf("report -json: %v, stderr %q", err, stderr)
	}
	if !strings.HasPrefix(stdout, "[\n  {\n    \"title\": ") || !strings.HasSuffix(stdout, "\n]\n") {
		t.Errorf("output is not an indented JSON list ending in a newline:\n%.200s", stdout)
	}
	var got []backupReport
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(names) {
		t.Fatalf("%d reports, want %d", len(got), len(names))
	}
	for i, name := range names {
		var want calc.Report
		data, err := os.ReadFile(filepath.Join("../../calc/testdata/examples", name+".report.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got[i].Report, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("%s: report (-want +got):\n%s", name, diff)
		}
		s, _ := readExample(t, name)
		if got[i].Title != s.Title {
			t.Errorf("%s: title %q, want %q", name, got[i].Title, s.Title)
		}
	}
}

func readExample(t *testing.T, name string) (*calc.Scenario, []byte) {
	t.Helper()
	data, err := os.ReadFile(examples(t)[name])
	if err != nil {
		t.Fatal(err)
	}
	s, err := calc.DecodeBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	return s, data
}

// TestReportBackupTable: a backup gives each scenario's table, as its own
// file would, two empty lines apart; on stdin too.
func TestReportBackupTable(t *testing.T) {
	file, names := exampleBackup(t)
	var tables []string
	for _, name := range names {
		want, err := os.ReadFile(filepath.Join("testdata", name+".table.txt"))
		if err != nil {
			t.Fatal(err)
		}
		tables = append(tables, string(want))
	}
	want := strings.Join(tables, "\n\n")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, arg := range []string{file, "-"} {
		stdout, stderr, err := runReportCmd(t, strings.NewReader(string(data)), arg)
		if err != nil || stderr != "" {
			t.Fatalf("report %s: %v, stderr %q", arg, err, stderr)
		}
		if diff := cmp.Diff(want, stdout); diff != "" {
			t.Errorf("report %s (-want +got):\n%s", arg, diff)
		}
	}
}

// TestReportBackupInvalid: a backup with one bad scenario is invalid
// input: every problem on stderr with its path in the file, nothing on
// stdout, exit status 1.
func TestReportBackupInvalid(t *testing.T) {
	_, good := readExample(t, "consultancy")
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a bad score", `{"format":"klantwaarde/backup","version":1,"scenarios":[` + string(good) + "," +
			strings.Replace("{"+valid+"}", `"score": 8`, `"score": 11`, 1) + "]}",
			[]string{"scenarios[1].segments[0].benefits.b1.score: 11 is above the maximum 10"}},
		{"newer backup", `{"format":"klantwaarde/backup","version":2,"scenarios":[]}`,
			[]string{"version: 2 was written by a newer version of Klantwaarde; this one reads backup version 1: update the app to open it"}},
		{"no list", `{"format":"klantwaarde/backup","version":1}`,
			[]string{`scenarios: missing; a backup lists its scenarios under "scenarios"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, flags := range [][]string{{"-"}, {"-json", "-"}} {
				stdout, stderr, err := runReportCmd(t, strings.NewReader(tt.in), flags...)
				if !errors.Is(err, errReported) {
					t.Errorf("report %v: error %v, want errReported", flags, err)
				}
				if stdout != "" {
					t.Errorf("report %v wrote to stdout:\n%.200s", flags, stdout)
				}
				var want []string
				for _, w := range tt.want {
					want = append(want, "stdin: "+w)
				}
				if diff := cmp.Diff(want, strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")); diff != "" {
					t.Errorf("report %v stderr (-want +got):\n%s", flags, diff)
				}
			}
		})
	}
}
