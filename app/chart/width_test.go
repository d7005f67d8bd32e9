package chart

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// svgText is a <text> element of a chart as the tests read it.
type svgText struct {
	X, Y    float64
	Anchor  string
	Size    float64
	Rotated bool
	Text    string
}

// texts returns the texts of a chart, with the viewBox width.
func texts(t *testing.T, doc string) ([]svgText, float64) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	var out []svgText
	var viewBoxWidth float64
	rootSize := 0.0
	var cur *svgText
	inTitle := false
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			attr := func(name string) string {
				for _, a := range tok.Attr {
					if a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			switch tok.Name.Local {
			case "svg":
				f := strings.Fields(attr("viewBox"))
				viewBoxWidth, _ = strconv.ParseFloat(f[2], 64)
				rootSize, _ = strconv.ParseFloat(attr("font-size"), 64)
			case "text":
				x, _ := strconv.ParseFloat(attr("x"), 64)
				y, _ := strconv.ParseFloat(attr("y"), 64)
				size := rootSize
				if s := attr("font-size"); s != "" {
					size, _ = strconv.ParseFloat(s, 64)
				}
				cur = &svgText{X: x, Y: y, Anchor: attr("text-anchor"), Size: size,
					Rotated: strings.Contains(attr("transform"), "rotate(")}
			case "tspan":
				// A tspan with its own x starts a line of its own.
				if cur != nil && attr("x") != "" {
					x, _ := strconv.ParseFloat(attr("x"), 64)
					dy, _ := strconv.ParseFloat(attr("dy"), 64)
					out = append(out, *cur)
					cur = &svgText{X: x, Y: cur.Y + dy, Anchor: cur.Anchor, Size: cur.Size, Rotated: cur.Rotated}
				}
			case "title":
				if cur != nil {
					inTitle = true
				}
			}
		case xml.CharData:
			if cur != nil && !inTitle {
				cur.Text += string(tok)
			}
		case xml.EndElement:
			inTitle = inTitle && tok.Name.Local != "title"
			if tok.Name.Local == "text" && cur != nil {
				out = append(out, *cur)
				cur = nil
			}
		}
	}
	return out, viewBoxWidth
}

// TestWidths draws every chart from as narrow as a phone to as wide as a
// large screen: the drawing is as wide as asked, no text is smaller than
// 13 units (so 13 px when drawn at the width it is shown), and every
// text stays within the drawing's width.
func TestWidths(t *testing.T) {
	for _, ex := range examples(t) {
		for _, width := range []float64{MinWidth, 300, 330, 420, 560, 700, 900, 1200} {
			for _, nc := range allChartsAt(ex.name, ex.scenario, ex.report, ex.locale, testLabels[ex.locale], width) {
				ts, vw := texts(t, nc.chart.SVG)
				if vw != width {
					t.Errorf("%s at %v: the viewBox is %v wide", nc.file, width, vw)
				}
				for _, tx := range ts {
					if tx.Size < smallFontSize {
						t.Errorf("%s at %v: %q is %v units", nc.file, width, tx.Text, tx.Size)
					}
					if tx.Rotated {
						if tx.X-tx.Size < 0 || tx.X > vw {
							t.Errorf("%s at %v: the rotated %q at x %v is outside the drawing", nc.file, width, tx.Text, tx.X)
						}
						continue
					}
					// Names in bubbles and axis titles are measured as the
					// placer measures them; a little slack for rounding.
					b := textBox(tx.X, tx.Y, textWidth(tx.Text, tx.Size), tx.Size, tx.Anchor)
					if b.x0 < -1 || b.x1 > vw+1 {
						t.Errorf("%s at %v: %q spans x %.0f…%.0f, outside 0…%v", nc.file, width, tx.Text, b.x0, b.x1, vw)
					}
				}
			}
		}
	}
}

// TestWidthLimits draws at widths the layouts are not made for: the
// nearest one they are made for is drawn.
func TestWidthLimits(t *testing.T) {
	ex := examples(t)[0]
	lb := testLabels[ex.locale]
	for _, tt := range []struct{ in, want float64 }{{0, DefaultWidth}, {-5, DefaultWidth}, {100, MinWidth}, {1e6, MaxWidth}} {
		_, vw := texts(t, PortfolioQuadrant(ex.scenario, ex.report, calc.English, lb, tt.in).SVG)
		if vw != tt.want {
			t.Errorf("asked %v wide, drew %v, want %v", tt.in, vw, tt.want)
		}
	}
}
