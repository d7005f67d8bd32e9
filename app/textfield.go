package app

import (
	"errors"
	"strings"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// TextField is a labelled input for a name or title. Like NumberField it
// commits valid text as the user types and explains invalid text inline.
// Names are text: they are shown as typed, never as markup.
type TextField struct {
	app.Compo

	ID       string
	Label    string
	Value    string
	Required bool // a name must have a character (calc.CheckName)
	Locale   calc.Locale
	Compact  bool
	OnChange *Change[string]

	text      string
	problem   string
	editing   bool
	committed string
}

// OnInit and OnUpdate show the model's text unless the user is typing
// it; see NumberField.
func (f *TextField) OnInit() { f.sync() }

func (f *TextField) OnUpdate(ctx app.Context) { f.sync() }

func (f *TextField) sync() {
	if f.editing && f.Value == f.committed {
		return
	}
	f.text, f.problem, f.committed = f.Value, "", f.Value
}

func (f *TextField) onInput(ctx app.Context, e app.Event) {
	f.editing = true
	f.text = ctx.JSSrc().Get("value").String()
	v := strings.TrimSpace(f.text)
	f.problem = nameProblem(f.Locale, calc.CheckName(v, f.Required))
	if f.problem != "" || v == f.Value {
		return
	}
	f.committed = v
	f.OnChange.call(ctx, v)
}

func (f *TextField) onBlur(ctx app.Context, e app.Event) {
	f.editing = false
	if f.problem == "" {
		f.text = f.Value
	}
}

// nameProblem words calc's verdict on a name for the field, or is empty.
func nameProblem(l calc.Locale, err error) string {
	p, ok := errors.AsType[*calc.Problem](err)
	switch {
	case err == nil:
		return ""
	case errors.Is(err, calc.ErrNameLength) && ok:
		return i18n.ErrNameLong.F(l, p.Limit)
	}
	return i18n.ErrNameEmpty.In(l)
}

// Render draws the label, the input and any message.
func (f *TextField) Render() app.UI {
	input := app.Input().Value(f.text).OnInput(f.onInput).OnBlur(f.onBlur)
	return fieldFrame("text", f.ID, app.Label().For(f.ID).Text(f.Label), f.Compact, input, f.problem, "")
}
