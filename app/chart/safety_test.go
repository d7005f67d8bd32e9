package chart

import (
	"encoding/xml"
	"errors"
	"html"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

const svgNamespace = "http://www.w3.org/2000/svg"

// allowedElements are the only elements a chart may contain.
var allowedElements = map[string]bool{
	"svg": true, "g": true, "rect": true, "circle": true, "line": true, "path": true,
	"polyline": true, "polygon": true, "text": true, "tspan": true, "title": true, "desc": true,
}

// checkSVG asserts that doc is one well-formed SVG element built from the
// allowed elements, with no event handler, style or link attribute, no NaN
// or infinity, an accessible name, and text in colours with AA contrast on
// white. It returns all text of the document, entities decoded.
func checkSVG(t *testing.T, doc string) string {
	t.Helper()
	for _, bad := range []string{"NaN", "Inf"} {
		if strings.Contains(doc, bad) {
			t.Errorf("the SVG contains %q", bad)
		}
	}
	d := xml.NewDecoder(strings.NewReader(doc))
	d.Strict = true
	type open struct{ name, fill string }
	var stack []open
	var text strings.Builder
	ids, roots, labelledBy := map[string]bool{}, 0, ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			el := tok.Name.Local
			if !allowedElements[el] || tok.Name.Space != svgNamespace {
				t.Errorf("element <%s> (namespace %q) is not allowed", el, tok.Name.Space)
			}
			fill := ""
			if len(stack) > 0 {
				fill = stack[len(stack)-1].fill
			} else {
				roots++
				checkRoot(t, tok)
			}
			for _, a := range tok.Attr {
				name := strings.ToLower(a.Name.Local)
				switch {
				case strings.HasPrefix(name, "on"), name == "style", name == "href", name == "src":
					t.Errorf("<%s> has attribute %s=%q", el, a.Name.Local, a.Value)
				case name == "fill":
					fill = a.Value
				case name == "id":
					ids[a.Value] = true
				case name == "aria-labelledby":
					labelledBy = a.Value
				case (name == "opacity" || name == "fill-opacity") && el == "text":
					t.Errorf("text with %s=%s loses contrast", name, a.Value)
				}
			}
			if el == "text" || el == "tspan" {
				checkContrast(t, fill)
			}
			stack = append(stack, open{el, fill})
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			text.Write(tok)
			text.WriteByte('\n')
		case xml.ProcInst, xml.Directive:
			t.Errorf("unexpected %T in the SVG", tok)
		}
	}
	if roots != 1 {
		t.Errorf("%d root elements, want 1", roots)
	}
	for _, id := range strings.Fields(labelledBy) {
		if !ids[id] {
			t.Errorf("aria-labelledby names %q, which is not in the SVG", id)
		}
	}
	return text.String()
}

// checkRoot asserts the root's accessibility and sizing attributes.
func checkRoot(t *testing.T, root xml.StartElement) {
	t.Helper()
	attrs := map[string]string{}
	for _, a := range root.Attr {
		attrs[a.Name.Local] = a.Value
	}
	if root.Name.Local != "svg" || attrs["role"] != "img" || attrs["aria-labelledby"] == "" || attrs["viewBox"] == "" {
		t.Errorf("root <%s> lacks svg, role=img, aria-labelledby or viewBox: %v", root.Name.Local, attrs)
	}
	if _, ok := attrs["width"]; ok {
		t.Errorf("root has a fixed width %q", attrs["width"])
	}
	if _, ok := attrs["height"]; ok {
		t.Errorf("root has a fixed height %q", attrs["height"])
	}
}

// checkContrast asserts WCAG AA contrast (4.5:1) of a text colour on white.
func checkContrast(t *testing.T, color string) {
	t.Helper()
	if c := contrastOnWhite(color); c < 4.5 {
		t.Errorf("text colour %q has contrast %.2f on white, want ≥ 4.5", color, c)
	}
}

