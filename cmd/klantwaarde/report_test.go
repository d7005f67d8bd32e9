//go:build !wasm

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/klantwaarde/klantwaarde/calc"
)

var update = flag.Bool("update", false, "rewrite the golden tables in testdata")

// examples returns the worked examples of the specification, by name.
func examples(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("../../calc/testdata/examples/*.klantwaarde.json")
	if err != nil || len(files) < 3 {
		t.Fatalf("examples missing: %v %v", files, err)
	}
	m := make(map[string]string, len(files))
	for _, f := range files {
		m[strings.TrimSuffix(filepath.Base(f), ".klantwaarde.json")] = f
	}
	return m
}

// runReportCmd runs the command line "klantwaarde report args…" the way
// main does and returns what it wrote and its error.
func runReportCmd(t *testing.T, stdin io.Reader, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), append([]string{"report"}, args...), stdin, &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestReportJSON(t *testing.T) {
	for name, file := range examples(t) {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, err := runReportCmd(t, nil, "-json", file)
			if err != nil || stderr != "" {
				t.Fatalf("report -json: %v, stderr %q", err, stderr)
			}
			if !strings.HasPrefix(stdout, "{\n  \"segments\": [\n") || !strings.HasSuffix(stdout, "\n}\n") {
				t.Errorf("output is not indented JSON ending in a newline:\n%s", stdout)
			}
			var got, want calc.Report
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(strings.TrimSuffix(file, ".klantwaarde.json") + ".report.json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("report -json mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReportTable compares the table of each example with its golden file;
// go test -run TestReportTable -update rewrites them.
func TestReportTable(t *testing.T) {
	for name, file := range examples(t) {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, err := runReportCmd(t, nil, file)
			if err != nil || stderr != "" {
				t.Fatalf("report: %v, stderr %q", err, stderr)
			}
			golden := filepath.Join("testdata", name+".table.txt")
			if *update {
				if err := os.WriteFile(golden, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), stdout); diff != "" {
				t.Errorf("table differs from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestReportTableLocale checks the number conventions of the tables
// independently of the golden files, so that -update cannot bless a table
// in the wrong locale.
func TestReportTableLocale(t *testing.T) {
	ex := examples(t)
	tests := []struct {
		name, file string
		want, not  []string
	}{
		{"nl", ex["fietsenwinkel"], []string{"Klanten", "kwetsbaar", " 7,00 ", "€ 36.456,00", "1.470", "+24,2 %", "Wachttijd (offer)"}, []string{"7.00", "36,456", "vulnerable"}},
		{"en", ex["consultancy"], []string{"Customers", "defector", " 6.90 ", "€43,200.00", "+21.2%", "Fee (sacrifice)"}, []string{"6,90", "43.200", "overloper"}},
		{"en undefined", ex["edge-cases"], []string{"Nothing rated yet             0         –           –      –     –         –  –", "One (benefit)  5 → 5.5"}, nil},
		{"nl path", ex["fietsenwinkel"], []string{"Toereikend", "Naar ambassadeur, in halve punten (samen 4,5):", "Prijs (offer)                    7 → 5,5",
			"Winkel en uitstraling (beleefd)  5 → 6,5"}, []string{"7.5", "To ambassador"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, _, _ := runReportCmd(t, nil, tt.file)
			for _, s := range tt.want {
				if !strings.Contains(stdout, s) {
					t.Errorf("table lacks %q:\n%s", s, stdout)
				}
			}
			for _, s := range tt.not {
				if strings.Contains(stdout, s) {
					t.Errorf("table contains %q:\n%s", s, stdout)
				}
			}
		})
	}
}

func TestReportStdin(t *testing.T) {
	file := examples(t)["fietsenwinkel"]
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{nil, {"-json"}} {
		t.Run(strings.Join(append(args, "-"), " "), func(t *testing.T) {
			want, _, _ := runReportCmd(t, nil, append(args, file)...)
			got, stderr, err := runReportCmd(t, bytes.NewReader(data), append(args, "-")...)
			if err != nil || stderr != "" {
				t.Fatalf("report -: %v, stderr %q", err, stderr)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("stdin and file differ (-file +stdin):\n%s", diff)
			}
		})
	}
}

// valid is a small valid scenario for the invalid-input tests to break.
const valid = `"format": "klantwaarde/scenario", "version": 1,
	"benefits": [{"id": "b1", "name": "Service"}],
	"segments": [{"id": "s1", "name": "Vaste klanten", "benefits": {"b1": {"weight": 2, "score": 8}}}]`

func TestReportInvalid(t *testing.T) {
	t.Setenv("LC_ALL", "C") // calc's English lines, whatever the machine's language
	tests := []struct {
		name string
		in   string
		want []string // stderr lines after "NAME: "
	}{
		{"score 11", strings.Replace("{"+valid+"}", `"score": 8`, `"score": 11`, 1),
			[]string{"segments[0].benefits.b1.score: 11 is above the maximum 10"}},
		{"several problems", strings.NewReplacer(`"score": 8`, `"score": 11`, `"weight": 2`, `"weight": -1`, `"Vaste klanten"`, `" "`).Replace("{" + valid + "}"),
			[]string{"segments[0].name: a name is required", "segments[0].benefits.b1.weight: -1 is below the minimum 0", "segments[0].benefits.b1.score: 11 is above the maximum 10"}},
		{"unknown field", "{" + valid + `, "titel": "Fietsen"}`,
			[]string{`titel: unknown field (check the spelling; free-form data goes under "x")`}},
		{"trailing data", "{" + valid + "}\n{}",
			[]string{"line 4, column 1: unexpected data after the end of the scenario"}},
		{"not JSON", "klant,waarde\n1,2\n",
			[]string{"line 1, column 1: invalid character 'k' looking for beginning of value"}},
		{"empty", "", []string{"the file is empty"}},
		{"a list", "[1]", []string{"the file holds a list, not a scenario object"}},
		{"version 99", `{"format": "klantwaarde/scenario", "version": 99}`,
			[]string{"version: 99 was written by a newer version of Klantwaarde; this one reads version 2: update the app to open it"}},
		{"too large", "{" + valid + "}" + strings.Repeat(" ", calc.MaxFileSize),
			[]string{"the file is larger than 1024 KiB"}},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		file := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".klantwaarde.json")
		if err := os.WriteFile(file, []byte(tt.in), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, arg := range []string{file, "-"} {
			t.Run(tt.name+"/"+filepath.Base(arg), func(t *testing.T) {
				for _, flags := range [][]string{nil, {"-json"}} {
					stdout, stderr, err := runReportCmd(t, strings.NewReader(tt.in), append(flags, arg)...)
					if !errors.Is(err, errReported) {
						t.Errorf("report %v: error %v, want errReported", flags, err)
					}
					if stdout != "" {
						t.Errorf("report %v wrote to stdout:\n%s", flags, stdout)
					}
					prefix := arg + ": "
					if arg == "-" {
						prefix = "stdin: "
					}
					var want []string
					for _, line := range tt.want {
						want = append(want, prefix+line)
					}
					got := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
					if diff := cmp.Diff(want, got); diff != "" || !strings.HasSuffix(stderr, "\n") {
						t.Errorf("report %v stderr (-want +got):\n%s", flags, diff)
					}
				}
			})
		}
	}
}

// TestReportUnreadable covers files that cannot be read at all: a plain
// error for main to print, nothing written.
func TestReportUnreadable(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, arg string
		want      string
		is        error
	}{
		{"missing file", filepath.Join(dir, "nope.json"), "open " + filepath.Join(dir, "nope.json") + ": no such file or directory", fs.ErrNotExist},
		{"directory", dir, "read " + dir + ": is a directory", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, err := runReportCmd(t, nil, tt.arg)
			if err == nil || errors.Is(err, errReported) || errors.Is(err, errUsage) {
				t.Fatalf("error %v, want a plain error", err)
			}
			if err.Error() != tt.want {
				t.Errorf("error %q, want %q", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			if stdout != "" || stderr != "" {
				t.Errorf("wrote stdout %q, stderr %q", stdout, stderr)
			}
		})
	}
}

func TestReportUsage(t *testing.T) {
	file := examples(t)["consultancy"]
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"no argument", nil, "expected one scenario file or -, got 0 arguments"},
		{"only -json", []string{"-json"}, "got 0 arguments"},
		{"two files", []string{file, file}, "got 2 arguments"},
		{"flag after the file", []string{file, "-json"}, "got 2 arguments"},
		{"unknown flag", []string{"-csv", file}, "flag provided but not defined: -csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, err := runReportCmd(t, nil, tt.args...)
			if !errors.Is(err, errUsage) {
				t.Errorf("error %v, want errUsage", err)
			}
			if stdout != "" {
				t.Errorf("wrote to stdout: %q", stdout)
			}
			if !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, reportUsage) {
				t.Errorf("stderr lacks %q and the usage line:\n%s", tt.want, stderr)
			}
		})
	}
	t.Run("-h", func(t *testing.T) {
		stdout, stderr, err := runReportCmd(t, nil, "-h")
		if err != nil || stdout != "" || !strings.Contains(stderr, reportUsage) {
			t.Errorf("report -h: error %v, stdout %q, stderr %q", err, stdout, stderr)
		}
	})
}

// TestReportNames checks that names cannot smuggle tabs, newlines or
// terminal escape sequences into the table.
func TestReportNames(t *testing.T) {
	in := strings.Replace("{"+valid+"}", "Vaste klanten", `Vaste\tklanten\n\u001b[31mrood`, 1)
	stdout, _, err := runReportCmd(t, strings.NewReader(in), "-")
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(stdout, "\t\x1b") || !strings.Contains(stdout, "Vaste klanten  [31mrood") {
		t.Errorf("control characters reached the table:\n%q", stdout)
	}
}

// TestReportBinary builds the real command and checks its exit codes.
func TestReportBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "klantwaarde")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	file := examples(t)["fietsenwinkel"]
	missing := filepath.Join(t.TempDir(), "nope.json")
	tests := []struct {
		name       string
		args       []string
		stdin      string
		code       int
		stdout     bool
		wantStderr string
	}{
		{"table", []string{"report", file}, "", 0, true, ""},
		{"json from stdin", []string{"report", "-json", "-"}, "{" + valid + "}", 0, true, ""},
		{"invalid", []string{"report", "-"}, "{" + valid + `, "titel": 1}`, 1, false,
			"stdin: titel: unknown field (check the spelling; free-form data goes under \"x\")\n"},
		{"missing file", []string{"report", missing}, "", 1, false,
			"klantwaarde: open " + missing + ": no such file or directory\n"},
		{"usage", []string{"report"}, "", 2, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.args...)
			cmd.Stdin = strings.NewReader(tt.stdin)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			var exit *exec.ExitError
			if code := cmd.ProcessState.ExitCode(); code != tt.code || err != nil && !errors.As(err, &exit) {
				t.Fatalf("exit code %d (%v), want %d; stderr:\n%s", code, err, tt.code, stderr.String())
			}
			if (stdout.Len() > 0) != tt.stdout {
				t.Errorf("stdout %q", stdout.String())
			}
			if tt.wantStderr != "" && stderr.String() != tt.wantStderr {
				t.Errorf("stderr %q, want %q", stderr.String(), tt.wantStderr)
			}
			if tt.code == 2 && !strings.Contains(stderr.String(), reportUsage) {
				t.Errorf("stderr lacks the usage line: %q", stderr.String())
			}
		})
	}
}

