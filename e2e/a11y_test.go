package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/internal/browsertest"
)

// axeResult is the part of axe-core's results the test reads.
type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any  `json:"target"`
			HTML   string `json:"html"`
		} `json:"nodes"`
	} `json:"violations"`
}

// runAxe injects axe-core (installed by `make test` from e2e/package.json)
// and returns its WCAG 2 A and AA findings for the page.
func (tb *tab) runAxe() axeResult {
	tb.t.Helper()
	src, err := os.ReadFile("node_modules/axe-core/axe.min.js")
	if err != nil {
		browsertest.Skip(tb.t, "e2e: axe-core is not installed: `make deps-e2e` (or `make test`) runs npm ci in e2e/")
	}
	var raw json.RawMessage
	tb.run(
		chromedp.Evaluate(string(src), nil),
		chromedp.Evaluate(`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
			.then(r => JSON.stringify({violations: r.violations}))`, &raw,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
	)
	var text string
	if err := json.Unmarshal(raw, &text); err != nil {
		tb.t.Fatal(err)
	}
	var res axeResult
	if err := json.Unmarshal([]byte(text), &res); err != nil {
		tb.t.Fatal(err)
	}
	return res
}

// TestAccessibility runs axe-core on the editor and the results, in both
// languages and at phone and desktop widths: no serious or critical
// violation. It also takes the screenshots a person looks at.
func TestAccessibility(t *testing.T) {
	srv := startServer(t)
	for _, tt := range []struct {
		lang          string
		width, height int64
	}{
		{"nl-NL", 360, 740}, {"en-GB", 1440, 900}, {"nl-NL", 1920, 1080},
	} {
		name := fmt.Sprintf("%s-%d", tt.lang, tt.width)
		t.Run(name, func(t *testing.T) {
			tb := newTab(t)
			tb.run(
				chromedp.EmulateViewport(tt.width, tt.height),
				emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage(tt.lang),
				chromedp.Navigate(srv.URL),
				waitReady(),
			)
			// Open the collapsed panels so that axe sees every input.
			tb.openAllDetails()
			res := tb.runAxe()
			var serious []string
			for _, v := range res.Violations {
				if v.Impact == "serious" || v.Impact == "critical" {
					var where []string
					for _, n := range v.Nodes {
						where = append(where, n.HTML)
						if len(where) == 3 {
							break
						}
					}
					serious = append(serious, v.ID+" ("+v.Impact+"): "+v.Help+"\n    "+strings.Join(where, "\n    "))
				}
			}
			if len(serious) > 0 {
				t.Errorf("axe-core found %d serious or critical violations:\n%s", len(serious), strings.Join(serious, "\n"))
			}
			var overflow bool
			tb.run(chromedp.Evaluate(`document.documentElement.scrollWidth > window.innerWidth + 1`, &overflow))
			if overflow {
				t.Errorf("the page scrolls sideways at %d px", tt.width)
			}
			tb.screenshot("a11y-" + name)
		})
	}
}
