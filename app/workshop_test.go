package app

import (
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
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

// TestRatingNames: every rating of calc's aggregates, of one-level and
// two-level questionnaires, has words in both languages in the room's
// table and slides.
func TestRatingNames(t *testing.T) {
	s := twoLevelExample()
	for _, q := range []*calc.Questionnaire{calc.QuestionnaireOf(s), calc.TwoLevelQuestionnaireOf(s)} {
		for _, sa := range calc.Aggregate(q, nil) {
			for _, ra := range sa.Ratings {
				name := ratingNames[ra.Rating]
				if name == nil || name.NL == "" || name.EN == "" {
					t.Errorf("rating %q (%s) has no words: %v", ra.Rating, ra.Key(sa.ID), name)
				}
			}
		}
	}
}

// twoLevelExample is the example with a minimum and a desired level for
// the commuters' reliability.
func twoLevelExample() *calc.Scenario {
	s := calc.Example()
	qr := s.Segments[0].Quality["reliability"]
	qr.Adequate, qr.Desired = calc.Float(6), calc.Float(8.5)
	s.Segments[0].Quality["reliability"] = qr
	return s
}

// TestAnswerInputID: the problems calc finds in a two-level answer are
// shown at the inputs the participant typed them in.
func TestAnswerInputID(t *testing.T) {
	q := calc.TwoLevelQuestionnaireOf(twoLevelExample())
	if !q.TwoLevel {
		t.Fatal("the example with a minimum and a desired level makes a one-level questionnaire")
	}
	r := calc.NewResponse(q, 0)
	r.Dimensions[0] = calc.QualityAnswer{Adequate: calc.Float(7)}
	r.Dimensions[1] = calc.QualityAnswer{Desired: calc.Float(7)}
	r.Dimensions[2] = calc.QualityAnswer{Adequate: calc.Float(8), Desired: calc.Float(6)}
	p := &Participant{Questionnaire: q, response: r, Locale: calc.Dutch}
	p.check()
	if len(p.problems) != 1 || p.problems["q-dimensions-"+q.Dimensions[2].ID+"-adequate"] == nil {
		t.Errorf("before the code is asked for: problems %v, want only the minimum above the desired level", p.problems)
	}
	p.tried = true
	first := p.check()
	want := []string{
		"q-dimensions-" + q.Dimensions[0].ID + "-desired",
		"q-dimensions-" + q.Dimensions[1].ID + "-adequate",
		"q-dimensions-" + q.Dimensions[2].ID + "-adequate",
	}
	var got []string
	for id := range p.problems {
		got = append(got, id)
	}
	if diff := cmp.Diff(want, got, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("inputs with a problem (-want +got):\n%s", diff)
	}
	if first != want[0] {
		t.Errorf("the first problem is at %q, want %q", first, want[0])
	}
	if got := p.problem(want[2]); !strings.Contains(got, "boven het gewenste niveau") {
		t.Errorf("the minimum above the desired level reads %q", got)
	}
	for _, tt := range []struct{ path, id string }{
		{"benefits.quality.score", "q-benefits-quality-score"},
		{"sacrifices.price.weight", "q-sacrifices-price-weight"},
		{"quality.reliability.experienced", "q-dimensions-reliability-experienced"},
	} {
		if got := answerInputID(tt.path); got != tt.id {
			t.Errorf("answerInputID(%q) = %q, want %q", tt.path, got, tt.id)
		}
	}
}
