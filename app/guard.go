package app

import (
	"fmt"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// guard runs fn and turns a panic into an error notice. In go-app v9 a
// panic that leaves an event handler ends the Go program, and every later
// click fails with "Go program has already exited": the user would be left
// with a dead page. Every handler that changes the workspace runs through
// guard; edits are made to a copy of the scenario (entry.edit), so a panic
// halfway leaves the scenario as it was, and it stays saved.
func (r *Root) guard(fn func()) {
	defer func() {
		if p := recover(); p != nil {
			app.Log(fmt.Sprintf("klantwaarde: recovered from a panic: %v", p))
			r.notice = notice{kind: "error", text: i18n.InternalError.In(r.locale)}
		}
	}()
	fn()
}
