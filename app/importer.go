package app

import (
	"errors"
	"strings"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// maxShownProblems is how many problems of a bad file a notice lists.
const maxShownProblems = 3

// importFile adds a scenario file as a new scenario. A bad file gets a
// message saying what is wrong and where, and nothing changes. It runs
// when the file has been read, after the event that chose it, and ctx may
// be the file tools': Root draws itself again.
func (r *Root) importFile(ctx app.Context, name string, data []byte) {
	r.guard(func() { r.importData(name, data) })
	r.Update()
}

func (r *Root) importData(name string, data []byte) {
	if calc.IsBackup(data) {
		r.restoreBackup(name, data)
		return
	}
	s, err := calc.DecodeBytes(data)
	if err != nil {
		r.notes.current = notice{kind: "error", text: i18n.ImportBroken.F(r.locale, name, problems(r.locale, err))}
		return
	}
	r.addScenario(s)
	r.notes.current = notice{kind: "info", text: i18n.Imported.F(r.locale, name)}
}

// problems lists the first problems of a calc error in the language of l,
// and whether there are more.
func problems(l calc.Locale, err error) string {
	errs, ok := errors.AsType[calc.Errors](err)
	if !ok {
		return i18n.Problem(l, err)
	}
	lines := make([]string, 0, maxShownProblems+1)
	for i, e := range errs {
		if i == maxShownProblems {
			lines = append(lines, "…")
			break
		}
		lines = append(lines, i18n.Problem(l, e))
	}
	return strings.Join(lines, "; ")
}

// onDragOver lets files be dropped anywhere on the page.
func (r *Root) onDragOver(ctx app.Context, ev app.Event) {
	if ev.Get("dataTransfer").Truthy() {
		ev.PreventDefault()
	}
}

// onDrop imports a dropped scenario file.
func (r *Root) onDrop(ctx app.Context, ev app.Event) {
	dt := ev.Get("dataTransfer")
	if !dt.Truthy() || dt.Get("files").Length() == 0 {
		return
	}
	ev.PreventDefault()
	file := dt.Get("files").Index(0)
	name := file.Get("name").String()
	readFileText(file, func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				r.notes.current = notice{kind: "error", text: i18n.ImportUnreadable.F(r.locale, name)}
				return
			}
			r.importFile(ctx, name, data)
		})
	})
}
