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
func onDragOver(ctx app.Context, ev app.Event) {
	if ev.Get("dataTransfer").Truthy() {
		ev.PreventDefault()
	}
}

// readDropped reads the first file dropped on the page, if any, and hands
// it to done on the page's event loop.
func readDropped(ctx app.Context, ev app.Event, done func(ctx app.Context, name string, data []byte, err error)) {
	dt := ev.Get("dataTransfer")
	if !dt.Truthy() || dt.Get("files").Length() == 0 {
		return
	}
	ev.PreventDefault()
	file := dt.Get("files").Index(0)
	name := file.Get("name").String()
	readFileText(file, func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, data, err) })
	})
}
