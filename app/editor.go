package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Editor holds every input of the scenario: the segments, the criteria
// shared by all segments, and the settings.
type Editor struct {
	app.Compo

	Locale   calc.Locale
	Scenario *calc.Scenario
	Report   calc.Report
	Segment  int
	ReadOnly bool // a scenario of a newer app version: shown, not editable
	Edits    *edits

	unfolded unfolded // the panels opened so far (panel.go)
}

// Render lays out the editor's sections. A read-only scenario is shown in
// a disabled fieldset, which disables every input and button in it.
func (ed *Editor) Render() app.UI {
	l, s := ed.Locale, ed.Scenario
	var summary app.UI
	if ed.Segment < len(ed.Report.Segments) {
		summary = liveSummary(l, s, ed.Report.Segments[ed.Segment])
	}
	return app.Div().Class("editor").Body(
		&SegmentTabs{
			Locale: l, Tabs: segmentTabs(s, ed.Report), Full: len(s.Segments) >= calc.MaxSegments,
			Segment: ed.Segment, Edits: ed.Edits,
		},
		summary,
		app.FieldSet().Class("editor-lock").Disabled(ed.ReadOnly).Body(ed.inputs()...),
	)
}

// inputs are the editor's sections below the segment tabs.
func (ed *Editor) inputs() []app.UI {
	l, s := ed.Locale, ed.Scenario
	return []app.UI{
		app.If(len(s.Segments) > 0, &SegmentEditor{Locale: l, Scenario: s, Index: ed.Segment, Edits: ed.Edits}),
		ed.unfolded.panel("criteria", app.Summary().Text(i18n.Criteria.In(l)), func() []app.UI {
			return []app.UI{
				app.P().Class("hint").Text(i18n.CriteriaHelp.In(l)),
				&CriteriaList{Locale: l, Of: benefitKind, Items: s.Benefits, Edits: ed.Edits},
				&CriteriaList{Locale: l, Of: sacrificeKind, Items: s.Sacrifices, Edits: ed.Edits},
				&CriteriaList{Locale: l, Of: dimensionKind, Items: s.Dimensions, Edits: ed.Edits},
			}
		}).Class("panel"),
		ed.unfolded.panel("settings", app.Summary().Text(i18n.Settings.In(l)), func() []app.UI {
			return []app.UI{&SettingsEditor{Locale: l, Settings: s.Settings, Edits: ed.Edits}}
		}).Class("panel"),
	}
}
