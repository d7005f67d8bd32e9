//go:build !wasm

package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// renderShell is the page the server sends where the example would be
// wrong (firstview.go), shown until the WebAssembly has started and go-app
// draws the page in its place: a skeleton of the page's
// first screen (the masthead, the scenario bar, the file tools, the
// workshop panel, the segment editor beside the results) with the real
// page's classes, so that the page takes the same places, and without a
// figure. Its texts are in both languages; web/storage-guard.js sets
// <html lang> to the visitor's before the body is read, and the stylesheet
// shows that one. Its controls are grey shapes, not form controls, which
// would look usable and lose what was typed into them.
func renderShell() app.UI {
	return app.Div().Class("page", "skeleton", "fv-skeleton").Aria("busy", "true").Body(
		app.Header().Class("masthead").Body(
			app.Div().Body(
				app.H1().Text(i18n.AppName.In(calc.Dutch)),
				app.P().Class("tagline").Body(bothMsg(i18n.Tagline)...),
				app.P().Class("intro").Body(bothMsg(i18n.Intro)...),
			),
			app.Div().Class("langswitch").Body(shape("lang", "NL"), shape("lang", "EN")),
		),
		app.Div().Class("skeleton-body").Aria("hidden", true).Body(
			app.Section().Class("scenariobar").Body(
				app.Div().Class("field", "select").Body(shellLabel(i18n.Scenario), shapeField()),
				app.Div().Class("field", "text").Body(shellLabel(i18n.Title), shapeField()),
				shapeButtons(i18n.NewBlank, i18n.NewExample, i18n.Duplicate, i18n.Delete),
				shapeButtons(i18n.Undo, i18n.Redo),
			),
			app.Section().Class("filetools").Body(
				shapeButtons(i18n.ShareLink, i18n.ExportJSON, i18n.Import, i18n.ExportCSV, i18n.Print, i18n.Present),
				app.P().Class("hint").Body(bothMsg(i18n.DropHint)...),
			),
			app.Div().Class("panel", "workshop-panel").Body(app.Div().Class("skeleton-summary").Body(bothMsg(i18n.Workshop)...)),
			app.Div().Class("workbench").Body(
				app.Div().Class("editor").Body(
					app.Div().Class("segmenttabs").Body(
						app.H2().Class("section-title").Body(bothMsg(i18n.Segments)...),
						app.Div().Class("skeleton-tabs").Body(shape("tab", "Segment 1"), shape("tab", "Segment 2"), shape("button", i18n.AddSegment)),
					),
					app.Div().Class("segment-editor").Body(
						app.Div().Class("segment-head").Body(
							app.Div().Class("field", "text").Body(shellLabel(i18n.SegmentName), shapeField()),
							shapeButtons("←", "→", i18n.Duplicate, i18n.RemoveSegment),
						),
						app.Div().Class("skeleton-lines").Body(shapeLines(8)...),
					),
				),
				app.Div().Class("results").Body(
					app.Div().Class("skeleton-heading"),
					app.Div().Class("segment-results", "skeleton-card").Body(shapeLines(10)...),
				),
			),
		),
	)
}

// both is a text in Dutch and in English; the page shows the visitor's.
func both(nl, en string) []app.UI {
	return []app.UI{
		app.Span().Class("in-nl").Text(nl),
		app.Span().Class("in-en").Lang("en").Text(en),
	}
}

func bothMsg(m i18n.Text) []app.UI { return both(m.In(calc.Dutch), m.In(calc.English)) }

func shellLabel(m i18n.Text) app.UI {
	return app.Span().Class("skeleton-label").Body(bothMsg(m)...)
}

// shape stands in for a button: the label's text, invisible, gives it the
// button's width in the visitor's language. label is an i18n.Text or a string
// that reads the same in both.
func shape(kind string, label any) app.UI {
	s := app.Span().Class("shape", "shape-"+kind)
	if m, ok := label.(i18n.Text); ok {
		return s.Body(bothMsg(m)...)
	}
	return s.Text(label)
}

func shapeButtons(labels ...any) app.UI {
	shapes := make([]app.UI, len(labels))
	for i, l := range labels {
		shapes[i] = shape("button", l)
	}
	return app.Div().Class("buttons").Body(shapes...)
}

func shapeField() app.UI { return app.Span().Class("shape", "shape-field") }

func shapeLines(n int) []app.UI {
	lines := make([]app.UI, n)
	for i := range lines {
		lines[i] = app.Span().Class("shape", "shape-line")
	}
	return lines
}

// renderQuestionnaireShell is the skeleton of a participant's page
// (Participant), for a questionnaire link: the masthead with the title's
// place, the step counter and a few questions.
func renderQuestionnaireShell() app.UI {
	return app.Div().Class("page", "participant", "skeleton", "fv-questionnaire").Aria("busy", "true").Body(
		app.Header().Class("masthead").Body(
			app.Div().Body(
				app.P().Class("tagline").Text(i18n.AppName.In(calc.Dutch)),
				app.Div().Class("skeleton-heading"),
			),
			app.Div().Class("langswitch").Body(shape("lang", "NL"), shape("lang", "EN")),
		),
		app.Div().Class("questionnaire").Aria("hidden", true).Body(shapeLines(9)...),
	)
}
