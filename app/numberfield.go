package app

import (
	"errors"
	"strings"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// NumberField is a labelled number input in the user's conventions. It
// commits every valid value as the user types, so results follow at once;
// an invalid one shows an inline message and leaves the model at its last
// valid value (SPEC §7).
type NumberField struct {
	app.Compo

	ID          string
	Label       string
	Hint        string // shown under the label, e.g. "1–10"
	Value       *float64
	Placeholder string
	Range       calc.Range
	// Optional fields become nil (unrated) when emptied; others take
	// Default.
	Optional bool
	Default  float64
	Locale   calc.Locale
	Compact  bool // label visually hidden (tables); still read aloud
	OnChange *Change[*float64]
	// Error is a problem a check across fields found (a minimum above
	// the desired level), shown when the text itself is valid.
	Error string
	// DescribedBy is the id of a message elsewhere on the page about
	// what is wrong with the field together with another (a minimum
	// above its desired level); the input is then marked invalid and
	// described by it.
	DescribedBy string

	text      string
	problem   string
	editing   bool
	committed *float64
}

// OnInit and OnUpdate show the model's value unless the user is in the
// middle of typing it; a change from elsewhere (undo, another segment)
// always wins. OnInit runs before the first render, so the field is drawn
// once with its value (also in the prerendered page); OnMount would draw
// every field a second time as the page starts.
func (f *NumberField) OnInit() { f.sync() }

func (f *NumberField) OnUpdate(ctx app.Context) { f.sync() }

func (f *NumberField) sync() {
	if f.editing && sameNumber(f.Value, f.committed) {
		return
	}
	f.text, f.problem, f.committed = f.format(f.Value), "", f.Value
}

func (f *NumberField) format(v *float64) string {
	if v == nil {
		return ""
	}
	return f.Locale.FormatDecimal(*v, 6)
}

func sameNumber(a, b *float64) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

func (f *NumberField) onInput(ctx app.Context, e app.Event) {
	f.editing = true
	f.text = ctx.JSSrc().Get("value").String()
	v, problem := f.parse(f.text)
	f.problem = problem
	if problem != "" || sameNumber(v, f.Value) {
		return
	}
	f.committed = v
	f.OnChange.call(ctx, v)
}

func (f *NumberField) onBlur(ctx app.Context, e app.Event) {
	f.editing = false
	if f.problem == "" {
		f.text = f.format(f.Value)
	}
}

// parse reads the text; problem is the message to show, in the user's
// language, or empty.
func (f *NumberField) parse(text string) (v *float64, problem string) {
	x, err := f.Locale.ParseNumber(text)
	if errors.Is(err, calc.ErrEmpty) {
		if f.Optional {
			return nil, ""
		}
		return calc.Float(f.Default), ""
	}
	if err == nil {
		err = f.Range.Check(x)
	}
	if err != nil {
		return nil, numberProblem(f.Locale, err, f.Range)
	}
	return calc.Float(x), ""
}

// numberProblem words a parse or range error for the user.
func numberProblem(l calc.Locale, err error, r calc.Range) string {
	if _, ok := errors.AsType[*calc.RangeError](err); ok {
		return i18n.ErrRange.F(l, l.FormatDecimal(r.Min, 2), l.FormatDecimal(r.Max, 2))
	}
	switch {
	case errors.Is(err, calc.ErrNotWhole):
		return i18n.ErrWhole.In(l)
	case errors.Is(err, calc.ErrAmbiguous):
		return i18n.ErrAmbiguous.In(l)
	}
	return i18n.ErrNumber.In(l)
}

// Render draws the label, the input and, when the text is not valid, the
// message that says why.
func (f *NumberField) Render() app.UI {
	label := app.Label().For(f.ID).Body(
		app.Span().Text(f.Label),
		app.If(f.Hint != "", app.Span().Class("hint").Text(f.Hint)),
	)
	input := app.Input().
		Attr("inputmode", "decimal").
		Spellcheck(false).
		Value(f.text).
		Placeholder(f.Placeholder).
		OnInput(f.onInput).
		OnBlur(f.onBlur)
	problem := f.problem
	if problem == "" {
		problem = f.Error
	}
	return fieldFrame("number", f.ID, label, f.Compact, input, problem, f.DescribedBy)
}

// fieldFrame lays out a labelled text input with its inline message: the
// message carries data-error (SPEC §6) and is tied to the input for screen
// readers. A compact field's label is read aloud but not shown. A message
// elsewhere, with the id elsewhere, also marks the input invalid and
// describes it.
func fieldFrame(kind, id string, label app.HTMLLabel, compact bool, input app.HTMLInput, problem, elsewhere string) app.UI {
	errID := id + "-error"
	if compact {
		label = label.Class("visually-hidden")
	}
	var describedBy []string
	if problem != "" {
		describedBy = append(describedBy, errID)
	}
	if elsewhere != "" {
		describedBy = append(describedBy, elsewhere)
	}
	input = input.ID(id).Type("text").AutoComplete(false).Aria("invalid", len(describedBy) > 0)
	if len(describedBy) > 0 {
		input = input.Aria("describedby", strings.Join(describedBy, " "))
	}
	return app.Div().Class("field", kind).Body(
		label,
		input,
		app.If(problem != "", app.P().ID(errID).Class("field-error").DataSet("error", id).Text(problem)),
	)
}
