package app

import (
	"strings"

	"github.com/klantwaarde/klantwaarde/app/chart"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// markup writes read-only HTML in Go, escaped, for app.Raw. go-app builds
// each of its elements with several calls into JavaScript, and runs each
// element type's own methods, which V8 compiles at their first call; a
// Raw subtree is one string parsed by the browser. What the user types
// into stays made of go-app's elements.
type markup struct{ b strings.Builder }

// open writes a start tag with attributes given as name, value pairs.
func (m *markup) open(tag string, attrs ...string) {
	m.b.WriteString("<" + tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		m.b.WriteString(" " + attrs[i] + `="` + chart.Escape(attrs[i+1]) + `"`)
	}
	m.b.WriteByte('>')
}

func (m *markup) close(tag string) { m.b.WriteString("</" + tag + ">") }

func (m *markup) text(s string) { m.b.WriteString(chart.Escape(s)) }

// elem writes an element that holds only text.
func (m *markup) elem(tag, text string, attrs ...string) {
	m.open(tag, attrs...)
	m.text(text)
	m.close(tag)
}

// figure writes one labelled number of a card or a segment's results (a
// div in a dl); undefined says the value is words for a figure that
// cannot be computed yet.
func (m *markup) figure(label, value, help string, undefined bool) {
	m.open("div", "class", "figure")
	m.open("dt")
	m.text(label)
	if help != "" {
		m.elem("span", help, "class", "help")
	}
	m.close("dt")
	if undefined {
		m.elem("dd", value, "class", "undefined")
	} else {
		m.elem("dd", value)
	}
	m.close("div")
}

func (m *markup) ui() app.UI { return app.Raw(m.b.String()) }
