package app

import (
	"slices"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// scenarioActions returns what the scenario bar may do to the workspace,
// each guarded against panics.
func (r *Root) scenarioActions() scenarioActions {
	a := r.unguardedActions()
	g := func(fn func(app.Context)) func(app.Context) {
		return func(ctx app.Context) { r.guard(func() { fn(ctx) }) }
	}
	return scenarioActions{
		Open:      func(ctx app.Context, i int) { r.guard(func() { a.Open(ctx, i) }) },
		NewBlank:  g(a.NewBlank),
		NewSample: g(a.NewSample),
		Duplicate: g(a.Duplicate),
		Delete:    g(a.Delete),
		Rename:    a.Rename, // an edit, guarded there
		Undo:      g(a.Undo),
		Redo:      g(a.Redo),
	}
}

func (r *Root) unguardedActions() scenarioActions {
	return scenarioActions{
		Open: func(ctx app.Context, i int) {
			if i >= 0 && i < len(r.ws.entries) {
				r.ws.current, r.segment = i, 0
				r.persistIndex()
			}
		},
		NewBlank:  func(ctx app.Context) { r.addScenario(blankScenario(r.locale)) },
		NewSample: func(ctx app.Context) { r.addScenario(calc.ExampleIn(r.locale)) },
		Duplicate: func(ctx app.Context) {
			s := r.ws.cur().scenario.Clone()
			s.Title = i18n.CopyOf.F(r.locale, s.Title)
			r.addScenario(s)
		},
		Delete: r.deleteScenario,
		Rename: func(ctx app.Context, title string) {
			r.edit(ctx, "title", func(s *calc.Scenario) { s.Title = title })
		},
		Undo: r.undo,
		Redo: r.redo,
	}
}

func (r *Root) addScenario(s *calc.Scenario) {
	e := r.ws.add(s)
	r.segment = 0
	r.persist(e)
	r.persistIndex()
}

// deleteScenario removes the scenario on screen, with a notice that can
// bring it back.
func (r *Root) deleteScenario(ctx app.Context) {
	i := r.ws.current
	e, ok := r.ws.remove(i)
	if !ok {
		return
	}
	r.segment = 0
	if err := r.store.forgetEntry(r.ws, e.id); err != nil {
		r.notes.storageBroken = true
	}
	title := e.scenario.Title
	r.notes.current = notice{
		kind: "info", text: i18n.Deleted.F(r.locale, title), actionLabel: i18n.Undo.In(r.locale),
		action: func(ctx app.Context) {
			e.rev = 0
			r.ws.restore(e, i)
			r.persist(e)
			r.persistIndex()
		},
	}
}

// removeSegment deletes a segment as one undoable step and says so in a
// notice with the undo at hand: the button that deleted it is gone, and
// the scenario bar's undo may be screens away.
func (r *Root) removeSegment(ctx app.Context, id string) {
	e := r.ws.cur()
	i := slices.IndexFunc(e.scenario.Segments, func(sg calc.Segment) bool { return sg.ID == id })
	if i < 0 {
		return
	}
	name, before := e.scenario.Segments[i].Name, len(e.scenario.Segments)
	r.edit(ctx, "", func(s *calc.Scenario) {
		s.Segments = slices.DeleteFunc(s.Segments, func(sg calc.Segment) bool { return sg.ID == id })
	})
	if len(e.scenario.Segments) == before {
		return // not deleted (a read-only scenario, or it failed)
	}
	r.selectSegment(ctx, max(i-1, 0))
	r.notes.current = notice{
		kind: "info", text: i18n.SegmentDeleted.F(r.locale, name), actionLabel: i18n.Undo.In(r.locale),
		action: func(ctx app.Context) {
			if r.ws.cur() == e {
				r.undo(ctx)
				r.segment = i
			}
		},
	}
}
