package app

import (
	"strings"

	"github.com/klantwaarde/klantwaarde/app/chart"
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// liveSummary is the segment being edited in one line: its verdict, value
// and gap, kept in view above the fields by the stylesheet (sticky), so
// that what a typed mark does shows beside it at any width. It carries the
// hooks of SPEC §6 ([data-live-summary]). Read-only, it is markup built in
// Go (app.Raw), which costs the WebAssembly less than components. A
// segment that is not an ambassador shows its path there too, in a few
// words: what is typed moves it.
func liveSummary(l calc.Locale, s *calc.Scenario, r calc.SegmentReport) app.UI {
	var b strings.Builder
	attr := func(name, value string) {
		b.WriteString(" " + name + `="` + chart.Escape(value) + `"`)
	}
	b.WriteString(`<div class="live-summary verdict-` + verdictClass(r.Verdict) + `" role="group"`)
	attr("aria-label", i18n.LiveSummary.F(l, r.Name))
	attr("data-live-summary", r.ID)
	attr("data-value", hookNumber(r.Value))
	attr("data-gap", hookNumber(r.Gap))
	attr("data-verdict", string(r.Verdict))
	b.WriteString(`><strong class="live-name">` + chart.Escape(r.Name) + `</strong> <span class="badge">` +
		chart.Escape(i18n.Verdict(r.Verdict).In(l)) + `</span>`)
	service, _, sx := serviceFigure(l, r, calc.HasTwoLevels(s))
	for _, f := range []struct {
		label string
		x     *float64
	}{{i18n.Value.In(l), r.Value}, {service, sx}} {
		figure := "–"
		if f.x != nil {
			figure = signed(l, *f.x)
		}
		b.WriteString(` <span class="live-figure">` + chart.Escape(f.label) + ` <b>` + chart.Escape(figure) + `</b></span>`)
	}
	if r.ToAmbassador != nil {
		b.WriteString(` <span class="live-path"><span class="live-path-label">` + chart.Escape(i18n.PathShort.In(l)) + `</span> ` +
			chart.Escape(pathShort(l, criterionNames(s), r.ToAmbassador)) + `</span>`)
	}
	b.WriteString(`</div>`)
	return app.Raw(b.String())
}
