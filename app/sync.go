package app

import (
	"errors"
	"time"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Typing is saved when it pauses, not on every keystroke, and a first
// visit's example once the page is up: at 50 segments a
// save encodes and stores about 100 kB, which is most of a keystroke's
// time. Everything else (undo, a new segment, a deletion) is saved at once.
//
// Nothing typed is lost to this: the page saves what is pending when it is
// hidden or closed (visibilitychange, pagehide: a reload, a closed tab, the
// phone switching apps) and before it follows another tab's save of the
// same scenario. Only a crash of the browser itself within saveMaxWait of a
// keystroke can lose that keystroke.
const (
	// saveDelay is the pause in typing after which it is saved.
	saveDelay = 300 * time.Millisecond
	// saveMaxWait bounds how long typing without a pause stays unsaved.
	saveMaxWait = 2 * time.Second
)

// pendingSave is the timer of the next save of typed changes.
type pendingSave struct {
	timer *time.Timer
	since time.Time // the first change it waits to save
	index bool      // the list of scenarios waits too (a first visit)
}

// persistSoon marks e as changed and saves it after the typing pauses.
func (r *Root) persistSoon(e *entry) {
	e.unsaved = true
	now := time.Now()
	switch {
	case r.save.timer == nil:
		r.save.since = now
		r.save.timer = time.AfterFunc(saveDelay, r.saveFromTimer)
	case now.Sub(r.save.since) < saveMaxWait:
		r.save.timer.Reset(saveDelay)
	}
}

// saveFromTimer runs on the timer's goroutine: the save itself is done on
// the UI goroutine, like every change to the workspace.
func (r *Root) saveFromTimer() {
	if r.ctx == nil {
		return
	}
	r.ctx.Dispatcher().Dispatch(app.Dispatch{
		Mode:     app.Next, // the page changes only if saving fails
		Source:   r,
		Function: func(app.Context) { r.flushAndShow() },
	})
}

// flushAndShow saves what is pending and draws the page again if that
// changed what it shows (a storage warning, another tab's version kept).
func (r *Root) flushAndShow() {
	r.guard(func() {
		broken, n, notice := r.notes.storageBroken, len(r.ws.entries), r.notes.current.text
		r.flush()
		if r.notes.storageBroken != broken || len(r.ws.entries) != n || r.notes.current.text != notice {
			r.Update()
		}
	})
}

// flush saves every scenario with typed changes not yet saved.
func (r *Root) flush() {
	if r.save.timer != nil {
		r.save.timer.Stop()
		r.save.timer = nil
	}
	for _, e := range r.ws.entries {
		if e.unsaved {
			r.persist(e)
		}
	}
	if r.save.index {
		r.save.index = false
		r.persistIndex()
	}
}

// onLeave saves at once when the page is hidden or goes away.
func (r *Root) onLeave(ctx app.Context, ev app.Event) {
	r.flushAndShow()
}

// persist saves a scenario; a failure keeps the app working in memory with
// a warning, and a conflict with another tab keeps both versions.
func (r *Root) persist(e *entry) {
	e.unsaved = false
	err := r.store.saveEntry(e)
	switch {
	case err == nil:
		r.notes.storageBroken = false
	case errors.Is(err, errConflict):
		r.keepBoth(e)
	default:
		r.notes.storageBroken = true
	}
}

func (r *Root) persistIndex() {
	if err := r.store.saveIndex(r.ws); err != nil {
		r.notes.storageBroken = true
	}
}

// keepBoth resolves a conflict with another tab without losing either
// side: this tab's version becomes a new scenario, and the entry takes the
// other tab's version.
func (r *Root) keepBoth(e *entry) {
	mine := e.scenario.Clone()
	mine.Title = i18n.ConflictCopy.F(r.locale, mine.Title)
	if theirs, _ := r.store.loadEntry(e.id); theirs != nil {
		e.scenario, e.report, e.rev = theirs.scenario, theirs.report, theirs.rev
	}
	kept := r.ws.add(mine)
	r.persist(kept)
	r.persistIndex()
	r.notes.current = notice{kind: "warning", text: i18n.Conflict.F(r.locale, mine.Title)}
}

// onStorage follows another tab's save of the scenario on screen, and its
// new scenarios.
func (r *Root) onStorage(ctx app.Context, ev app.Event) {
	r.guard(func() { r.followOtherTab(ev) })
}

func (r *Root) followOtherTab(ev app.Event) {
	key := ev.Get("key").String()
	e := r.ws.cur()
	switch key {
	case scenarioPrefix + e.id:
		if e.unsaved {
			// Typing not yet saved is saved first. Against the other
			// tab's newer revision that keeps both versions (keepBoth):
			// the entry takes theirs, and this tab's becomes a copy.
			r.flush()
			break
		}
		if r.store.storedRev(e.id) <= e.rev {
			return
		}
		if theirs, _ := r.store.loadEntry(e.id); theirs != nil {
			e.scenario, e.report, e.rev = theirs.scenario, theirs.report, theirs.rev
			r.notes.current = notice{kind: "info", text: i18n.OtherTab.In(r.locale)}
		}
	case indexKey:
		other, _ := r.store.loadWorkspace()
		for _, o := range other.entries {
			if r.ws.find(o.id) < 0 {
				r.ws.entries = append(r.ws.entries, o)
			}
		}
	default:
		return
	}
	r.Update()
}
