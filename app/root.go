// Package app is the Klantwaarde user interface, written with go-app: the
// components, their texts in Dutch and English, and the small pieces of
// browser glue they call. The numbers all come from package calc.
package app

import (
	"errors"

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

// Root is the page: it owns the scenario on screen and its report, and
// passes them down to the components that show them.
type Root struct {
	app.Compo

	locale   calc.Locale
	scenario *calc.Scenario
	report   calc.Report
	notice   notice
}

// notice is an app-wide message (SPEC §6 data-notice).
type notice struct {
	kind string // "info", "warning" or "error"; empty for none
	text string
}

// OnInit loads the scenario to show: the one in a share link when the page
// was opened with one, the ready-made example otherwise.
func (r *Root) OnInit() {
	r.locale = calc.LocaleOf(browserLanguage())
	if app.IsServer {
		r.locale = calc.Dutch
	}
	r.scenario = calc.Example()
	if payload, ok := shareHash(locationHash()); ok {
		r.openShared(payload)
	}
	r.report = calc.Compute(r.scenario)
}

// openShared shows the scenario of a share link, or says why it cannot.
func (r *Root) openShared(payload string) {
	s, err := calc.DecodeShare(payload)
	if err != nil {
		r.notice = notice{kind: "error", text: T(r.locale, msgShareBroken, firstProblem(err))}
		return
	}
	r.scenario = s
	r.notice = notice{kind: "info", text: T(r.locale, msgShareOpened)}
	clearLocationHash()
}

// firstProblem returns the first line of a calc error, for a notice.
func firstProblem(err error) string {
	var errs calc.Errors
	if errors.As(err, &errs) && len(errs) > 0 {
		return errs[0].Error()
	}
	return err.Error()
}

// OnMount tells automation that the page is interactive and its results
// are on screen (SPEC §6 data-ready).
func (r *Root) OnMount(ctx app.Context) {
	r.applyLocale(ctx)
	ctx.Defer(func(app.Context) { setDocumentAttr("data-ready", "true") })
}

func (r *Root) applyLocale(ctx app.Context) {
	ctx.Page().SetLang(string(r.locale))
	setDocumentAttr("lang", string(r.locale))
}

func (r *Root) setLocale(ctx app.Context, l calc.Locale) {
	r.locale = l
	r.applyLocale(ctx)
}

// Render lays out the page.
func (r *Root) Render() app.UI {
	l := r.locale
	return app.Div().Class("page").Body(
		app.A().Class("skip").Href("#results").Text(T(l, msgSkipToResults)),
		app.Header().Class("masthead").Body(
			app.Div().Body(
				app.H1().Text(T(l, msgAppName)),
				app.P().Class("tagline").Text(T(l, msgTagline)),
			),
			&LanguageSwitch{Locale: l, OnChange: r.setLocale},
		),
		&UpdateBanner{Locale: l},
		app.If(r.notice.kind != "",
			app.Div().Class("notice notice-"+r.notice.kind).
				DataSet("notice", r.notice.kind).
				Attr("role", noticeRole(r.notice.kind)).
				Body(
					app.P().Text(r.notice.text),
					app.Button().Class("link").Text(T(l, msgDismiss)).
						OnClick(func(ctx app.Context, e app.Event) { r.notice = notice{} }),
				),
		),
		app.Main().ID("results").Body(
			app.H2().Text(r.scenario.Title),
			&Overview{Locale: l, Scenario: r.scenario, Report: r.report},
		),
	)
}

// noticeRole makes errors and warnings interrupt a screen reader, and
// information wait its turn.
func noticeRole(kind string) string {
	if kind == "info" {
		return "status"
	}
	return "alert"
}
