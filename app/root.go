// Package app is the Klantwaarde user interface, written with go-app: the
// components, their texts in Dutch and English, and the small pieces of
// browser glue they call. The numbers all come from package calc.
package app

import (
	"errors"
	"strings"
	"time"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Routes registers the pages of the app. The WebAssembly main and the
// server both call it, so that the server prerenders what the browser runs.
// Every other path shows the app too: the server and the service worker
// answer deep links with the page, and go-app's router would otherwise
// show its "not found" page for them.
func Routes() {
	app.RouteFunc("/", func() app.Composer { return &Root{} })
	app.RouteWithRegexpFunc("^/.*", func() app.Composer { return &Root{} })
}

// Root is the page: it owns the workspace (the kept scenarios and their
// undo histories) and passes the scenario on screen down to the editor and
// the results. Every change to a scenario goes through Root.edit (or
// Root.editSegment, for one segment), which keeps the undo history; typing
// is saved when it pauses (save.go), every other change at once.
type Root struct {
	app.Compo

	locale calc.Locale
	ws     *workspace
	// store keeps the workspace: the browser's localStorage, or a map
	// in tests (store.go).
	store   *store
	segment int // the segment tab on screen
	notice  notice
	// storageBroken keeps the warning to export up while storage fails.
	storageBroken bool
	presenting    bool
	slide         int
	// printingAll draws every segment's results and charts, for the
	// printed report, while the print dialog is open.
	printingAll bool
	// participant is the workshop questionnaire of a #q= link: the page
	// then shows it instead of the editor (SPEC §6 workshop mode).
	participant *calc.Questionnaire

	// ctx is Root's own context, from OnMount, for work that a timer
	// starts (saving after a pause in typing).
	ctx app.Context
	// save is the pending save of typed changes (save.go).
	save pendingSave
	// chartsLag shows the charts as they were for one frame after a typed
	// change (charts.go).
	chartsLag bool
	// unfolded are the panels opened so far (panel.go).
	unfolded unfolded
	compare  comparison // the "compare with…" panel (compare.go)
	// handlers are what Root's children call back, made once (stable).
	handlers *rootHandlers
}

// notice is an app-wide message (SPEC §6 data-notice), with an optional
// action such as "undo".
type notice struct {
	kind        string // "info", "warning" or "error"; empty for none
	text        string
	actionLabel string
	action      func(ctx app.Context)
}

// OnInit loads the workspace from the browser, then adds the scenario of a
// share link when the page was opened with one.
func (r *Root) OnInit() {
	r.locale = calc.Dutch
	if r.store == nil {
		r.store = &store{kv: localStorage{}}
	}
	if app.IsServer {
		return // the server draws the shell only (Render)
	}
	if l, ok := r.store.savedLocale(); ok {
		r.locale = l
	} else {
		r.locale = calc.LocaleOf(browserLanguage())
	}
	ws, problem := r.store.loadWorkspace()
	r.ws = ws
	fresh := len(ws.entries) == 0
	r.ws.cur()
	switch problem {
	case storageUnavailable:
		r.storageBroken = true
	case storageNewer:
		r.notice = notice{kind: "warning", text: i18n.StorageNewer.In(r.locale)}
	case storageDamaged:
		r.notice = notice{kind: "warning", text: i18n.StorageDamaged.In(r.locale)}
	}
	if payload, ok := strings.CutPrefix(locationHash(), calc.QuestionnairePrefix); ok {
		r.openQuestionnaire(payload)
	} else if payload, ok := shareHash(locationHash()); ok {
		r.openShared(payload)
	} else if fresh {
		// The example a first visit opens with is saved once the page is
		// up (OnMount): it is not the user's work yet, and saving it first
		// would keep the page from showing.
		r.ws.cur().unsaved = true
		r.save.index = true
	}
}

// openShared adds the scenario of a share link as a new copy, or says why
// it cannot; the user's own scenarios are never touched.
func (r *Root) openShared(payload string) {
	s, err := calc.DecodeShareWith(payload, linkDeflate)
	if err != nil {
		r.notice = notice{kind: "error", text: i18n.ShareBroken.F(r.locale, i18n.Problem(r.locale, err))}
		return
	}
	r.ws.add(s)
	r.segment = 0
	r.persist(r.ws.cur())
	r.persistIndex()
	r.notice = notice{kind: "info", text: i18n.ShareOpened.In(r.locale)}
	clearLocationHash()
}

// OnMount listens for other tabs and for the keyboard shortcuts, and tells
// automation that the page is interactive (SPEC §6 data-ready).
func (r *Root) OnMount(ctx app.Context) {
	r.ctx = ctx
	r.applyLocale(ctx)
	app.Window().AddEventListener("pagehide", r.onLeave)
	app.Window().AddEventListener("visibilitychange", r.onLeave)
	app.Window().AddEventListener("storage", r.onStorage)
	app.Window().AddEventListener("keydown", r.onKeyDown)
	app.Window().AddEventListener("dragover", r.onDragOver)
	app.Window().AddEventListener("drop", r.onDrop)
	app.Window().AddEventListener("fullscreenchange", r.onFullscreenChange)
	// Every element is in the page now, with its handlers: the results
	// were drawn by the mount itself, and the children's OnMount, which
	// ran before this one, change nothing on screen. The frame go-app
	// draws next only compares each component with itself.
	setDocumentAttr("data-ready", "true")
	if r.save.index {
		r.persistSoon(r.ws.cur()) // a first visit's example: a timer, no work now
	}
}

func (r *Root) applyLocale(ctx app.Context) {
	ctx.Page().SetLang(string(r.locale))
	setDocumentAttr("lang", string(r.locale))
}

func (r *Root) setLocale(ctx app.Context, l calc.Locale) {
	r.locale = l
	r.applyLocale(ctx)
	if err := r.store.saveLocale(l); err != nil {
		r.storageBroken = true
	}
}

// edit applies one change to the scenario on screen as an undoable step
// and saves it. Edits with the same key in quick succession (typing in one
// field) are one step.
func (r *Root) edit(ctx app.Context, key string, fn func(*calc.Scenario)) {
	r.guard(func() {
		e := r.ws.cur()
		if e.edit(key, time.Now(), fn) {
			r.edited(e, key)
		}
	})
}

// editSegment is edit for a change to one segment (entry.editSegment).
func (r *Root) editSegment(ctx app.Context, key, id string, fn func(*calc.Segment)) {
	r.guard(func() {
		e := r.ws.cur()
		if e.editSegment(key, time.Now(), id, fn) {
			r.edited(e, key)
		}
	})
}

// edited saves an edit: typing (a keyed edit) when it pauses, with the
// charts a frame behind the numbers; anything else at once.
func (r *Root) edited(e *entry, key string) {
	if key == "" {
		r.persist(e)
		return
	}
	r.persistSoon(e)
	r.lagCharts()
}

// persist saves a scenario; a failure keeps the app working in memory with
// a warning, and a conflict with another tab keeps both versions.
func (r *Root) persist(e *entry) {
	e.unsaved = false
	err := r.store.saveEntry(e)
	switch {
	case err == nil:
		r.storageBroken = false
	case errors.Is(err, errConflict):
		r.keepBoth(e)
	default:
		r.storageBroken = true
	}
}

func (r *Root) persistIndex() {
	if err := r.store.saveIndex(r.ws); err != nil {
		r.storageBroken = true
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
	r.notice = notice{kind: "warning", text: i18n.Conflict.F(r.locale, mine.Title)}
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
			r.notice = notice{kind: "info", text: i18n.OtherTab.In(r.locale)}
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

// onKeyDown gives undo and redo their usual keys everywhere on the page,
// and moves through the slides when presenting.
func (r *Root) onKeyDown(ctx app.Context, ev app.Event) {
	r.guard(func() { r.handleKey(ctx, ev) })
}

func (r *Root) handleKey(ctx app.Context, ev app.Event) {
	if r.participant != nil {
		return // no scenario on screen to undo
	}
	if r.presenting {
		r.presentKey(ctx, ev)
		return
	}
	if !ev.Get("ctrlKey").Bool() && !ev.Get("metaKey").Bool() {
		return
	}
	switch key := ev.Get("key").String(); {
	case (key == "z" || key == "Z") && ev.Get("shiftKey").Bool(), key == "y":
		ev.PreventDefault()
		r.redo(ctx)
	case key == "z":
		ev.PreventDefault()
		r.undo(ctx)
	default:
		return
	}
	r.Update()
}

func (r *Root) undo(ctx app.Context) {
	if e := r.ws.cur(); e.stepBack() {
		r.persist(e)
	}
}

func (r *Root) redo(ctx app.Context) {
	if e := r.ws.cur(); e.stepForward() {
		r.persist(e)
	}
}

// rootHandlers are the callbacks Root gives its children, made once: a
// child whose fields are unchanged is not drawn again, and a function
// never compares equal, but the same pointer does (see Change).
type rootHandlers struct {
	locale   *Change[calc.Locale]
	scenario *scenarioActions
	files    *fileActions
}

func (r *Root) stable() *rootHandlers {
	if r.handlers == nil {
		actions := r.scenarioActions()
		r.handlers = &rootHandlers{
			locale:   &Change[calc.Locale]{apply: r.setLocale},
			scenario: &actions,
			files: &fileActions{
				current: func() (*calc.Scenario, calc.Report) {
					e := r.ws.cur()
					return e.scenario, e.report
				},
				entries:    func() []*entry { return r.ws.entries },
				importFile: r.importFile,
				present:    r.startPresenting,
				print:      r.printAll,
			},
		}
	}
	return r.handlers
}

// Render lays out the page: the scenario bar, the editor beside the
// results, and the overview of all segments.
func (r *Root) Render() app.UI {
	if app.IsServer {
		return renderShell()
	}
	l, e := r.locale, r.ws.cur()
	seg := min(r.segment, max(len(e.scenario.Segments)-1, 0))
	if r.participant != nil {
		return &Participant{Locale: l, Questionnaire: r.participant, OnLocale: r.stable().locale}
	}
	if r.presenting {
		return &Presenter{
			Locale: l, Scenario: e.scenario, Report: e.report, Slide: r.slide,
			OnMove: r.moveSlide, OnClose: r.stopPresenting,
		}
	}
	return app.Div().Class("page").Body(
		app.A().Class("skip").Href("#results").Text(i18n.SkipToResults.In(l)),
		app.Header().Class("masthead").Body(
			appTitle(l),
			&LanguageSwitch{Locale: l, OnChange: r.stable().locale},
		),
		r.renderNotices(),
		&ScenarioBar{
			Locale: l, Entries: r.entryTitles(), Current: r.ws.current,
			CanUndo: e.canUndo(), CanRedo: e.canRedo(), ReadOnly: e.readOnly,
			Title: e.scenario.Title, Actions: r.stable().scenario,
		},
		&FileTools{Locale: l, Empty: len(e.scenario.Segments) == 0, Tools: r.stable().files},
		r.workshopPanel(e),
		r.comparePanel(e),
		app.Div().Class("workbench").Body(
			&Editor{
				Locale: l, Scenario: e.scenario, Report: e.report, Segment: seg,
				ReadOnly: e.readOnly, Edit: r.edit, EditSegment: r.editSegment, Select: r.selectSegment,
			},
			app.Main().ID("results").Class("results").Body(
				app.H2().Text(e.scenario.Title),
				app.P().Class("print-only").Text(i18n.PrintedOn.F(l, formatDate(l, time.Now()))),
				r.segmentDetails(e, seg),
				&Overview{Locale: l, Scenario: e.scenario, Report: e.report},
				r.portfolioCharts(e),
			),
		),
	)
}

// renderShell is the page the server sends: the masthead and what the
// app is for, in both languages, shown until the WebAssembly has started
// and go-app draws the page in its place (go-app's loader bar says it is
// loading). The whole page used to be sent: the browser parsed and laid
// out its 760 elements, and go-app then drew them all anew (v9 does not
// adopt prerendered nodes).
func renderShell() app.UI {
	return app.Div().Class("page").Body(
		app.Header().Class("masthead").Body(appTitle(calc.Dutch)),
		app.Section().Class("shell").Body(
			app.P().Text(i18n.Intro.In(calc.Dutch)),
			app.P().Lang("en").Text(i18n.Intro.In(calc.English)),
		),
	)
}

// appTitle is the masthead's name and tagline, the same in the shell and
// on the page that replaces it.
func appTitle(l calc.Locale) app.UI {
	return app.Div().Body(
		app.H1().Text(i18n.AppName.In(l)),
		app.P().Class("tagline").Text(i18n.Tagline.In(l)),
	)
}

// segmentDetails explains the segment on screen with its charts; when
// printing, every segment in turn.
func (r *Root) segmentDetails(e *entry, seg int) app.UI {
	if !r.printingAll {
		return app.Div().Class("segment-detail").Body(r.segmentResults(e, seg), r.segmentCharts(e, seg))
	}
	return app.Div().Class("print-all").Body(app.Range(e.scenario.Segments).Slice(func(i int) app.UI {
		return app.Div().Class("segment-detail").DataSet("print-segment", e.scenario.Segments[i].ID).Body(
			r.segmentResults(e, i), r.segmentCharts(e, i))
	}))
}

// printAll prints the report with every segment's results and charts:
// they are drawn for the print only, then the page is as it was. (The
// browser's own print command prints the page as it is on screen.)
func (r *Root) printAll(ctx app.Context) {
	// ctx belongs to the button that asked; Root draws itself again.
	r.printingAll = true
	r.Update()
	ctx.Defer(func(ctx app.Context) {
		printPage()
		r.printingAll = false
		r.Update()
	})
}

// segmentResults explains one segment, if there is one.
func (r *Root) segmentResults(e *entry, seg int) app.UI {
	if seg >= len(e.scenario.Segments) {
		return nil
	}
	return &SegmentResults{Locale: r.locale, Scenario: e.scenario, Report: e.report.Segments[seg], Segment: e.scenario.Segments[seg]}
}

func (r *Root) renderNotices() app.UI {
	l := r.locale
	return app.Div().Class("notices").Body(
		app.If(r.storageBroken,
			app.Div().Class("notice notice-warning").DataSet("notice", "warning").Attr("role", "alert").Body(
				app.P().Text(i18n.StorageBroken.In(l)),
			),
		),
		&UpdateBanner{Locale: l},
		app.If(r.notice.kind != "",
			app.Div().Class("notice notice-"+r.notice.kind).
				DataSet("notice", r.notice.kind).
				Attr("role", noticeRole(r.notice.kind)).
				Body(
					app.P().Text(r.notice.text),
					app.If(r.notice.action != nil,
						app.Button().Class("secondary").Text(r.notice.actionLabel).
							OnClick(func(ctx app.Context, e app.Event) {
								act := r.notice.action
								r.notice = notice{}
								act(ctx)
							}),
					),
					app.Button().Class("link").Text(i18n.Dismiss.In(l)).
						OnClick(func(ctx app.Context, e app.Event) { r.notice = notice{} }),
				),
		),
	)
}

func (r *Root) selectSegment(ctx app.Context, i int) { r.segment = i }

func (r *Root) entryTitles() []string {
	titles := make([]string, len(r.ws.entries))
	for i, e := range r.ws.entries {
		titles[i] = e.scenario.Title
		if titles[i] == "" {
			titles[i] = i18n.Untitled.In(r.locale)
		}
	}
	return titles
}

// noticeRole makes errors and warnings interrupt a screen reader, and
// information wait its turn.
func noticeRole(kind string) string {
	if kind == "info" {
		return "status"
	}
	return "alert"
}
