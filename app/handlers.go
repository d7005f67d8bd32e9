package app

import (
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The handlers Root gives its children, all in this file. They reach a
// child in one way throughout this package: as a pointer the parent makes
// once, a *Change[T] for one value or a pointer to a struct of functions
// (edits, scenarioActions, fileActions, presenterActions) for several;
// never as a function field. go-app decides
// whether to draw a component again by comparing its fields with
// reflect.DeepEqual, and a function never compares equal, not even to
// itself: with function fields every input on the page would be drawn
// again on every keystroke. The same pointer always compares equal.
//
// Each is wrapped in the panic guard once, where Root builds it (its
// guarded method): a handler that acts never reaches a child unguarded.

// A guard turns a panic in a handler into an error notice (see
// notices.panicked): a guarded handler defers it, itself and not a call
// (recover works only there), so that each handler is one wrapper with no
// closure made per call. Root makes it once (Root.guard).
type guard func()

// run runs fn under g, for work that is no handler Root gives a child (a
// key, a timer, a listener of the window's).
func (g guard) run(fn func()) {
	defer g()
	fn()
}

// ctx guards a handler that takes only the context.
func (g guard) ctx(fn func(app.Context)) func(app.Context) {
	return func(ctx app.Context) {
		defer g()
		fn(ctx)
	}
}

// guarded guards a handler of one value.
func guarded[T any](g guard, fn func(app.Context, T)) func(app.Context, T) {
	return func(ctx app.Context, v T) {
		defer g()
		fn(ctx, v)
	}
}

// A Change is what a child does with a new value: NumberField and
// TextField call it as the user types, LanguageSwitch when a language is
// chosen.
type Change[T any] struct {
	apply func(ctx app.Context, v T)
}

// guardedChange is a Change that applies fn under g.
func guardedChange[T any](g guard, fn func(ctx app.Context, v T)) *Change[T] {
	return &Change[T]{apply: guarded(g, fn)}
}

// call applies the change, if there is one.
func (c *Change[T]) call(ctx app.Context, v T) {
	if c != nil && c.apply != nil {
		c.apply(ctx, v)
	}
}

// changes keeps one Change per input of a component, by a key that names
// the input. A component holds it in an unexported field, which go-app
// leaves alone when it updates the component.
type changes[T any] map[string]*Change[T]

// get returns the input's Change, made the first time, with apply as
// what it does from now on: the pointer stays, the function is always the
// one of the latest render.
func (cs *changes[T]) get(key string, apply func(ctx app.Context, v T)) *Change[T] {
	if *cs == nil {
		*cs = changes[T]{}
	}
	c, ok := (*cs)[key]
	if !ok {
		c = &Change[T]{}
		(*cs)[key] = c
	}
	c.apply = apply
	return c
}

// scenarioActions are what the scenario bar can ask of the page.
type scenarioActions struct {
	Open      func(ctx app.Context, i int)
	NewBlank  func(ctx app.Context)
	NewSample func(ctx app.Context)
	Duplicate func(ctx app.Context)
	Delete    func(ctx app.Context)
	Rename    func(ctx app.Context, title string)
	Undo      func(ctx app.Context)
	Redo      func(ctx app.Context)
}

// guarded is a with every action under g.
func (a scenarioActions) guarded(g guard) *scenarioActions {
	return &scenarioActions{
		Open: guarded(g, a.Open), NewBlank: g.ctx(a.NewBlank), NewSample: g.ctx(a.NewSample),
		Duplicate: g.ctx(a.Duplicate), Delete: g.ctx(a.Delete), Rename: guarded(g, a.Rename),
		Undo: g.ctx(a.Undo), Redo: g.ctx(a.Redo),
	}
}

// fileActions is what FileTools does with the page. Root makes it once,
// so that it compares equal from one render to the next (see Change).
type fileActions struct {
	current    func() (*calc.Scenario, calc.Report)
	entries    func() []*entry
	importFile func(ctx app.Context, name string, data []byte)
	present    func(ctx app.Context)
	print      func(ctx app.Context)
}

// guarded is f with what changes the page under g.
func (f fileActions) guarded(g guard) *fileActions {
	importFile := f.importFile
	f.importFile = func(ctx app.Context, name string, data []byte) {
		defer g()
		importFile(ctx, name, data)
	}
	f.present, f.print = g.ctx(f.present), g.ctx(f.print)
	return &f
}

// edits are what the editor and its parts do to the scenario on screen.
// Root makes them once (see Change): a part whose fields are unchanged,
// such as the criteria while the user types a score, is not drawn again.
type edits struct {
	// edit applies one undoable change; key groups quick successive
	// edits of one field into one undo step.
	edit func(ctx app.Context, key string, fn func(*calc.Scenario))
	// editSegment is edit for a change to one segment, found by id.
	editSegment func(ctx app.Context, key, id string, fn func(*calc.Segment))
	// selectSegment shows segment i.
	selectSegment func(ctx app.Context, i int)
	// removeSegment deletes the segment with the given id, with an undo.
	removeSegment func(ctx app.Context, id string)
}

// guarded is e with every edit under g.
func (e edits) guarded(g guard) *edits {
	edit, editSegment := e.edit, e.editSegment
	return &edits{
		edit: func(ctx app.Context, key string, fn func(*calc.Scenario)) {
			defer g()
			edit(ctx, key, fn)
		},
		editSegment: func(ctx app.Context, key, id string, fn func(*calc.Segment)) {
			defer g()
			editSegment(ctx, key, id, fn)
		},
		selectSegment: guarded(g, e.selectSegment),
		removeSegment: guarded(g, e.removeSegment),
	}
}

// presenterActions are what the slides' buttons ask of the page. step
// moves by a number of slides from the one on screen when it runs: a
// button's handler that held the slide it was drawn on would keep it, as
// go-app keeps a handler whose code and scope are unchanged.
type presenterActions struct {
	step  func(ctx app.Context, by int)
	close func(ctx app.Context)
}

// guarded is p with both actions under g.
func (p presenterActions) guarded(g guard) *presenterActions {
	return &presenterActions{step: guarded(g, p.step), close: g.ctx(p.close)}
}
