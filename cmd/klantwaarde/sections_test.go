//go:build !wasm

package main

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// TestTableSections checks that the readable table has an entry for every
// section of a segment's results (calc.ResultSections), as the app's
// results panel, slides and printed report do (app's TestResultSections).
func TestTableSections(t *testing.T) {
	for _, s := range calc.ResultSections {
		if tableSections[s] == nil {
			t.Errorf("the readable table (tableSections) has no entry for the section %v", s)
		}
	}
}

// inTables are the sections the tables of all segments show (values,
// money), which a segment's details leave out (inTablesAbove).
var inTables = []calc.ResultSection{calc.SectionScores, calc.SectionWorth}

// TestTableSectionsWritten runs "klantwaarde report" on each of the
// spec's examples and writes each entry of tableSections alone for each
// segment: a segment's details must be its name and then what its
// entries write, in the order of calc.ResultSections. The sections left
// to the tables above (inTablesAbove) are exactly inTables, and the
// segment's row in those tables shows them; every other entry writes
// something for a segment with something in every section.
func TestTableSectionsWritten(t *testing.T) {
	var above []calc.ResultSection
	for _, s := range calc.ResultSections {
		if reflect.ValueOf(tableSections[s]).Pointer() == reflect.ValueOf(inTablesAbove).Pointer() {
			above = append(above, s)
		}
	}
	if !slices.Equal(above, inTables) {
		t.Errorf("the table leaves %v to the tables above (inTablesAbove), want %v (inTables)", above, inTables)
	}
	full := 0
	for name, file := range examples(t) {
		out, stderr, err := runReportCmd(t, nil, file)
		if err != nil || stderr != "" {
			t.Fatalf("report %s: %v, stderr %q", file, err, stderr)
		}
		scenarios, _, err := readScenarios(file, nil)
		if err != nil {
			t.Fatal(err)
		}
		s := scenarios[0]
		rep := calc.Compute(s)
		for i := range rep.Segments {
			sg := &rep.Segments[i]
			t.Run(name+"/"+sg.ID, func(t *testing.T) {
				isFull := sg.Verdict != calc.NoVerdict && sg.Verdict != calc.Ambassador && len(sg.Levers) > 0 &&
					len(sg.PainPoints) > 0 && sg.ToAmbassador != nil && len(sg.Delighters) > 0 && sg.LoyaltyIndex != nil && sg.NPS != nil
				if isFull {
					full++
				}
				w := &tableWriter{loc: calc.LocaleOf(s.Locale), s: s, rep: rep}
				head := "\n" + plain(sg.Name) + ": "
				start := strings.Index(out, head)
				if start < 0 {
					t.Fatalf("the table has no details for the segment %s (%q)", sg.ID, head)
				}
				details := out[start+len(head):]
				if i+1 < len(rep.Segments) {
					if end := strings.Index(details, "\n"+plain(rep.Segments[i+1].Name)+": "); end >= 0 {
						details = details[:end]
					}
				}
				want, pos, prev := "", 0, calc.ResultSection(-1)
				for _, sec := range calc.ResultSections {
					w.b = &bytes.Buffer{}
					tableSections[sec](w, sg)
					own := w.b.String()
					want += own
					switch off := slices.Contains(inTables, sec); {
					case own != "" && off:
						t.Errorf("the table leaves the section %v to the tables above, but its entry writes %q", sec, own)
					case own == "" && !off && isFull:
						t.Errorf("the table's entry for the section %v writes nothing for %s, which has something in every section", sec, sg.ID)
					case own == "":
					case strings.Contains(details[pos:], own):
						pos, prev = pos+strings.Index(details[pos:], own)+len(own), sec
					case strings.Contains(details, own):
						t.Errorf("the table shows the section %v before the section %v, not after it as calc.ResultSections orders them", sec, prev)
					default:
						t.Errorf("the table does not show the section %v in the details of %s: its entry alone writes\n%s", sec, sg.ID, own)
					}
				}
				if !strings.HasPrefix(details, want) {
					t.Errorf("the details of %s are not what the entries of tableSections write, one after the other:\n%s\nwant\n%s", sg.ID, details, want)
				}
				// The scores and the worth, in the segment's rows of the
				// tables above.
				for _, figures := range [][]string{{w.score(sg.Value), w.score(sg.Gap)}, {w.amount(sg.Equity), w.amount(sg.EquityUplift)}} {
					if !slices.ContainsFunc(strings.Split(out[:start], "\n"), func(line string) bool {
						return strings.HasPrefix(line, plain(sg.Name)+" ") && strings.Contains(line, figures[0]) && strings.Contains(line, figures[1])
					}) {
						t.Errorf("no row of %s in the tables above shows %q", sg.ID, figures)
					}
				}
			})
		}
	}
	if full == 0 {
		t.Error("no segment of the examples has something to show in every section")
	}
}
