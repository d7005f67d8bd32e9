//go:build !wasm

package app

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// renderFirstView is the page the server sends: what a visit shows first,
// until the WebAssembly has started and go-app puts the app's own page in
// its place, in one operation. A first visit opens with the example, so
// the page carries the example's page as the app draws it, in Dutch and in
// English; a visit that opens something else gets a skeleton: a visitor
// with kept scenarios, a share link, a questionnaire link, or storage that
// does not work. web/storage-guard.js tells which from the head, before
// the body is read (<html data-first-view>), and the stylesheet shows that
// one alone; without it, the skeleton shows.
//
// The copies of the example are inert (what is typed into them would be
// lost) and busy, with the status that says the app is loading.
// The server side only: none of it is in the WebAssembly. example draws
// the page a first visit in a locale opens with, its charts at the given
// widths (by name; the rest at the wide band).
func renderFirstView(example func(l calc.Locale, chartWidths map[string]float64) app.UI) app.UI {
	views := []app.UI{
		app.P().Class("skeleton-status").Attr("role", "status").Body(bothMsg(i18n.ShellLoading)...),
		renderShell(),
		renderQuestionnaireShell(),
		// The stylesheet shows each view once the mark after it is parsed:
		// the browser would otherwise paint the part parsed so far, laid
		// out without what comes after it (on a phone, the results that
		// take their place before the editor), and move it when the rest
		// arrives.
		app.Span().Class("fv-end-shells"),
	}
	for _, l := range firstViewLocales {
		views = append(views, exampleView(example, l, "fv-"+string(l)+"-"), app.Span().Class("fv-end-"+string(l)))
	}
	return app.Div().Class("first-view").Body(views...)
}

// exampleView is the page a first visit in locale l opens with, drawn by
// the components the browser runs, as markup with idPrefix before every id
// and every reference to one: ids must stay unique in the page, and none
// may be the app's own, which a script could find before the app is ready.
//
// Each chart is drawn twice, for a phone's place and for a wider one
// (chartBand), and the stylesheet shows the one that fits its place; the
// app's first drawing is that one too, so no chart jumps when the app's
// page replaces this one.
func exampleView(example func(l calc.Locale, chartWidths map[string]float64) app.UI, l calc.Locale, idPrefix string) app.UI {
	wide := exampleMarkup(example, l, nil)
	narrow := exampleMarkup(example, l, map[string]float64{
		"gap-profile": narrowChartBand, "lifetime": narrowChartBand, "value-map": narrowChartBand, "quadrant": narrowChartBand,
	})
	narrowSVGs := svgRe.FindAllString(narrow, -1)
	i := 0
	page := svgRe.ReplaceAllStringFunc(wide, func(svg string) string {
		if i >= len(narrowSVGs) {
			return svg
		}
		n := prefixIDs(narrowSVGs[i], "narrow-")
		i++
		return strings.Replace(svg, `class="kw-chart`, `class="kw-chart band-wide`, 1) +
			strings.Replace(n, `class="kw-chart`, `class="kw-chart band-narrow`, 1)
	})
	return app.Raw(prefixIDs(page, idPrefix))
}

// svgRe finds a chart's drawing in the page (package chart's SVG, never
// nested).
var svgRe = regexp.MustCompile(`(?s)<svg .*?</svg>`)

// exampleMarkup is the markup of the page a first visit in locale l
// opens with, drawn by example at the given chart widths, inert and busy.
func exampleMarkup(example func(l calc.Locale, chartWidths map[string]float64) app.UI, l calc.Locale, chartWidths map[string]float64) string {
	view := app.Div().Class("fv-example", "fv-"+string(l)).Attr("inert", true).Aria("busy", "true").Body(
		example(l, chartWidths),
	)
	d := app.NewServerTester(view)
	defer d.Close()
	return app.HTMLString(view)
}

// idRefRe finds an id, or an attribute that names ids, in markup written
// by go-app or package chart (double-quoted values).
var idRefRe = regexp.MustCompile(`\s(id|for|headers|list|aria-labelledby|aria-describedby|aria-controls|aria-owns|aria-activedescendant|aria-errormessage|href)="([^"]*)"`)

// prefixIDs puts prefix before every id in markup and every reference to
// one: the space-separated lists of for, aria-labelledby and the like, and
// a link's #fragment.
func prefixIDs(markup, prefix string) string {
	if prefix == "" {
		return markup
	}
	return idRefRe.ReplaceAllStringFunc(markup, func(attr string) string {
		m := idRefRe.FindStringSubmatch(attr)
		name, value := m[1], m[2]
		if name == "href" {
			if !strings.HasPrefix(value, "#") || len(value) == 1 {
				return attr
			}
			return ` href="#` + prefix + value[1:] + `"`
		}
		ids := strings.Fields(value)
		for i := range ids {
			ids[i] = prefix + ids[i]
		}
		return " " + name + `="` + strings.Join(ids, " ") + `"`
	})
}

// firstViewLocales are the locales of the examples in the first view, in
// the order renderFirstView writes them.
var firstViewLocales = []calc.Locale{calc.Dutch, calc.English}

// FirstViewPages returns, for each locale of the first view, the page the
// server sends with the example in that locale alone: a visitor whose
// browser asks for it does not read, and wait for, the other. Each first
// view is marked only-<locale>, so that the stylesheet shows the skeleton
// to a visitor who chose the other language in the app (storage-guard.js):
// nothing of an example in the wrong language shows.
func FirstViewPages(page []byte) (map[calc.Locale][]byte, error) {
	// Each view ends with its mark, and the example in firstViewLocales[i]
	// starts where the mark before it ends.
	marks := []string{`<span class="fv-end-shells"></span>`}
	for _, v := range firstViewLocales {
		marks = append(marks, `<span class="fv-end-`+string(v)+`"></span>`)
	}
	ends := make([]int, len(marks))
	for i, m := range marks {
		if n := bytes.Count(page, []byte(m)); n != 1 {
			return nil, fmt.Errorf("the first view: %s %d times in the page, want once", m, n)
		}
		ends[i] = bytes.Index(page, []byte(m)) + len(m)
	}
	const open = `<div class="first-view">`
	if n := bytes.Count(page, []byte(open)); n != 1 {
		return nil, fmt.Errorf("the first view: %s %d times in the page, want once", open, n)
	}
	pages := map[calc.Locale][]byte{}
	for _, l := range firstViewLocales {
		var out []byte
		from := 0
		for i, v := range firstViewLocales {
			if v != l {
				out = append(out, page[from:ends[i]]...)
				from = ends[i+1]
			}
		}
		out = append(out, page[from:]...)
		pages[l] = bytes.Replace(out, []byte(open), []byte(`<div class="first-view only-`+string(l)+`">`), 1)
	}
	return pages, nil
}
