package app

import (
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// TestResultSections checks that the results panel, the slides and the
// printed report each have an entry for every section of a segment's
// results (calc.ResultSections). The command's readable table has the
// same test (cmd/klantwaarde).
func TestResultSections(t *testing.T) {
	if len(calc.ResultSections) != int(calc.NumResultSections) {
		t.Fatalf("calc.ResultSections lists %d sections, want all %d", len(calc.ResultSections), calc.NumResultSections)
	}
	for _, s := range calc.ResultSections {
		for form, missing := range map[string]bool{
			"results panel (pageSections)":    pageSections[s] == nil,
			"slides (slideSections)":          slideSections[s] == nil,
			"printed report (reportSections)": reportSections[s] == nil,
		} {
			if missing {
				t.Errorf("the %s has no entry for the section %v", form, s)
			}
		}
	}
}

// The sections a form draws nothing of, on purpose. The results panel
// leaves the scores to the overview and the live summary beside it; the
// slides leave out the levers and the loyalty (the page's to explain) and
// show the path on a slide of its own (pathSlide). The printed report
// draws every section.
var (
	pageElsewhere = []calc.ResultSection{calc.SectionScores}
	offSlides     = []calc.ResultSection{calc.SectionLevers, calc.SectionPath, calc.SectionLoyalty}
)

// sectionCase is a segment of one of the spec's examples, to render.
type sectionCase struct {
	name string // the example's and the segment's
	s    *calc.Scenario
	r    calc.Report
	l    calc.Locale
	i    int // the segment
}

// full says whether segment r has something to show in every section: a
// verdict short of ambassador, levers, pain points, a path to ambassador,
// delighters, and the loyalty index and NPS.
func (c sectionCase) full() bool {
	r := c.r.Segments[c.i]
	return r.Verdict != calc.NoVerdict && r.Verdict != calc.Ambassador && len(r.Levers) > 0 &&
		len(r.PainPoints) > 0 && r.ToAmbassador != nil && len(r.Delighters) > 0 && r.LoyaltyIndex != nil && r.NPS != nil
}

// sectionCases are every segment of the spec's worked examples
// (calc/testdata/examples) in their own language, and of the app's
// example in English.
func sectionCases(t *testing.T) []sectionCase {
	t.Helper()
	files, err := filepath.Glob("../calc/testdata/examples/*.klantwaarde.json")
	if err != nil || len(files) < 3 {
		t.Fatalf("examples missing: %v %v", files, err)
	}
	scenarios := map[string]*calc.Scenario{"example-en": calc.ExampleIn(calc.English)}
	for _, f := range files {
		scenarios[strings.TrimSuffix(filepath.Base(f), ".klantwaarde.json")] = readScenario(t, f)
	}
	var cases []sectionCase
	for name, s := range scenarios {
		r := calc.Compute(s)
		for i := range r.Segments {
			cases = append(cases, sectionCase{name + "/" + r.Segments[i].ID, s, r, calc.LocaleOf(s.Locale), i})
		}
	}
	sort.Slice(cases, func(a, b int) bool { return cases[a].name < cases[b].name })
	full := 0
	for _, c := range cases {
		if c.full() {
			full++
		}
	}
	if full == 0 {
		t.Fatal("no segment of the examples has something to show in every section")
	}
	return cases
}

// TestPageSections renders a segment's results panel as the page draws
// it, and each entry of pageSections alone for that segment: each
// section's own output must be in the panel, in the order of
// calc.ResultSections, and for a segment with something to show in every
// section, only the scores (pageElsewhere) may draw nothing.
func TestPageSections(t *testing.T) {
	for _, c := range sectionCases(t) {
		t.Run(c.name, func(t *testing.T) {
			sr := func() *SegmentResults {
				return &SegmentResults{Locale: c.l, Scenario: c.s, Report: c.r.Segments[c.i], Segment: c.s.Segments[c.i]}
			}
			whole := renderMounted(sr())
			names := criterionNames(c.s)
			var pieces []piece
			for _, s := range calc.ResultSections {
				own := renderUI(pageSections[s](sr(), names)...)
				checkDrawn(t, "the results panel", c, s, own != "", slices.Contains(pageElsewhere, s))
				pieces = append(pieces, piece{s, own})
			}
			inOrder(t, "the results panel", whole, pieces)
		})
	}
}

// TestSlideSections renders a segment's slide as the slides draw it, and
// each entry of slideSections alone for that segment: each section's own
// output must be in its place on the slide (under the name, among the
// large figures, below them), in the order of calc.ResultSections. The
// sections left off (offSlide) are exactly offSlides, and every other
// entry draws something for a segment with something in every section.
// The path is on the slide after the segment's own, pathSlide.
func TestSlideSections(t *testing.T) {
	off := reflect.ValueOf(offSlide).Pointer()
	for _, s := range calc.ResultSections {
		switch isOff, want := reflect.ValueOf(slideSections[s]).Pointer() == off, slices.Contains(offSlides, s); {
		case isOff && !want:
			t.Errorf("the slides leave off the section %v (offSlide), but only %v are left off on purpose", s, offSlides)
		case !isOff && want:
			t.Errorf("the slides leave off the section %v on purpose, but its entry is not offSlide", s)
		}
	}
	for _, c := range sectionCases(t) {
		t.Run(c.name, func(t *testing.T) {
			r := c.r.Segments[c.i]
			slides := segmentSlides(c.r)
			first := firstSlideOf(c.r, c.i)
			if slides[first] != (segmentSlideRef{segment: c.i}) {
				t.Fatalf("slide %d is %+v, want the segment's own slide", first, slides[first])
			}
			presenter := func(slide int) *Presenter {
				return &Presenter{Locale: c.l, Scenario: c.s, Report: c.r, Slide: slide, Actions: &presenterActions{}}
			}
			whole := renderMounted(presenter(first))
			var head, figures, rest []piece
			for _, s := range calc.ResultSections {
				var parts slideParts
				slideSections[s](presenter(first), r, &parts)
				h, f, o := renderUI(parts.head...), renderUI(parts.figures...), renderUI(parts.rest...)
				checkDrawn(t, "the slides", c, s, h+f+o != "", slices.Contains(offSlides, s))
				head, figures, rest = append(head, piece{s, h}), append(figures, piece{s, f}), append(rest, piece{s, o})
			}
			inOrder(t, "the slide (under its name)", whole, head)
			inOrder(t, "the slide (its large figures)", whole, figures)
			inOrder(t, "the slide (below the figures)", whole, rest)

			// The path: on the next slide, step by step.
			if r.ToAmbassador == nil {
				if first+1 < len(slides) && slides[first+1] == (segmentSlideRef{segment: c.i, path: true}) {
					t.Errorf("the segment has no path, but slide %d is its path slide", first+1)
				}
				return
			}
			if first+1 >= len(slides) || slides[first+1] != (segmentSlideRef{segment: c.i, path: true}) {
				t.Fatalf("the slide after the segment's own is not its path slide: %+v", slides)
			}
			path := renderMounted(presenter(first + 1))
			if !strings.Contains(path, `data-path-slide="`+r.ID+`"`) {
				t.Errorf("slide %d is not the path slide of %s:\n%s", first+1, r.ID, path)
			}
			var steps []piece
			for _, st := range pathSentences(c.l, criterionNames(c.s), r.ToAmbassador) {
				steps = append(steps, piece{calc.SectionPath, renderUI(app.Li().Text(st))})
			}
			steps = append(steps, piece{calc.SectionPath, renderUI(app.P().Class("path-total").Text(pathTotal(c.l, r.ToAmbassador)))})
			inOrder(t, "the path slide", path, steps)
		})
	}
}

// TestReportSections writes the printed report, and each entry of
// reportSections alone for each segment: each section's own output must
// be in its place on the segment's page (its heading, the table of
// figures, beside that table, below the value map), in the order of
// calc.ResultSections, and every entry draws something for a segment
// with something in every section.
func TestReportSections(t *testing.T) {
	const date = "7-12-2026"
	for _, c := range sectionCases(t) {
		t.Run(c.name, func(t *testing.T) {
			r := c.r.Segments[c.i]
			all := printReport(c.s, c.r, c.l, "-", date)
			start := strings.Index(all, `data-report-segment="`+r.ID+`"`)
			if start < 0 {
				t.Fatalf("the report has no page for the segment %s", r.ID)
			}
			page := all[start:]
			page = page[:strings.Index(page, "</section>")]
			var head, figures, after, below []piece
			for _, s := range calc.ResultSections {
				var out reportSlots
				p := &reportPage{s: c.s, r: c.r, l: c.l, link: "-", date: date, lb: chartLabels(c.l, c.s.Settings.RetentionUplift)}
				reportSections[s](p, c.i, &out)
				var rows markup
				if out.figures != nil {
					rows.table("<table>", nil, out.figures)
				}
				f := strings.TrimSuffix(strings.TrimPrefix(rows.b.String(), "<table><tbody>"), "</tbody></table>")
				h, af, bl := out.head.b.String(), out.after.b.String(), out.below.b.String()
				checkDrawn(t, "the printed report", c, s, h+f+af+bl != "", false)
				head, figures = append(head, piece{s, h}), append(figures, piece{s, f})
				after, below = append(after, piece{s, af}), append(below, piece{s, bl})
			}
			inOrder(t, "the report's page (its heading)", page, head)
			inOrder(t, "the report's page (the table of figures)", page, figures)
			inOrder(t, "the report's page (what to do first)", page, after)
			inOrder(t, "the report's page (then what hurts and pleases)", page, below)
		})
	}
}

// checkDrawn fails when the entry of a form for section s drew nothing
// (drawn false) for a segment with something in every section, unless
// the form leaves that section out on purpose (off); and when it drew
// something for a section the form leaves out.
func checkDrawn(t *testing.T, form string, c sectionCase, s calc.ResultSection, drawn, off bool) {
	t.Helper()
	switch {
	case drawn && off:
		t.Errorf("%s leave out the section %v on purpose, but its entry draws something for %s", form, s, c.name)
	case !drawn && !off && c.full():
		t.Errorf("%s: the entry for the section %v draws nothing for %s, which has something in every section", form, s, c.name)
	}
}

// piece is what the entry of one section drew, alone.
type piece struct {
	s    calc.ResultSection
	text string
}

// inOrder checks that whole holds each piece that is not empty, each
// after the one before it (the order of calc.ResultSections).
func inOrder(t *testing.T, where, whole string, pieces []piece) {
	t.Helper()
	pos, prev := 0, calc.ResultSection(-1)
	for _, p := range pieces {
		if p.text == "" {
			continue
		}
		k := strings.Index(whole[pos:], p.text)
		switch {
		case k >= 0:
			pos, prev = pos+k+len(p.text), p.s
		case strings.Contains(whole, p.text):
			t.Errorf("%s shows the section %v before the section %v, not after it as calc.ResultSections orders them", where, p.s, prev)
		default:
			t.Errorf("%s does not show the section %v: what it draws alone,\n\t%s\nis not in it", where, p.s, cut(p.text))
		}
	}
}

// cut shortens a rendering for a message.
func cut(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}

// renderMounted is the HTML of a component as the server draws it
// (exampleMarkup in firstview.go), with attributes in a fixed order.
func renderMounted(c app.UI) string {
	d := app.NewServerTester(c)
	defer d.Close()
	return sortAttributes(app.HTMLString(c))
}

// renderUI is the HTML of elements side by side, with attributes in a
// fixed order.
func renderUI(elems ...app.UI) string {
	html := sortAttributes(app.HTMLString(app.Div().Body(elems...)))
	return strings.TrimSuffix(strings.TrimPrefix(html, "<div>"), "</div>")
}

var (
	// startTagRe is a start tag as go-app writes it: attribute values in
	// Go's quotes (strconv.Quote).
	startTagRe = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="(?:[^"\\]|\\.)*")?)*)(\s*/?)>`)
	attrRe     = regexp.MustCompile(`[^\s"'>/=]+(?:="(?:[^"\\]|\\.)*")?`)
)

// sortAttributes puts the attributes of every start tag in html in order:
// go-app writes them in the order of a map, which differs each time.
func sortAttributes(html string) string {
	return startTagRe.ReplaceAllStringFunc(html, func(tag string) string {
		m := startTagRe.FindStringSubmatch(tag)
		attrs := attrRe.FindAllString(m[2], -1)
		if len(attrs) < 2 {
			return tag
		}
		sort.Strings(attrs)
		return "<" + m[1] + " " + strings.Join(attrs, " ") + m[3] + ">"
	})
}
