package calc

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// backupHeader starts the backups of these tests.
const backupHeader = `{"format":"klantwaarde/backup","version":1`

// backupOf returns a backup document listing the given scenario documents.
func backupOf(docs ...string) string {
	return backupHeader + `,"scenarios":[` + strings.Join(docs, ",") + "]}"
}

// exampleScenarios decodes the worked examples.
func exampleScenarios(t testing.TB) []*Scenario {
	t.Helper()
	var out []*Scenario
	for _, ex := range examples(t) {
		out = append(out, mustDecode(t, ex.data))
	}
	return out
}

func TestBackupRoundTrip(t *testing.T) {
	created := time.Date(2026, 12, 4, 11, 30, 0, 0, time.FixedZone("CET", 3600))
	tests := []struct {
		name      string
		scenarios []*Scenario
		created   time.Time
		wantTime  string
	}{
		{"the examples", exampleScenarios(t), created, "2026-12-04T10:30:00Z"},
		{"no scenarios", nil, created, "2026-12-04T10:30:00Z"},
		{"no date", []*Scenario{Example()}, time.Time{}, ""},
		{"the same scenario twice", []*Scenario{Example(), Example()}, created, "2026-12-04T10:30:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := EncodeBackup(tt.scenarios, tt.created)
			if err != nil {
				t.Fatal(err)
			}
			if !IsBackup(data) {
				t.Errorf("IsBackup(EncodeBackup(…)) = false")
			}
			// One scenario a line, after the header: a person can read
			// where one ends, and the crash screen writes the same.
			if lines := strings.Count(string(data), "\n"); lines != len(tt.scenarios)+2 {
				t.Errorf("%d lines, want %d:\n%s", lines, len(tt.scenarios)+2, data)
			}
			got, err := DecodeBackup(data)
			if err != nil {
				t.Fatalf("DecodeBackup: %v\n%s", err, data)
			}
			want := &Backup{Created: tt.wantTime, Scenarios: tt.scenarios}
			if diff := cmp.Diff(want, got, scenarioOpts); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBackupCrashScreenLayout reads a backup laid out as the crash
// screen's script writes it from storage: the stored documents verbatim.
func TestBackupCrashScreenLayout(t *testing.T) {
	stored, err := EncodeCompact(Example())
	if err != nil {
		t.Fatal(err)
	}
	data := `{"format":"klantwaarde/backup","version":1,"created":"2026-12-04T10:30:00.123Z","scenarios":[` + "\n" +
		string(stored) + ",\n" + string(stored) + "\n]}\n"
	got, err := DecodeBackup([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := &Backup{Created: "2026-12-04T10:30:00.123Z", Scenarios: []*Scenario{Example(), Example()}}
	if diff := cmp.Diff(want, got, scenarioOpts); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestDecodeBackupErrors(t *testing.T) {
	valid := doc(`,"title":"Kept"`)
	tests := []struct {
		name string
		in   string
		want []string
		is   error
		kept int // valid scenarios still returned
	}{
		{"empty", "", []string{"the file is empty"}, ErrSyntax, -1},
		{"not JSON", "backup", []string{"line 1, column 1: invalid character 'b' looking for beginning of value"}, ErrSyntax, -1},
		{"a list", "[]", []string{"the file holds a list, not a backup object"}, ErrType, -1},
		{"a scenario", valid, []string{"format: this is a single scenario, not a backup"}, ErrNotBackup, -1},
		{"another format", `{"format":"other","version":1,"scenarios":[]}`,
			[]string{`format: "other" is not "klantwaarde/backup": this is not a Klantwaarde backup`}, ErrNotBackup, -1},
		{"no header", `{"scenarios":[]}`, []string{
			`format: missing; a Klantwaarde backup has "format": "klantwaarde/backup"`, "version: missing"}, ErrRequired, -1},
		{"newer", `{"format":"klantwaarde/backup","version":2,"scenarios":[],"hologram":1}`, []string{
			"version: 2 was written by a newer version of Klantwaarde; this one reads backup version 1: update the app to open it"}, ErrNewerVersion, -1},
		{"version 0", `{"format":"klantwaarde/backup","version":0,"scenarios":[]}`,
			[]string{"version: 0 is not a version number (1 or higher)"}, ErrOutOfRange, -1}, // as a scenario of version 0
		{"version text", `{"format":"klantwaarde/backup","version":"1","scenarios":[]}`,
			[]string{"version: expected a whole number, found a string"}, ErrType, -1},
		{"no list", backupHeader + `}`, []string{`scenarios: missing; a backup lists its scenarios under "scenarios"`}, ErrRequired, -1},
		{"list is an object", backupHeader + `,"scenarios":{}}`, []string{"scenarios: expected a list, found an object"}, ErrType, -1},
		{"unknown field", backupHeader + `,"scenarios":[],"owner":"me"}`, []string{"owner" + unknown}, ErrUnknownField, -1},
		{"a date that is not text", backupHeader + `,"created":20261204,"scenarios":[]}`,
			[]string{`created: expected a string, found a number`}, ErrType, -1},
		{"trailing data", backupOf() + "{}", []string{"line 1, column 59: unexpected data after the end of the scenario"}, ErrTrailing, -1},
		{"duplicate key", backupHeader + `,"scenarios":[],"scenarios":[]}`, []string{`line 1, column 59: duplicate key "scenarios"`}, ErrDuplicateKey, -1},
		{"too large", backupOf(doc(`,"x":"` + strings.Repeat("a", MaxBackupSize) + `"`)), []string{"the file is larger than 32 MiB"}, ErrTooLarge, -1},

		// One scenario bad, the others kept.
		{"an entry that is not an object", backupOf(valid, `"text"`, valid),
			[]string{"scenarios[1]: expected an object, found a string"}, ErrType, 2},
		{"an invalid score", backupOf(valid, segment(`,"benefits":{"b1":{"score":11}}`)),
			[]string{"scenarios[1].segments[0].benefits.b1.score: 11 is above the maximum 10"}, ErrOutOfRange, 1},
		{"a newer scenario", backupOf(`{"format":"klantwaarde/scenario","version":3}`, valid),
			[]string{"scenarios[0].version: 3 was written by a newer version of Klantwaarde; this one reads version 2: update the app to open it"}, ErrNewerVersion, 1},
		{"a scenario too large", backupOf(doc(`,"x":"`+strings.Repeat("a", MaxFileSize)+`"`), valid),
			[]string{"scenarios[0]: the scenario is larger than 1024 KiB"}, ErrTooLarge, 1},
		{"a scenario with an unknown field", backupOf(valid, doc(`,"titel":"typo"`)),
			[]string{"scenarios[1].titel" + unknown}, ErrUnknownField, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := DecodeBackup([]byte(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			if diff := cmp.Diff(tt.want, errorLines(t, err)); diff != "" {
				t.Errorf("error lines (-want +got):\n%s", diff)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(err, %v) = false", tt.is)
			}
			switch {
			case tt.kept < 0 && b != nil:
				t.Errorf("a refused backup returned %d scenarios", len(b.Scenarios))
			case tt.kept >= 0 && (b == nil || len(b.Scenarios) != tt.kept):
				t.Errorf("got %+v, want %d scenarios kept", b, tt.kept)
			}
		})
	}
}

func TestDecodeBackupAccepts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *Backup
	}{
		{"a byte-order mark", "\xef\xbb\xbf" + backupOf(), &Backup{}},
		{"free extension space", backupHeader + `,"x":{"by":"trainer"},"scenarios":[]}`, &Backup{X: Extension(`{"by":"trainer"}`)}},
		{"members in another order", `{"scenarios":[],"version":1,"format":"klantwaarde/backup"}`, &Backup{}},
		{"white space", "{\n  \"format\": \"klantwaarde/backup\",\n  \"version\": 1,\n  \"scenarios\": [\n    " +
			doc(`,"title":"A"`) + "\n  ]\n}\n", &Backup{Scenarios: []*Scenario{{Format: Format, Version: Version, Title: "A", Settings: DefaultSettings()}}}},
		{"a scenario nested as deep as a file may", backupOf(doc(`,"x":` + strings.Repeat("[", maxDepth-1) + strings.Repeat("]", maxDepth-1))),
			&Backup{Scenarios: []*Scenario{{Format: Format, Version: Version, Settings: DefaultSettings(),
				X: Extension(strings.Repeat("[", maxDepth-1) + strings.Repeat("]", maxDepth-1))}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeBackup([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, scenarioOpts); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsBackup(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{backupOf(), true},
		{"\xef\xbb\xbf" + backupOf(), true},
		{`{"scenarios":[{"format":"klantwaarde/scenario"}],"format": "klantwaarde/backup"}`, true},
		{`{"format":"klantwaarde/backup"`, true}, // DecodeBackup says what is wrong
		{doc(""), false},
		{`{"x":{"format":"klantwaarde/backup"}}`, false},
		{`["klantwaarde/backup"]`, false},
		{`{"format":1}`, false},
		{"", false},
		{"{", false},
	}
	for _, tt := range tests {
		if got := IsBackup([]byte(tt.in)); got != tt.want {
			t.Errorf("IsBackup(%.60q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRestore(t *testing.T) {
	titled := func(title string) *Scenario {
		s := Example()
		s.Title = title
		return s
	}
	withX := func(x string) *Scenario {
		s := Example()
		s.X = Extension(x)
		return s
	}
	a, b, c := titled("A"), titled("B"), titled("C")
	tests := []struct {
		name        string
		have, from  []*Scenario
		wantAdd     []*Scenario
		wantAlready int
	}{
		{"into an empty workspace", nil, []*Scenario{a, b, c}, []*Scenario{a, b, c}, 0},
		{"all there already", []*Scenario{c, a, b}, []*Scenario{a, b, c}, nil, 3},
		{"some there", []*Scenario{b}, []*Scenario{a, b, c}, []*Scenario{a, c}, 1},
		{"an equal copy is the same scenario", []*Scenario{titled("A")}, []*Scenario{a}, nil, 1},
		{"another title is another scenario", []*Scenario{titled("A (2)")}, []*Scenario{a}, []*Scenario{a}, 0},
		{"one figure differs", []*Scenario{func() *Scenario { s := titled("A"); s.Segments[0].Customers++; return s }()},
			[]*Scenario{a}, []*Scenario{a}, 0},
		{"two identical in the backup, none there", nil, []*Scenario{a, a}, []*Scenario{a, a}, 0},
		{"two identical in the backup, one there", []*Scenario{a}, []*Scenario{a, a}, []*Scenario{a}, 1},
		{"x counts", []*Scenario{withX(`{"k":1}`)}, []*Scenario{withX(`{"k":2}`)}, []*Scenario{withX(`{"k":2}`)}, 0},
		{"x compacted", []*Scenario{withX(`{"k": 1}`)}, []*Scenario{withX(`{"k":1}`)}, nil, 1},
		{"an empty backup", []*Scenario{a}, nil, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			add, already := Restore(tt.have, tt.from)
			if diff := cmp.Diff(tt.wantAdd, add, scenarioOpts); diff != "" {
				t.Errorf("added (-want +got):\n%s", diff)
			}
			if already != tt.wantAlready {
				t.Errorf("already = %d, want %d", already, tt.wantAlready)
			}
			// Restoring what was added, again, adds nothing.
			again, _ := Restore(append(append([]*Scenario(nil), tt.have...), add...), tt.from)
			if len(again) != 0 {
				t.Errorf("restoring twice added %d more", len(again))
			}
		})
	}
}

func FuzzDecodeBackup(f *testing.F) {
	all, err := EncodeBackup(exampleScenarios(f), time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(all)
	f.Add([]byte(backupOf()))
	for _, d := range brokenDocuments {
		f.Add([]byte(backupOf(d)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := DecodeBackup(data)
		if err != nil {
			for _, line := range errorLines(t, err) {
				if line == "" || strings.Contains(line, "%!") {
					t.Fatalf("badly formatted error line %q", line)
				}
			}
		}
		if b == nil {
			return
		}
		if !IsBackup(data) {
			t.Fatal("DecodeBackup read a document that IsBackup does not take for a backup")
		}
		for i, s := range b.Scenarios {
			if err := Validate(s); err != nil {
				t.Fatalf("scenario %d does not validate: %v", i, err)
			}
			checkReportFinite(t, Compute(s))
		}
		out, err := EncodeBackup(b.Scenarios, time.Time{})
		if err != nil {
			t.Fatalf("EncodeBackup: %v", err)
		}
		again, err := DecodeBackup(out)
		if err != nil {
			t.Fatalf("DecodeBackup(EncodeBackup(b)): %v", err)
		}
		if diff := cmp.Diff(b.Scenarios, again.Scenarios, scenarioOpts); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
		if add, already := Restore(b.Scenarios, again.Scenarios); len(add) != 0 || already != len(b.Scenarios) {
			t.Fatalf("restoring a backup into its own scenarios adds %d (already %d of %d)", len(add), already, len(b.Scenarios))
		}
	})
}
