// Package app is the Klantwaarde user interface, written with go-app: the
// components, their texts in Dutch and English, and the small pieces of
// browser glue they call. The numbers all come from package calc.
package app

import (
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
// show its "not found" page for them (routeDeepLinks).
func Routes() {
	app.RouteFunc("/", newRoot)
	routeDeepLinks(newRoot)
}

func newRoot() app.Composer { return &Root{} }

// Root is the page: it owns the workspace (the kept scenarios and their
// undo histories) and passes the scenario on screen down to the editor and
// the results. Every change to a scenario goes through Root.edit (or
// Root.editSegment, for one segment), which keeps the undo history; typing
// is saved when it pauses, every other change at once. Root's methods are
// here and in actions.go (what the handlers do to the workspace); the rest
// of the page is parts that own their state and never name Root:
//
//	saving.go    saver: saving, and following other tabs (kv.go, storeworkspace.go)
//	notices.go   notices: the app-wide messages, and recovering from panics
//	charts.go    chartShelf: the charts, their widths and their lag
//	compare.go   comparePanel: the "compare with…" panel
//	slides.go    slides: which slide is on screen (slidesegments.go draws it)
//	printer.go   printer: the printed report (printreport.go writes it)
//	handlers.go  the handlers Root gives its children, and the guard
//
// docs/app.md maps the rest of the package.
type Root struct {
	app.Compo

	locale calc.Locale
	ws     *workspace
	// store keeps the workspace: the browser's localStorage, or a map
	// in tests (kv.go).
	store   *store
	segment int // the segment tab on screen
	// participant is the workshop questionnaire of a #q= link: the page
	// then shows it instead of the editor (SPEC §6 workshop mode).
	participant *calc.Questionnaire
	// ctx is Root's own context, from OnMount, for work started later.
	ctx app.Context

	notes  notices
	save   *saver // made by saving()
	charts chartShelf
	// unfolded are the panels opened so far (panel.go).
	unfolded unfolded
	compare  comparePanel
	show     slides
	print    printer
	// handlers are what Root's children call back, made once (stable).
	handlers *rootHandlers
}

// OnInit loads the workspace from the browser, then adds the scenario of a
// share link when the page was opened with one.
func (r *Root) OnInit() {
	r.locale = calc.Dutch
	r.charts.redraw = r.Update
	if r.store == nil {
		r.store = &store{kv: &localStorage{}}
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
	if fresh {
		ws.add(calc.ExampleIn(r.locale)) // in the visitor's language
	}
	switch problem {
	case storageUnavailable:
		r.notes.storageBroken = true
	case storageNewer:
		r.notes.current = notice{kind: "warning", text: i18n.StorageNewer.In}
	case storageDamaged:
		r.notes.current = notice{kind: "warning", text: i18n.StorageDamaged.In}
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
		r.saving().index = true
	}
}

// openShared adds the scenario of a share link as a new copy, or says why
// it cannot; the user's own scenarios are never touched.
func (r *Root) openShared(payload string) {
	s, err := calc.DecodeShareWith(payload, linkDeflate)
	if err != nil {
		r.notes.current = notice{kind: "error", text: func(l calc.Locale) string { return i18n.ShareBroken.F(l, i18n.Problem(l, err)) }}
		return
	}
	r.ws.add(s)
	r.segment = 0
	r.saving().entry(r.ws.cur())
	r.saving().list()
	r.notes.current = notice{kind: "info", text: i18n.ShareOpened.In}
	clearLocationHash()
}

// openQuestionnaire shows the questionnaire of a #q= link instead of the
// editor, in the workshop's language unless the user chose one; a link that
// does not decode gets a message and the editor, with nothing changed.
func (r *Root) openQuestionnaire(payload string) {
	q, err := calc.DecodeQuestionnaireWith(payload, linkDeflate)
	if err != nil {
		r.notes.current = notice{kind: "error", text: func(l calc.Locale) string { return i18n.QuestionnaireBroken.F(l, i18n.Problem(l, err)) }}
		clearLocationHash()
		return
	}
	r.participant = q
	if _, chosen := r.store.savedLocale(); !chosen && q.Locale != "" {
		r.locale = calc.LocaleOf(q.Locale)
	}
}

// OnMount listens for other tabs and for the keyboard shortcuts, and tells
// automation that the page is interactive (SPEC §6 data-ready).
func (r *Root) OnMount(ctx app.Context) {
	r.ctx, r.saving().ctx, r.charts.ctx, r.print.ctx = ctx, ctx, ctx, ctx
	r.applyLocale(ctx)
	app.Window().AddEventListener("pagehide", r.save.onLeave)
	app.Window().AddEventListener("visibilitychange", r.save.onLeave)
	app.Window().AddEventListener("storage", r.save.onStorage)
	listenKeys(ctx, r.mayBeShortcut, r.onKey)
	app.Window().AddEventListener("dragover", onDragOver)
	app.Window().AddEventListener("drop", r.onDrop)
	app.Window().AddEventListener("fullscreenchange", r.show.onFullscreenChange)
	// Every element is in the page now, with its handlers: the results
	// were drawn by the mount itself, and the children's OnMount, which
	// ran before this one, change nothing on screen. The frame go-app
	// draws next only compares each component with itself.
	watchPrint(func() string { return r.print.html(r.ws.cur(), r.locale) }, func() string { return r.print.title(r.ws.cur(), r.locale) })
	setDocumentAttr("data-ready", "true")
	if r.save.index {
		r.save.soon(r.ws.cur()) // a first visit's example: a timer, no work now
	}
}

func (r *Root) applyLocale(ctx app.Context) {
	ctx.Page().SetLang(string(r.locale))
	ctx.Page().SetTitle(i18n.PageTitle.In(r.locale))
	setDocumentAttr("lang", string(r.locale))
}

func (r *Root) setLocale(ctx app.Context, l calc.Locale) {
	r.locale = l
	r.applyLocale(ctx)
	if err := r.store.saveLocale(l); err != nil {
		r.notes.storageBroken = true
	}
}

// edit applies one change to the scenario on screen as an undoable step
// and saves it. Edits with the same key in quick succession (typing in one
// field) are one step.
func (r *Root) edit(ctx app.Context, key string, fn func(*calc.Scenario)) {
	e := r.ws.cur()
	if e.edit(key, time.Now(), fn) {
		r.edited(e, key)
	}
}

// editSegment is edit for a change to one segment (entry.editSegment).
func (r *Root) editSegment(ctx app.Context, key, id string, fn func(*calc.Segment)) {
	e := r.ws.cur()
	if e.editSegment(key, time.Now(), id, fn) {
		r.edited(e, key)
	}
}

// edited saves an edit: typing (a keyed edit) when it pauses, with the
// charts a frame behind the numbers; anything else at once.
func (r *Root) edited(e *entry, key string) {
	if key == "" {
		r.saving().entry(e)
		return
	}
	r.saving().soon(e)
	r.charts.lagBehind()
}

// rootHandlers are the callbacks Root gives its children (handlers.go),
// made once: a child whose fields are unchanged is not drawn again, and a
// function never compares equal, but the same pointer does (see Change).
type rootHandlers struct {
	locale   *Change[calc.Locale]
	scenario *scenarioActions
	files    *fileActions
	edits    *edits
	slides   *presenterActions
	workshop *Change[*appliedMeans]
	tryPlan  *Change[string]
}

// stable makes the handlers, each wrapped in the panic guard here, once.
func (r *Root) stable() *rootHandlers {
	if r.handlers == nil {
		g := r.guard()
		r.handlers = &rootHandlers{
			locale:   guardedChange(g, r.setLocale),
			scenario: r.scenarioActions().guarded(g),
			files: fileActions{
				current: func() (*calc.Scenario, calc.Report) {
					e := r.ws.cur()
					return e.scenario, e.report
				},
				entries:    func() []*entry { return r.ws.entries },
				importFile: r.importFile,
				present:    func(app.Context) { r.show.start(firstSlideOf(r.ws.cur().report, r.segment)) },
				print:      func(app.Context) { r.print.print(r.ws.cur(), r.locale) },
			}.guarded(g),
			edits: edits{edit: r.edit, editSegment: r.editSegment, selectSegment: r.selectSegment, removeSegment: r.removeSegment}.guarded(g),
			slides: presenterActions{
				step:  func(_ app.Context, by int) { r.show.step(by, slidesOf(r.ws.cur(), r.store)) },
				close: func(app.Context) { r.show.stop() },
			}.guarded(g),
			workshop: guardedChange(g, r.applyWorkshop),
			tryPlan:  guardedChange(g, r.tryPlan),
		}
	}
	return r.handlers
}

// saving is the part that keeps r's workspace, made when it is first
// needed (after OnInit has loaded the workspace, or in a test).
func (r *Root) saving() *saver {
	if r.save == nil {
		r.save = &saver{store: r.store, ws: r.ws, notes: &r.notes, locale: &r.locale, guard: r.guard(), redraw: r.Update, page: r}
	}
	return r.save
}

// guard turns a panic into an error notice (notices.panicked): every
// handler that changes the page runs under it.
func (r *Root) guard() guard {
	return func() {
		if p := recover(); p != nil {
			r.notes.panicked(r.locale, p)
		}
	}
}

// Render lays out the page: the scenario bar, the editor beside the
// results, and the overview of all segments. The server sends the first
// view instead (firstview.go), which this page replaces.
func (r *Root) Render() app.UI {
	if app.IsServer {
		return renderFirstView(firstVisitPage)
	}
	l, e := r.locale, r.ws.cur()
	r.print.keepLink(e.scenario)
	if r.participant != nil {
		return &Participant{Locale: l, Questionnaire: r.participant, OnLocale: r.stable().locale, Store: r.store}
	}
	if r.show.on {
		return &Presenter{
			Locale: l, Scenario: e.scenario, Report: e.report, Slide: r.show.slide,
			Actions: r.stable().slides, RoomKey: e.id, Store: r.store,
		}
	}
	return r.page(time.Now())
}

// firstVisitPage draws the page a first visit in locale l opens with, its
// charts at the given widths (by name; the rest as the page guesses): the
// server draws it in the first view (firstview.go), with no day.
func firstVisitPage(l calc.Locale, chartWidths map[string]float64) app.UI {
	r := &Root{locale: l, store: &store{kv: memoryKV{}}}
	r.ws = &workspace{}         // a first visit: nothing kept (Root.OnInit)
	r.ws.add(calc.ExampleIn(l)) // the example in the visitor's language, as Root.OnInit adds it
	r.charts.widths.width = chartWidths
	return r.page(time.Time{})
}

// page is the page of the scenario on screen, printed on the given day.
// The server draws it too, for the example a first visit opens with, with
// no day: what it sends must not change from one day to the next.
func (r *Root) page(today time.Time) app.UI {
	l, e := r.locale, r.ws.cur()
	seg := min(r.segment, max(len(e.scenario.Segments)-1, 0))
	printedOn := ""
	if !today.IsZero() {
		printedOn = i18n.PrintedOn.F(l, formatDate(l, today))
	}
	titles := r.entryTitles()
	return app.Div().Class("page").Body(
		app.A().Class("skip").Href("#results").Text(i18n.SkipToResults.In(l)),
		app.Header().Class("masthead").Body(
			appTitle(l),
			&LanguageSwitch{Locale: l, OnChange: r.stable().locale},
		),
		r.notes.render(l, &UpdateBanner{Locale: l}),
		r.notes.toast(l),
		&ScenarioBar{
			Locale: l, Entries: titles, Current: r.ws.current,
			CanUndo: e.canUndo(), CanRedo: e.canRedo(), ReadOnly: e.readOnly,
			Title: e.scenario.Title, Actions: r.stable().scenario,
			Empty: len(e.scenario.Segments) == 0, Files: r.stable().files,
		},
		workshopPanel(&r.unfolded, l, e, r.store, r.stable().workshop),
		r.compare.render(l, r.ws, titles),
		app.Div().Class("workbench").Body(
			&Editor{
				Locale: l, Scenario: e.scenario, Report: e.report, Segment: seg,
				ReadOnly: e.readOnly, Edits: r.stable().edits,
			},
			app.Main().ID("results").Class("results").Body(
				app.H2().Text(e.scenario.Title),
				verdictList(l, e.scenario, e.report),
				app.P().Class("print-only").Text(printedOn),
				app.Div().Class("segment-detail").Body(r.segmentResults(e, seg), r.charts.segment(e, seg, l)),
				&Overview{Locale: l, Scenario: e.scenario, Report: e.report},
				r.charts.portfolio(e, l),
			),
		),
	)
}

// appTitle is the masthead's name and tagline, the same in the shell and
// on the page that replaces it.
func appTitle(l calc.Locale) app.UI {
	return app.Div().Body(
		app.H1().Text(i18n.AppName.In(l)),
		app.P().Class("tagline").Text(i18n.Tagline.In(l)),
		app.P().Class("intro").Text(i18n.Intro.In(l)),
	)
}

// segmentResults explains one segment, if there is one.
func (r *Root) segmentResults(e *entry, seg int) app.UI {
	if seg >= len(e.scenario.Segments) {
		return nil
	}
	return &SegmentResults{Locale: r.locale, Scenario: e.scenario, Report: e.report.Segments[seg], Segment: e.scenario.Segments[seg],
		TryPlan: r.stable().tryPlan,
	}
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
