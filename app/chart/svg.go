package chart

import (
	"math"
	"strings"
)

// Font sizes in viewBox units. The app draws each chart as wide as it is
// shown (one viewBox unit is one CSS pixel), so these are the sizes a
// reader sees: the smallest stays above 12 px with room for a chart that
// is drawn a little wider than its place until it is drawn anew.
const (
	fontSize      = 14.0
	smallFontSize = 13.0
)

// Widths a chart is drawn at, in viewBox units: narrower places get the
// narrowest drawing, scaled down a little, and wider ones the widest.
const (
	MinWidth     = 260.0
	MaxWidth     = 1400.0
	DefaultWidth = 640.0
)

// drawWidth keeps a requested width within what the layouts are made for;
// zero, NaN and other nonsense give the default.
func drawWidth(w float64) float64 {
	if !(w > 0) || !finite(w) {
		return DefaultWidth
	}
	return clamp(w, MinWidth, MaxWidth)
}

// svgWriter builds an SVG document. Element and attribute names are
// constants of this package; every attribute value and text is escaped.
type svgWriter struct{ b strings.Builder }

// document wraps the body drawn in w in the root element, with the
// chart's accessible name and description; id makes their ids unique per
// chart kind and segment.
func (w *svgWriter) document(kind, id string, width, height float64, title, desc string) string {
	if desc == "" {
		desc = title
	}
	d := &svgWriter{}
	d.b.Grow(w.b.Len() + 512)
	d.open("svg", "xmlns", "http://www.w3.org/2000/svg",
		"class", "kw-chart kw-"+kind,
		"viewBox", "0 0 "+num(width)+" "+num(height),
		"role", "img",
		"aria-labelledby", id+"-title "+id+"-desc",
		"font-family", `system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`,
		"font-size", num(fontSize),
		"fill", colorInk)
	d.open("title", "id", id+"-title")
	d.b.WriteString(esc(title))
	d.close("title")
	d.open("desc", "id", id+"-desc")
	d.b.WriteString(esc(desc))
	d.close("desc")
	d.elem("rect", "width", num(width), "height", num(height), "fill", colorWhite)
	d.b.WriteString(w.b.String())
	d.close("svg")
	return d.b.String()
}

func (w *svgWriter) open(name string, attrs ...string) {
	w.b.WriteByte('<')
	w.b.WriteString(name)
	w.attrs(attrs)
	w.b.WriteByte('>')
}

// elem writes an empty element.
func (w *svgWriter) elem(name string, attrs ...string) {
	w.b.WriteByte('<')
	w.b.WriteString(name)
	w.attrs(attrs)
	w.b.WriteString("/>")
}

func (w *svgWriter) close(name string) {
	w.b.WriteString("</")
	w.b.WriteString(name)
	w.b.WriteByte('>')
}

// attrs writes name="value" pairs.
func (w *svgWriter) attrs(a []string) {
	for i := 0; i+1 < len(a); i += 2 {
		w.b.WriteByte(' ')
		w.b.WriteString(a[i])
		w.b.WriteString(`="`)
		w.b.WriteString(esc(a[i+1]))
		w.b.WriteByte('"')
	}
}

// text writes s at (x, y); attrs may set text-anchor, fill, font-size, ….
func (w *svgWriter) text(x, y float64, s string, attrs ...string) {
	w.open("text", append([]string{"x", num(x), "y", num(y)}, attrs...)...)
	w.b.WriteString(esc(s))
	w.close("text")
}

// label writes s with a white halo, so it stays readable over lines and
// bubbles.
func (w *svgWriter) label(x, y float64, s string, attrs ...string) {
	w.text(x, y, s, append([]string{"stroke", colorWhite, "stroke-width", "3",
		"stroke-linejoin", "round", "paint-order", "stroke"}, attrs...)...)
}

// lines splits s into lines of at most maxWidth at size, at spaces; a
// word longer than a line stays whole.
func lines(s string, size, maxWidth float64) []string {
	var out []string
	cur := ""
	for _, word := range strings.Fields(s) {
		if cur != "" && textWidth(cur+" "+word, size) > maxWidth {
			out = append(out, cur)
			cur = word
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += word
	}
	if cur != "" || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// wrapped writes s in lines of at most maxWidth from the baseline y
// downwards, and returns the baseline of the last line.
func (w *svgWriter) wrapped(x, y, maxWidth, size float64, s string, attrs ...string) float64 {
	for i, ln := range lines(s, size, maxWidth) {
		if i > 0 {
			y += size * 1.25
		}
		w.text(x, y, ln, attrs...)
	}
	return y
}

func (w *svgWriter) line(x1, y1, x2, y2 float64, attrs ...string) {
	w.elem("line", append([]string{"x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2)}, attrs...)...)
}

func (w *svgWriter) rect(x, y, width, height float64, attrs ...string) {
	w.elem("rect", append([]string{"x", num(x), "y", num(y),
		"width", num(math.Max(width, 0)), "height", num(math.Max(height, 0))}, attrs...)...)
}

// circle writes a circle with a tooltip.
func (w *svgWriter) circle(cx, cy, r float64, tip string, attrs ...string) {
	w.open("circle", append([]string{"cx", num(cx), "cy", num(cy), "r", num(r)}, attrs...)...)
	if tip != "" {
		w.open("title")
		w.b.WriteString(esc(tip))
		w.close("title")
	}
	w.close("circle")
}

// noData writes the empty-chart message in the middle of a box, on white
// so that no grid line runs through it.
func (w *svgWriter) noData(b box, msg string) {
	const size = 16.0
	x, y := (b.x0+b.x1)/2, (b.y0+b.y1)/2
	tw := textWidth(msg, size)
	w.rect(x-tw/2-12, y-size-6, tw+24, 2*size+6, "fill", colorWhite)
	w.text(x, y+size/3, msg, "text-anchor", "middle", "fill", colorNeutral, "font-size", num(size))
}

// box is a rectangle in viewBox units.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

func (a box) contains(b box) bool {
	return b.x0 >= a.x0 && b.x1 <= a.x1 && b.y0 >= a.y0 && b.y1 <= a.y1
}

// textBox is the estimated box of a text of width tw at (x, y) with anchor
// "start", "middle" or "end".
func textBox(x, y, tw, size float64, anchor string) box {
	switch anchor {
	case "middle":
		x -= tw / 2
	case "end":
		x -= tw
	}
	return box{x, y - size*0.8, x + tw, y + size*0.25}
}

// spot is a candidate position of a label.
type spot struct {
	x, y   float64
	anchor string
}

// placer keeps labels apart: each label takes the first of its candidate
// spots that stays inside bounds and clear of the labels placed before it
// and of whatever blocked reports.
type placer struct {
	bounds  box
	placed  []box
	blocked func(box) bool
}

// place returns the chosen spot, or false when none is free.
func (p *placer) place(spots []spot, tw, size float64) (spot, bool) {
	return p.placeLines(spots, tw, size, 1)
}

// placeLines is place for a label of n lines, the first at the spot.
func (p *placer) placeLines(spots []spot, tw, size float64, n int) (spot, bool) {
	for _, s := range spots {
		b := textBox(s.x, s.y, tw, size, s.anchor)
		b.y1 += float64(n-1) * size * 1.25
		if !p.bounds.contains(b) || p.blocked != nil && p.blocked(b) {
			continue
		}
		free := true
		for _, q := range p.placed {
			if b.overlaps(q) {
				free = false
				break
			}
		}
		if free {
			p.placed = append(p.placed, b)
			return s, true
		}
	}
	return spot{}, false
}
