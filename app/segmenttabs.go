package app

import (
	"strconv"

	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func itoa(n int) string { return strconv.Itoa(n) }

// SegmentTabs lists the segments as tabs, with the verdict of each, and
// adds new ones.
type SegmentTabs struct {
	app.Compo

	Locale   calc.Locale
	Scenario *calc.Scenario
	Report   calc.Report
	Segment  int
	Edits    *edits
}

// Render draws one tab per segment and the add button.
func (t *SegmentTabs) Render() app.UI {
	l, s := t.Locale, t.Scenario
	return app.Nav().Class("segmenttabs").Aria("label", T(l, msgSegments)).Body(
		app.H2().Class("section-title").Text(T(l, msgSegments)),
		app.Ul().Body(
			app.Range(s.Segments).Slice(func(i int) app.UI {
				verdict := calc.NoVerdict
				if i < len(t.Report.Segments) {
					verdict = t.Report.Segments[i].Verdict
				}
				return app.Li().Body(
					app.Button().Type("button").Class("tab", "verdict-"+verdictClass(verdict)).
						DataSet("tab", s.Segments[i].ID).
						Aria("pressed", i == t.Segment).
						Text(s.Segments[i].Name).
						OnClick(func(ctx app.Context, e app.Event) { t.Edits.selectSegment(ctx, i) }),
				)
			}),
			app.Li().Body(
				button(T(l, msgAddSegment), "add-segment", len(s.Segments) >= calc.MaxSegments, t.addSegment),
			),
		),
	)
}

func (t *SegmentTabs) addSegment(ctx app.Context) {
	s := t.Scenario
	id := freeID("segment", func(id string) bool { return segmentByID(s, id) != nil })
	seg := newSegment(t.Locale, id, len(s.Segments)+1)
	t.Edits.edit(ctx, "", func(s *calc.Scenario) { s.Segments = append(s.Segments, seg) })
	t.Edits.selectSegment(ctx, len(s.Segments))
}