// contrastOnWhite is the WCAG 2 contrast ratio of #rrggbb against white;
// 0 for anything else.
func contrastOnWhite(color string) float64 {
	if len(color) != 7 || color[0] != '#' {
		return 0
	}
	lum := 0.0
	for i, weight := range []float64{0.2126, 0.7152, 0.0722} {
		v, err := strconv.ParseUint(color[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return 0
		}
		c := float64(v) / 255
		if c <= 0.03928 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		lum += weight * c
	}
	return 1.05 / (lum + 0.05)
}

func TestPaletteContrast(t *testing.T) {
	for _, c := range []string{colorInk, colorAmbassador, colorVulnerable, colorIndifferent, colorDefector, colorNeutral, colorBrand} {
		if r := contrastOnWhite(c); r < 4.5 {
			t.Errorf("%s: contrast %.2f, want ≥ 4.5", c, r)
		}
	}
}

// hostileNames are names that are markup or break XML, which must come
// out as the literal text typed.
var hostileNames = []string{
	`<img src=x onerror=alert(1)>`,
	`"><svg onload=alert(1)>`,
	`<img src="x" onerror="alert(1)"/>`, // well-formed, so only the allow-list stops it
	`</text><script>alert(1)</script>`,
	`&amp; ]]> <!-- x --> 'quoted'`,
}

func TestHostileNames(t *testing.T) {
	lb := testLabels[calc.English]
	lb.Ambassador = `<b onclick="x">Ambassador</b>` // well-formed markup
	lb.ValueMapTitle = `"><svg onload=alert(1)>`
	for k, name := range hostileNames {
		// Each name on its own, so that one that breaks the XML does not
		// hide one that is well-formed markup.
		s := degenerateScenario(3, 3, "")
		s.Segments[1].Name = name
		s.Dimensions[0].Name = name
		s.Dimensions[1].Name = "\x01control\x7f and \ufffe and invalid \xff UTF-8"
		r := calc.Compute(s)
		for _, nc := range allCharts("hostile"+strconv.Itoa(k), s, r, calc.English, lb) {
			t.Run(nc.file, func(t *testing.T) {
				text := checkSVG(t, nc.chart.SVG)
				dumpChart(t, nc.file, nc.chart)
				for _, bad := range []string{"<img", "<svg onload", "<script", "<b "} {
					if strings.Contains(nc.chart.SVG, bad) {
						t.Errorf("the SVG contains the markup %q", bad)
					}
				}
				shows := !strings.Contains(nc.file, "lifetime") || strings.HasSuffix(nc.file, "seg1")
				if shows && !strings.Contains(text, name) {
					t.Errorf("the name %q is not in the text of the chart", name)
				}
			})
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<img src=x onerror=alert(1)>`, `&lt;img src=x onerror=alert(1)&gt;`},
		{`"a" & 'b'`, `&#34;a&#34; &amp; &#39;b&#39;`},
		{"tab\tline\nbreak", "tab line break"},
		{"nul\x00bell\x07", "nul\uFFFDbell\uFFFD"},
		{"bad \xff utf-8", "bad \uFFFD utf-8"},
		{"Ωmega 中文", "Ωmega 中文"},
	}
	for _, tt := range tests {
		if got := esc(tt.in); got != tt.want {
			t.Errorf("esc(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// On text that XML can hold, esc is html.EscapeString.
	for _, s := range append(hostileNames, "Forenzen", "Ωmega \uFFFD 中文 €", `a<b>&"'c`) {
		if got, want := esc(s), html.EscapeString(s); got != want {
			t.Errorf("esc(%q) = %q, html.EscapeString %q", s, got, want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Short", "Short"},
		{"Exactly twenty-four char", "Exactly twenty-four char"},
		{"Deskundigheid en vertrouwen", "Deskundigheid en vertro…"},
		{"  spaces   inside\nand out  ", "spaces inside and out"},
		{"Betrouwbaarheid van de levering op tijd", "Betrouwbaarheid van de…"},
		{strings.Repeat("中", 30), strings.Repeat("中", 23) + "…"},
	}
	for _, tt := range tests {
		if got := truncate(tt.in); got != tt.want {
			t.Errorf("truncate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRadii(t *testing.T) {
	got := radii([]bubble{{customers: 400}, {customers: 100}, {customers: 0}, {customers: math.NaN()}})
	want := []float64{maxRadius, maxRadius / 2, minRadius, minRadius}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Errorf("radius %d = %v, want %v (area proportional to customers)", i, got[i], want[i])
		}
	}
	if got := radii([]bubble{{customers: 0}, {customers: 0}}); got[0] != minRadius || got[1] != minRadius {
		t.Errorf("no customers at all: radii %v, want the minimum", got)
	}
}
