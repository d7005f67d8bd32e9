package chart

import (
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// labelled reports whether svg writes name as a text, on one line or
// broken over two.
func labelled(svg, name string) bool {
	if strings.Contains(svg, ">"+esc(name)+"</text>") {
		return true
	}
	words := strings.Fields(name)
	for k := 1; k < len(words); k++ {
		first, rest := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		if strings.Contains(svg, ">"+esc(first)+"</text>") && strings.Contains(svg, ">"+esc(rest)+"</text>") {
			return true
		}
	}
	return false
}

// TestBubbleLabels draws the example's portfolio charts at every width
// from a phone's to a projector's: each segment's bubble keeps its name,
// where the large defector bubble once lost it between its neighbours.
func TestBubbleLabels(t *testing.T) {
	for _, l := range []calc.Locale{calc.Dutch, calc.English} {
		s := calc.ExampleIn(l)
		r := calc.Compute(s)
		for width := 315.0; width <= MaxWidth; width += 5 {
			charts := map[string]string{
				"quadrant":  PortfolioQuadrant(s, r, l, testLabels[l], width).SVG,
				"value map": ValueMap(s, r, l, testLabels[l], width).SVG,
			}
			for kind, svg := range charts {
				for _, sg := range s.Segments {
					if !labelled(svg, sg.Name) {
						t.Errorf("%s: the %s drawn %.0f wide has no label %q", l, kind, width, sg.Name)
					}
				}
			}
		}
	}
}

// TestQuadrantYTitle: on a short quadrant (a 1280-pixel projector's slide
// or a phone) the y axis's title keeps to one line, running past the plot
// where nothing else is.
func TestQuadrantYTitle(t *testing.T) {
	s := calc.ExampleIn(calc.Dutch)
	r := calc.Compute(s)
	for _, width := range []float64{330, 441, 500, 640} {
		svg := PortfolioQuadrant(s, r, calc.Dutch, testLabels[calc.Dutch], width).SVG
		if title := testLabels[calc.Dutch].Gap; !strings.Contains(svg, ">"+esc(title)+"</text>") {
			t.Errorf("drawn %.0f wide, the y title %q is not on one line", width, title)
		}
	}
}
