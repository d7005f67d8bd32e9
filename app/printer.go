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

// printer prints the report of the scenario on screen (printreport.go),
// with the share link made ahead for its QR code.
type printer struct {
	link reportLink
	ctx  app.Context // the page's, from OnMount
}

// keepLink makes the link of s once typing pauses, so that the browser's
// own print command finds it ready.
func (p *printer) keepLink(s *calc.Scenario) {
	if p.ctx == nil || p.link.pending == s {
		return
	}
	p.link.pending = s
	ctx := p.ctx
	ctx.Async(func() {
		time.Sleep(time.Second)
		if p.link.pending != s {
			return // typed on
		}
		link := shareLinkOf(s)
		ctx.Dispatch(func(app.Context) { p.link.scenario, p.link.link = s, link })
	})
}

// html writes the report of e in the language of l. Without a ready link
// (the browser's print command right after a change) it has no QR code.
func (p *printer) html(e *entry, l calc.Locale) string {
	link := "-"
	if p.link.scenario == e.scenario {
		link = p.link.link
	}
	return printReport(e.scenario, e.report, l, link, formatDate(l, time.Now()))
}

// title is the printed report's title in the language of l: the title
// of the PDF a browser saves.
func (p *printer) title(e *entry, l calc.Locale) string {
	return i18n.ReportDocumentTitle.F(l, e.scenario.Title)
}

// print prints the report of e: the same as the browser's own print
// command, which watchPrint prepares too, but always with its link.
func (p *printer) print(e *entry, l calc.Locale) {
	p.link.scenario, p.link.link = e.scenario, shareLinkOf(e.scenario)
	showReport(p.html(e, l), p.title(e, l))
	printPage()
}
