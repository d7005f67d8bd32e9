package app

import (
	"time"

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
		broken, n, notice := r.storageBroken, len(r.ws.entries), r.notice.text
		r.flush()
		if r.storageBroken != broken || len(r.ws.entries) != n || r.notice.text != notice {
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
