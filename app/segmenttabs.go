package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SegmentTabs lists the segments as tabs, with the verdict of each, and
// adds new ones. It is given only what it shows, so that typing a score
// draws it again only when a verdict changes.
type SegmentTabs struct {
	app.Compo

	Locale  calc.Locale
	Tabs    []segmentTab
	Full    bool // calc.MaxSegments reached
	Segment int
	Edits   *edits
}

// segmentTab is what a tab shows of a segment.
type segmentTab struct {
	ID, Name string
	Verdict  calc.Verdict
}

// segmentTabs returns the tabs of the scenario's segments.
func segmentTabs(s *calc.Scenario, r calc.Report) []segmentTab {
	tabs := make([]segmentTab, len(s.Segments))
	for i, seg := range s.Segments {
		tabs[i] = segmentTab{ID: seg.ID, Name: seg.Name, Verdict: calc.NoVerdict}
		if i < len(r.Segments) {
			tabs[i].Verdict = r.Segments[i].Verdict
		}
	}
	return tabs
}

// Render draws one tab per segment and the add button.
func (t *SegmentTabs) Render() app.UI {
	l := t.Locale
	return app.Nav().Class("segmenttabs").Aria("label", i18n.Segments.In(l)).Body(
		app.H2().Class("section-title").Text(i18n.Segments.In(l)),
		app.Ul().Body(
			app.Range(t.Tabs).Slice(func(i int) app.UI {
				tab := t.Tabs[i]
				return app.Li().Body(
					app.Button().Type("button").Class("tab", "verdict-"+verdictClass(tab.Verdict)).
						DataSet("tab", tab.ID).
						Aria("pressed", i == t.Segment).
						Text(tab.Name).
						OnClick(func(ctx app.Context, e app.Event) { t.Edits.selectSegment(ctx, i) }),
				)
			}),
			app.Li().Body(
				button(i18n.AddSegment.In(l), "add-segment", t.Full, t.addSegment),
			),
		),
	)
}

func (t *SegmentTabs) addSegment(ctx app.Context) {
	id := freeID("segment", func(id string) bool {
		for _, tab := range t.Tabs {
			if tab.ID == id {
				return true
			}
		}
		return false
	})
	seg := newSegment(t.Locale, id, len(t.Tabs)+1)
	t.Edits.edit(ctx, "", func(s *calc.Scenario) { s.Segments = append(s.Segments, seg) })
	t.Edits.selectSegment(ctx, len(t.Tabs))
}