func TestMessageLocale(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want calc.Locale
	}{
		{"nothing set", nil, calc.English},
		{"C", map[string]string{"LANG": "C.UTF-8"}, calc.English},
		{"Dutch LANG", map[string]string{"LANG": "nl_NL.UTF-8"}, calc.Dutch},
		{"Flemish", map[string]string{"LANG": "nl_BE"}, calc.Dutch},
		{"LC_ALL wins", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"}, calc.English},
		{"LC_MESSAGES before LANG", map[string]string{"LC_MESSAGES": "nl_NL", "LANG": "en_US"}, calc.Dutch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := messageLocale(func(k string) string { return tt.env[k] })
			if got != tt.want {
				t.Errorf("messageLocale = %q, want %q", got, tt.want)
			}
		})
	}
}

// A Dutch user gets the problems of an invalid file in Dutch, with the
// field path as it is.
func TestReportInvalidInDutch(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "nl_NL.UTF-8")
	in := strings.Replace("{"+valid+"}", `"score": 8`, `"score": 11`, 1)
	_, stderr, err := runReportCmd(t, strings.NewReader(in), "-")
	if !errors.Is(err, errReported) {
		t.Fatalf("error %v, want errReported", err)
	}
	want := "stdin: segments[0].benefits.b1.score: 11 ligt boven het maximum 10\n"
	if stderr != want {
		t.Errorf("stderr:\n%q\nwant\n%q", stderr, want)
	}
}
