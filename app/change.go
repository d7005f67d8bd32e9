package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Callbacks reach a child in one way throughout this package: as a pointer
// the parent makes once, a *Change[T] for one value or a pointer to a
// struct of functions (edits, scenarioActions, fileActions,
// presenterActions) for several; never as a function field. go-app decides
// whether to draw a component again by comparing its fields with
// reflect.DeepEqual, and a function never compares equal, not even to
// itself: with function fields every input on the page would be drawn
// again on every keystroke. The same pointer always compares equal.

// A Change is what a child does with a new value: NumberField and
// TextField call it as the user types, LanguageSwitch when a language is
// chosen.
type Change[T any] struct {
	apply func(ctx app.Context, v T)
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
