package app

import (
	"slices"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// scenarioActions returns what the scenario bar may do to the workspace;
// Root guards them where it makes its handlers (stable).
func (r *Root) scenarioActions() scenarioActions {
	return scenarioActions{
		Open: func(ctx app.Context, i int) {
			if i >= 0 && i < len(r.ws.entries) {
				r.ws.current, r.segment = i, 0
				r.saving().list()
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
	r.saving().entry(e)
	r.saving().list()
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
		kind: "info", text: func(l calc.Locale) string { return i18n.Deleted.F(l, title) },
		action: func(ctx app.Context) {
			e.rev = 0
			r.ws.restore(e, i)
			r.saving().entry(e)
			r.saving().list()
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
		kind: "info", text: func(l calc.Locale) string { return i18n.SegmentDeleted.F(l, name) }, undoesStep: true,
		action: func(ctx app.Context) {
			if r.ws.cur() == e {
				r.undo(ctx)
				r.segment = i
			}
		},
	}
}

func (r *Root) undo(ctx app.Context) {
	if e := r.ws.cur(); e.stepBack() {
		r.saving().entry(e)
		r.dropStaleUndo()
	}
}

func (r *Root) redo(ctx app.Context) {
	if e := r.ws.cur(); e.stepForward() {
		r.saving().entry(e)
		r.dropStaleUndo()
	}
}

// dropStaleUndo takes away a notice whose undo is of the step just undone
// or redone: its button would undo another step than the one it names.
func (r *Root) dropStaleUndo() {
	if r.notes.current.undoesStep {
		r.notes.current = notice{}
	}
}

// mayBeShortcut says whether onKey may act on the key (listenKeys).
func (r *Root) mayBeShortcut(ev app.Event) bool {
	switch {
	case r.participant != nil:
		return false
	case r.show.on:
		return true
	}
	return withCtrl(ev)
}

// onKey moves through the slides when presenting, and otherwise undoes
// with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y.
func (r *Root) onKey(ctx app.Context, ev app.Event) {
	r.guard().run(func() {
		switch {
		case r.participant != nil:
			return // no scenario on screen to undo
		case r.show.on:
			if r.show.key(ev, slidesOf(r.ws.cur(), r.store)) {
				ev.PreventDefault()
			}
			return
		case !withCtrl(ev):
			return
		}
		switch key := ev.Get("key").String(); {
		case (key == "z" || key == "Z") && ev.Get("shiftKey").Bool(), key == "y":
			ev.PreventDefault()
			r.redo(ctx)
		case key == "z":
			ev.PreventDefault()
			r.undo(ctx)
		default:
			return
		}
		r.Update()
	})
}

// importFile adds a scenario file as a new scenario, or restores a backup
// (docs/backup.md). A bad file gets a message saying what is wrong and
// where, and nothing changes. It runs when the file has been read, after
// the event that chose it, and ctx may be the file tools': Root draws
// itself again, whatever happened.
func (r *Root) importFile(ctx app.Context, name string, data []byte) {
	defer r.Update()
	if calc.IsBackup(data) {
		r.restoreBackup(name, data)
		return
	}
	s, err := calc.DecodeBytes(data)
	if err != nil {
		r.notes.current = notice{kind: "error", text: func(l calc.Locale) string { return i18n.ImportBroken.F(l, name, problems(l, err)) }}
		return
	}
	r.addScenario(s)
	r.notes.current = notice{kind: "info", text: func(l calc.Locale) string { return i18n.Imported.F(l, name) }}
}

// restoreBackup adds the scenarios of a backup that are not there yet
// (calc.Restore), and says how many were added and how many were there
// already; a backup that cannot be read changes nothing.
func (r *Root) restoreBackup(name string, data []byte) {
	b, err := calc.DecodeBackup(data)
	if b == nil {
		r.notes.current = notice{kind: "error", text: func(l calc.Locale) string { return i18n.RestoreBroken.F(l, name, problems(l, err)) }}
		return
	}
	have := make([]*calc.Scenario, len(r.ws.entries))
	for i, e := range r.ws.entries {
		have[i] = e.scenario
	}
	add, already := calc.Restore(have, b.Scenarios)
	for _, s := range add {
		r.saving().entry(r.ws.add(s))
	}
	if len(add) > 0 {
		r.segment = 0
		r.saving().list()
	}
	r.notes.current = notice{kind: "info", text: func(l calc.Locale) string {
		text := i18n.Restored.F(l, name, i18n.RestoredAdded.F(l, len(add)), i18n.RestoredThere.F(l, already))
		if err != nil {
			text += i18n.RestoredPartly.F(l, problems(l, err))
		}
		return text
	}}
	if err != nil {
		r.notes.current.kind = "warning"
	}
}

// onDrop imports a scenario file dropped on the page.
func (r *Root) onDrop(ctx app.Context, ev app.Event) {
	readDropped(ctx, ev, func(ctx app.Context, name string, data []byte, err error) {
		if err != nil {
			r.notes.current = notice{kind: "error", text: func(l calc.Locale) string { return i18n.ImportUnreadable.F(l, name) }}
			return
		}
		r.stable().files.importFile(ctx, name, data)
	})
}

// applyWorkshop puts the scenario with the room's means on screen as one
// undoable step, and says so with an undo at hand.
func (r *Root) applyWorkshop(ctx app.Context, m *appliedMeans) {
	e := r.ws.cur()
	if !e.replace(m.scenario) {
		return
	}
	r.saving().entry(e)
	r.notes.current = notice{
		kind: "info", text: func(l calc.Locale) string { return i18n.MeansApplied.F(l, m.participants) },
		action: r.undo, undoesStep: true,
	}
}

// tryPlan adds a copy of the scenario on screen with the path to
// ambassador of segment id applied ("… — plan", SPEC §3.4), shows that
// segment of it, and opens the comparison of now against the plan. The
// path is the one of the scenario as it is when the button is clicked. The
// notice's undo removes the copy and goes back to the scenario it was
// made from.
func (r *Root) tryPlan(ctx app.Context, id string) {
	from := r.ws.cur()
	seg := -1
	for i, sr := range from.report.Segments {
		if sr.ID == id && sr.ToAmbassador != nil && i < len(from.scenario.Segments) {
			seg = i
		}
	}
	if seg < 0 {
		return
	}
	l, s := r.locale, from.scenario.Clone()
	from.report.Segments[seg].ToAmbassador.Apply(&s.Segments[seg])
	s.Title = i18n.PlanTitle.F(l, scenarioTitle(l, from.scenario))
	r.addScenario(s)
	plan := r.ws.cur()
	r.segment = seg
	// The button is gone once the plan is on screen, where the segment is
	// an ambassador, and with it ctx: the panel opens in Root's own.
	r.compare.open(r.ctx, from.id)
	r.notes.current = notice{
		kind: "info", text: func(l calc.Locale) string { return i18n.PlanAdded.F(l, s.Title) },
		action: func(ctx app.Context) { r.dropPlan(plan, from, seg) },
	}
}

// dropPlan removes a plan tryPlan added, and shows segment seg of the
// scenario it was made from, if that is still kept.
func (r *Root) dropPlan(plan, from *entry, seg int) {
	if _, ok := r.ws.remove(r.ws.find(plan.id)); !ok {
		return
	}
	if err := r.store.forgetEntry(r.ws, plan.id); err != nil {
		r.notes.storageBroken = true
	}
	if i := r.ws.find(from.id); i >= 0 {
		r.ws.current, r.segment = i, seg
	}
	r.saving().list()
}
