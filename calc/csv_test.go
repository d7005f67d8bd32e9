package calc

import (
	"bytes"
	"encoding/csv"
	"math"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// readCSV parses what WriteCSV wrote, as a spreadsheet program would.
func readCSV(t *testing.T, data []byte, l Locale) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte(utf8BOM)) {
		t.Fatal("the CSV does not start with a UTF-8 byte-order mark")
	}
	r := csv.NewReader(bytes.NewReader(data[len(utf8BOM):]))
	r.Comma = ','
	if l == Dutch {
		r.Comma = ';'
	}
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read it back: %v", err)
	}
	return rows
}

// TestCSVRoundTrip writes each example in both locales and reads every
// figure back to the exact number the report holds.
func TestCSVRoundTrip(t *testing.T) {
	for _, file := range exampleFiles(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		s, err := DecodeBytes(data)
		if err != nil {
			t.Fatal(err)
		}
		rep := Compute(s)
		for _, l := range []Locale{Dutch, English} {
			var buf bytes.Buffer
			if err := WriteCSV(&buf, s, rep, l, nil); err != nil {
				t.Fatal(err)
			}
			rows := readCSV(t, buf.Bytes(), l)
			if len(rows) != len(s.Segments)+2 {
				t.Fatalf("%s %s: %d rows, want %d", file, l, len(rows), len(s.Segments)+2)
			}
			if diff := cmp.Diff(CSVColumns, rows[0]); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			col := func(name string) int {
				for i, c := range CSVColumns {
					if c == name {
						return i
					}
				}
				t.Fatalf("no column %s", name)
				return -1
			}
			for i, sr := range rep.Segments {
				row := rows[i+1]
				if row[0] != sr.ID || row[1] != sr.Name {
					t.Errorf("row %d is %q %q, want %q %q", i+1, row[0], row[1], sr.ID, sr.Name)
				}
				if got, want := row[col("toAmbassador")], sr.ToAmbassador.String(); got != want {
					t.Errorf("%s %s toAmbassador: %q, want %q", sr.ID, l, got, want)
				}
				checks := map[string]*float64{"value": sr.Value, "gap": sr.Gap, "adequacy": sr.Adequacy, "clv": Float(sr.CLV), "equityUplift": Float(sr.EquityUplift), "nps": sr.NPS}
				for name, want := range checks {
					cell := row[col(name)]
					if want == nil {
						if cell != "" {
							t.Errorf("%s %s %s: %q, want an empty cell", sr.ID, l, name, cell)
						}
						continue
					}
					got, err := l.ParseNumber(cell)
					if err != nil || got != *want {
						t.Errorf("%s %s %s: %q reads as %v (%v), want %v", sr.ID, l, name, cell, got, err, *want)
					}
				}
			}
			if l == Dutch && !strings.Contains(buf.String(), ";") {
				t.Error("the Dutch CSV has no semicolons")
			}
		}
	}
}

// TestCSVFormulaInjection checks that names a spreadsheet would run as
// formulas come out as text.
func TestCSVFormulaInjection(t *testing.T) {
	names := []string{`=HYPERLINK("http://x","y")`, "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"}
	s := &Scenario{Settings: DefaultSettings(), Title: "=1+1"}
	for i, n := range names {
		s.Segments = append(s.Segments, Segment{ID: "s" + string(rune('a'+i)), Name: n})
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, s, Compute(s), English, nil); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes(), English)
	for i, n := range names {
		if n == "\r=1" {
			n = "\n=1" // line ends become newlines; a newline starts no formula
			if got := rows[i+1][1]; got != n {
				t.Errorf("name %q is written %q, want %q", names[i], got, n)
			}
			continue
		}
		if got := rows[i+1][1]; got != "'"+n {
			t.Errorf("name %q is written %q, want it prefixed with an apostrophe", n, got)
		}
	}
	if got := rows[len(rows)-1][1]; got != "'=1+1" {
		t.Errorf("title written %q", got)
	}
}

// FuzzCSV writes scenarios with arbitrary names and figures as CSV in both
// locales and reads them back with encoding/csv: every row has every
// column, names come back as written (defused when they start like a
// formula), and every figure reads back to the same number.
func FuzzCSV(f *testing.F) {
	f.Add("Forenzen", "Fietsenwinkel", 420.0, 7.5, true)
	f.Add(`=HYPERLINK("x")`, "a;b,c\"d", 0.0, 1.0, false)
	f.Add("line\nbreak\r\n", "\ufeff", 1e15, 10.0, true)
	f.Add("-1", "@", 3.0, 5.5, false)
	f.Add("a\rb", "\r", 8e15, 10.0, true)   // a lone carriage return, which encoding/csv cannot read back
	f.Add("NaN", "", 0.0, math.NaN(), true) // skipped: not a valid scenario
	f.Fuzz(func(t *testing.T, name, title string, customers, score float64, dutch bool) {
		if !utf8.ValidString(name) || !utf8.ValidString(title) {
			t.Skip("names are valid UTF-8 once decoded")
		}
		l := English
		if dutch {
			l = Dutch
		}
		s := &Scenario{
			Title: title, Settings: DefaultSettings(),
			Benefits:   []Criterion{{ID: "b", Name: "B"}},
			Sacrifices: []Criterion{{ID: "c", Name: "C"}},
			Segments: []Segment{{ID: "s", Name: name, Customers: customers, RevenuePerCustomer: 10, Margin: 10,
				Benefits:   map[string]Rating{"b": {Score: Float(score)}},
				Sacrifices: map[string]Rating{"c": {Score: Float(5)}}}},
		}
		if err := Validate(s); err != nil {
			t.Skip("not a valid scenario, which the app never writes as CSV:", err)
		}
		rep := Compute(s)
		var buf bytes.Buffer
		if err := WriteCSV(&buf, s, rep, l, nil); err != nil {
			t.Fatalf("a valid scenario is not written: %v", err)
		}
		rows := readCSV(t, buf.Bytes(), l)
		if len(rows) != 3 {
			t.Fatalf("%d rows, want 3", len(rows))
		}
		for _, row := range rows {
			if len(row) != len(CSVColumns) {
				t.Fatalf("a row has %d fields, want %d: %q", len(row), len(CSVColumns), row)
			}
		}
		wantName := safeText(name)
		if rows[1][1] != wantName {
			t.Errorf("name %q read back as %q, want %q", name, rows[1][1], wantName)
		}
		if rep.Segments[0].Value != nil {
			got, err := l.ParseNumber(rows[1][5])
			if err != nil || got != *rep.Segments[0].Value {
				t.Errorf("value %v written %q, read back %v (%v)", *rep.Segments[0].Value, rows[1][5], got, err)
			}
		}
	})
}
