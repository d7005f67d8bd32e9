package app

import (
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
	"rsc.io/qr"
)

// TestQRSVG draws a questionnaire link and a response code and checks the
// drawing module by module against the encoder's own grid.
func TestQRSVG(t *testing.T) {
	q := calc.QuestionnaireOf(calc.Example())
	payload, err := calc.EncodeQuestionnaire(q)
	if err != nil {
		t.Fatal(err)
	}
	code, err := calc.EncodeResponse(q, calc.NewResponse(q, 0))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text  string
		level qr.Level
	}{
		{"http://127.0.0.1:8000/" + calc.QuestionnairePrefix + payload, qr.L},
		{code, qr.M},
	} {
		svg, err := qrSVG(tt.text, `QR <code> & "link"`)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			ViewBox string `xml:"viewBox,attr"`
			Label   string `xml:"aria-label,attr"`
			Path    struct {
				D string `xml:"d,attr"`
			} `xml:"path"`
		}
		if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
			t.Fatalf("the SVG does not parse: %v\n%s", err, svg)
		}
		if doc.Label != `QR <code> & "link"` {
			t.Errorf("aria-label = %q", doc.Label)
		}
		want, err := qr.Encode(tt.text, tt.level)
		if err != nil {
			t.Fatal(err)
		}
		size := want.Size + 2*qrQuietZone
		if doc.ViewBox != "0 0 "+strconv.Itoa(size)+" "+strconv.Itoa(size) {
			t.Errorf("viewBox %q for a %d-module code", doc.ViewBox, want.Size)
		}
		// Paint the runs of the path and compare with the code's modules.
		got := make([][]bool, want.Size)
		for i := range got {
			got[i] = make([]bool, want.Size)
		}
		runs := regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`).FindAllStringSubmatch(doc.Path.D, -1)
		if joined := len(strings.Join(regexp.MustCompile(`M\d+ \d+h\d+v1h-\d+z`).FindAllString(doc.Path.D, -1), "")); joined != len(doc.Path.D) {
			t.Fatalf("the path holds more than runs: %q", doc.Path.D)
		}
		for _, r := range runs {
			x, _ := strconv.Atoi(r[1])
			y, _ := strconv.Atoi(r[2])
			n, _ := strconv.Atoi(r[3])
			for i := range n {
				got[y-qrQuietZone][x-qrQuietZone+i] = true
			}
		}
		for y := range want.Size {
			for x := range want.Size {
				if got[y][x] != want.Black(x, y) {
					t.Fatalf("module (%d,%d) is %v, want %v", x, y, got[y][x], want.Black(x, y))
				}
			}
		}
		t.Logf("%d characters: a %d×%d QR code", len(tt.text), want.Size, want.Size)
	}
}

// TestApplyMeansIsOneUndoStep applies the room's means the way the page
// does and undoes them in one step.
func TestApplyMeansIsOneUndoStep(t *testing.T) {
	e := newEntry(calc.Example())
	before := e.scenario
	q := calc.QuestionnaireOf(before)
	r := calc.NewResponse(q, 0)
	r.Benefits[0] = calc.Answer{Weight: calc.Float(1), Score: calc.Float(3)}
	r.Dimensions[1] = calc.QualityAnswer{Expected: calc.Float(9), Experienced: calc.Float(9.5)}
	applied := calc.Apply(before, calc.Aggregate(q, []*calc.Response{r}))
	if !e.replace(applied) {
		t.Fatal("replace refused the applied scenario")
	}
	if diff := cmp.Diff(applied, e.scenario); diff != "" {
		t.Errorf("after apply (-want +got):\n%s", diff)
	}
	if cmp.Equal(calc.Compute(before), e.report) {
		t.Error("applying the means did not change the results")
	}
	if !e.stepBack() {
		t.Fatal("nothing to undo")
	}
	if diff := cmp.Diff(before, e.scenario); diff != "" {
		t.Errorf("after one undo (-want +got):\n%s", diff)
	}
	if e.canUndo() {
		t.Error("more than one undo step")
	}
}
