package app

import (
	"html"
	"strconv"
	"strings"

	"rsc.io/qr"
)

// QR codes are made with rsc.io/qr, a small encoder that needs nothing
// beyond the standard library's image packages: the smallest pure-Go
// encoder for the WebAssembly budget. The code is drawn as SVG, so it stays
// sharp on a projector and needs no image URL. rsc.io/qr always uses mask
// pattern 0 rather than choosing the best one; scanners read that, it is
// only less robust on poor prints.

// qrQuietZone is the white border a scanner needs, in modules.
const qrQuietZone = 4

// qrSVG returns an SVG drawing of text as a QR code, with label as its
// accessible name. Short texts (response codes) get more error correction
// than long ones (links), which would otherwise need a denser code.
func qrSVG(text, label string) (string, error) { return qrDrawing(text, label, 0) }

// qrPrintModule is the size of a module of a printed QR code, in mm: a
// phone's camera reads 0.4 mm and up from paper at arm's length, and half
// a millimetre leaves room for a worn print or a poor camera. A share link
// makes a dense code (version 26 for the example, 129 modules with its
// quiet zone: 64.5 mm, which still fits beside its text within A4's
// 180 mm).
const qrPrintModule = 0.5

// qrPrinted is qrSVG drawn at qrPrintModule mm a module, for paper.
func qrPrinted(text, label string) (string, error) { return qrDrawing(text, label, qrPrintModule) }

// qrDrawing draws text as a QR code; with moduleMM > 0, the drawing's
// width and height are set in mm, moduleMM a module.
func qrDrawing(text, label string, moduleMM float64) (string, error) {
	level := qr.M
	if len(text) > 200 {
		level = qr.L
	}
	code, err := qr.Encode(text, level)
	if err != nil {
		return "", err
	}
	size := code.Size + 2*qrQuietZone
	n := strconv.Itoa(size)
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" class="qr" role="img" viewBox="0 0 ` + n + ` ` + n + `"`)
	if moduleMM > 0 {
		mm := strconv.FormatFloat(float64(size)*moduleMM, 'f', 1, 64) + "mm"
		b.WriteString(` width="` + mm + `" height="` + mm + `"`)
	}
	b.WriteString(` shape-rendering="crispEdges" aria-label="` + html.EscapeString(label) + `">`)
	b.WriteString(`<rect width="` + n + `" height="` + n + `" fill="#fff"/><path fill="#000" d="`)
	// One rectangle per horizontal run of dark modules keeps the path short.
	for y := 0; y < code.Size; y++ {
		for x := 0; x < code.Size; {
			if !code.Black(x, y) {
				x++
				continue
			}
			start := x
			for x < code.Size && code.Black(x, y) {
				x++
			}
			run := strconv.Itoa(x - start)
			b.WriteString("M" + strconv.Itoa(start+qrQuietZone) + " " + strconv.Itoa(y+qrQuietZone) + "h" + run + "v1h-" + run + "z")
		}
	}
	b.WriteString(`"/></svg>`)
	return b.String(), nil
}
