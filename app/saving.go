package app

import (
	"errors"
	"time"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
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

// saver keeps the workspace in the store (kv.go, storeworkspace.go): it saves
// each change, typing when it pauses, and follows other tabs' saves. A
// failing store keeps the app working in memory with the warning to
// export (notices.storageBroken); a conflict with another tab keeps both
// versions.
type saver struct {
	store *store
	ws    *workspace
	notes *notices
	// locale is the page's language, for the name of a conflict's copy.
	locale *calc.Locale
	guard  guard
	// redraw draws the page again when saving changes what it shows;
	// page is the page, and ctx its context, from OnMount, for the
	// timer's save. (page is no app.Composer: calling Update through that
	// interface would link every component's Update.)
	redraw func()
	page   app.UI
	ctx    app.Context

	timer *time.Timer
	since time.Time // the first change the timer waits to save
	index bool      // the list of scenarios waits too (a first visit)
}

// soon marks e as changed and saves it after the typing pauses.
func (s *saver) soon(e *entry) {
	e.unsaved = true
	now := time.Now()
	switch {
	case s.timer == nil:
		s.since = now
		s.timer = time.AfterFunc(saveDelay, s.fromTimer)
	case now.Sub(s.since) < saveMaxWait:
		s.timer.Reset(saveDelay)
	}
}

// fromTimer runs on the timer's goroutine: the save itself is done on
// the UI goroutine, like every change to the workspace.
func (s *saver) fromTimer() {
	if s.ctx == nil {
		return
	}
	s.ctx.Dispatcher().Dispatch(app.Dispatch{
		Mode:     app.Next, // the page changes only if saving fails
		Source:   s.page,
		Function: func(app.Context) { s.flushAndShow() },
	})
}

// flushAndShow saves what is pending and draws the page again if that
// changed what it shows (a storage warning, another tab's version kept).
func (s *saver) flushAndShow() {
	s.guard.run(func() {
		broken, n, notice := s.notes.storageBroken, len(s.ws.entries), s.notes.said(*s.locale)
		s.flush()
		if s.notes.storageBroken != broken || len(s.ws.entries) != n || s.notes.said(*s.locale) != notice {
			s.redraw()
		}
	})
}

// flush saves every scenario with typed changes not yet saved.
func (s *saver) flush() {
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	for _, e := range s.ws.entries {
		if e.unsaved {
			s.entry(e)
		}
	}
	if s.index {
		s.index = false
		s.list()
	}
}

// onLeave saves at once when the page is hidden or goes away.
func (s *saver) onLeave(ctx app.Context, ev app.Event) {
	s.flushAndShow()
}

// entry saves a scenario; a failure keeps the app working in memory with
// a warning, and a conflict with another tab keeps both versions.
func (s *saver) entry(e *entry) {
	e.unsaved = false
	err := s.store.saveEntry(e)
	switch {
	case err == nil:
		s.notes.storageBroken = false
	case errors.Is(err, errConflict):
		s.keepBoth(e)
	default:
		s.notes.storageBroken = true
	}
}

// list saves the list of scenarios.
func (s *saver) list() {
	if err := s.store.saveIndex(s.ws); err != nil {
		s.notes.storageBroken = true
	}
}

// keepBoth resolves a conflict with another tab without losing either
// side: this tab's version becomes a new scenario, and the entry takes the
// other tab's version.
func (s *saver) keepBoth(e *entry) {
	l := *s.locale
	mine := e.scenario.Clone()
	mine.Title = i18n.ConflictCopy.F(l, mine.Title)
	if theirs, _ := s.store.loadEntry(e.id); theirs != nil {
		e.scenario, e.report, e.rev = theirs.scenario, theirs.report, theirs.rev
	}
	kept := s.ws.add(mine)
	s.entry(kept)
	s.list()
	s.notes.current = notice{kind: "warning", text: func(l calc.Locale) string { return i18n.Conflict.F(l, mine.Title) }}
}

// onStorage follows another tab's save of the scenario on screen, and its
// new scenarios.
func (s *saver) onStorage(ctx app.Context, ev app.Event) {
	s.guard.run(func() {
		if s.followOtherTab(ev.Get("key").String()) {
			s.redraw()
		}
	})
}

// followOtherTab takes another tab's save of key, and says whether the
// page shows something else now.
func (s *saver) followOtherTab(key string) bool {
	e := s.ws.cur()
	switch key {
	case scenarioPrefix + e.id:
		if e.unsaved {
			// Typing not yet saved is saved first. Against the other
			// tab's newer revision that keeps both versions (keepBoth):
			// the entry takes theirs, and this tab's becomes a copy.
			s.flush()
			return true
		}
		if s.store.storedRev(e.id) <= e.rev {
			return false
		}
		if theirs, _ := s.store.loadEntry(e.id); theirs != nil {
			e.scenario, e.report, e.rev = theirs.scenario, theirs.report, theirs.rev
			s.notes.current = notice{kind: "info", text: i18n.OtherTab.In}
		}
	case indexKey:
		other, _ := s.store.loadWorkspace()
		for _, o := range other.entries {
			if s.ws.find(o.id) < 0 {
				s.ws.entries = append(s.ws.entries, o)
			}
		}
	default:
		return false
	}
	return true
}
