package app

import (
	"time"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// reportID is the element that holds the printed report while the page
// is printed: outside go-app's tree, so that go-app never draws over it.
// web/app.css hides it on screen and, while it is there, prints only it.
const reportID = "kw-report"

// watchPrint puts the report that build writes in the page before the
// browser prints (the Print button, Ctrl+P, the browser's menu) and
// takes it out afterwards; while it prints, the document has title's
// title, which a browser gives the PDF it saves. The handlers are plain
// JavaScript callbacks, not go-app events: the browser lays the page out
// for print as soon as beforeprint returns, before go-app would draw
// anything.
func watchPrint(build, title func() string) {
	if app.IsServer {
		return
	}
	before := app.FuncOf(func(app.Value, []app.Value) any {
		showReport(build(), title())
		return nil
	})
	after := app.FuncOf(func(app.Value, []app.Value) any {
		if el := app.Window().GetElementByID(reportID); el.Truthy() {
			el.Call("remove")
		}
		if pageTitle != "" {
			app.Window().Get("document").Set("title", pageTitle)
			pageTitle = ""
		}
		return nil
	})
	app.Window().Call("addEventListener", "beforeprint", before)
	app.Window().Call("addEventListener", "afterprint", after)
}

// pageTitle is the document's own title while the report's is shown.
var pageTitle string

// showReport puts the report's HTML in the page, in place of an earlier
// one, and gives the document the report's title.
func showReport(html, title string) {
	doc := app.Window().Get("document")
	el := app.Window().GetElementByID(reportID)
	if !el.Truthy() {
		el = doc.Call("createElement", "div")
		el.Set("id", reportID)
		doc.Get("body").Call("appendChild", el)
	}
	el.Set("innerHTML", html)
	if pageTitle == "" {
		pageTitle = doc.Get("title").String()
	}
	doc.Set("title", title)
}

// reportLink is the share link of a scenario, made ahead for the
// report: links are packed with the browser's streams, which answer with
// promises, and beforeprint cannot wait for one.
type reportLink struct {
	scenario, pending *calc.Scenario
	link              string
}

// shareLinkOf is the share link of s, or "" when it is too long to offer
// (SPEC §4.1). It waits for the browser: call it from go-app's event loop
// or a goroutine, never from a JavaScript callback.
func shareLinkOf(s *calc.Scenario) string {
	payload, err := calc.EncodeShareWith(s, linkDeflate)
	if link := pageURL() + calc.SharePrefix + payload; err == nil && len(link) < maxShareLink {
		return link
	}
	return ""
}

// keepReportLink makes the link of the scenario on screen once typing
// pauses, so that the browser's own print command finds it ready.
func (r *Root) keepReportLink(e *entry) {
	if r.ctx == nil || r.printLink.pending == e.scenario {
		return
	}
	s := e.scenario
	r.printLink.pending = s
	r.ctx.Async(func() {
		time.Sleep(time.Second)
		if r.printLink.pending != s {
			return // typed on
		}
		link := shareLinkOf(s)
		r.ctx.Dispatch(func(app.Context) { r.printLink.scenario, r.printLink.link = s, link })
	})
}

// reportHTML writes the report of the scenario on screen. Without a
// ready link (the browser's print command right after a change) it has
// no QR code.
func (r *Root) reportHTML() string {
	e, link := r.ws.cur(), "-"
	if r.printLink.scenario == e.scenario {
		link = r.printLink.link
	}
	return printReport(e.scenario, e.report, r.locale, link, formatDate(r.locale, time.Now()))
}

// reportTitle is the printed report's title in the user's language: the
// title of the PDF a browser saves.
func (r *Root) reportTitle() string {
	return i18n.ReportDocumentTitle.F(r.locale, r.ws.cur().scenario.Title)
}

// printAll prints the report: the same as the browser's own print
// command, which watchPrint prepares too, but always with its link.
func (r *Root) printAll(ctx app.Context) {
	e := r.ws.cur()
	r.printLink.scenario, r.printLink.link = e.scenario, shareLinkOf(e.scenario)
	showReport(r.reportHTML(), r.reportTitle())
	printPage()
}
