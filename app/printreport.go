package app

import (
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/klantwaarde/klantwaarde/app/chart"
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
)

// The printed report is read-only, so it is written as HTML text in one
// go when the page is printed (printer.go) rather than kept as
// components: nothing of it is in the page, or costs anything, while the
// user works. Every name a user typed goes through html.EscapeString;
// the charts come from package chart, which escapes its own texts.

// Print widths in CSS px: A4 less 15 mm margins is 180 mm, 680 px. The
// charts are drawn a little wider than they print, so that more fits on
// a page; their smallest text still prints above 7 pt.
const (
	printWidth      = 680.0
	printChartScale = 1.2  // drawing units per printed px
	printGapScale   = 1.35 // the gap profile's, to leave the page room
	printMapShare   = 0.36 // the value map's share of a segment page's width
)

// reportPage is what the report shows: the scenario, its report, the
// language, the share link (empty when too long, "-" when not made yet)
// and the date printed.
type reportPage struct {
	s    *calc.Scenario
	r    calc.Report
	l    calc.Locale
	link string
	date string
	lb   chart.Labels
	markup
}

// markup is HTML text being written.
type markup struct{ b strings.Builder }

// printReport writes the A4 report: the portfolio on the first page, then
// a page per segment (web/app.css, "Print report").
func printReport(s *calc.Scenario, r calc.Report, l calc.Locale, link, date string) string {
	p := &reportPage{s: s, r: r, l: l, link: link, date: date, lb: chartLabels(l, s.Settings.RetentionUplift)}
	p.b.Grow(64 << 10)
	p.w(`<div class="rp" lang="`, string(l), `">`)
	p.portfolio()
	for i := range r.Segments {
		if i < len(s.Segments) {
			p.segment(i)
		}
	}
	p.w("</div>")
	return p.b.String()
}

// w writes markup as it is.
func (p *markup) w(markup ...string) {
	for _, m := range markup {
		p.b.WriteString(m)
	}
}

// el writes an element holding text, escaped; open is its start tag.
func (p *markup) el(open, text string) {
	p.w(open, html.EscapeString(text), "</", open[1:strings.IndexAny(open, " >")], ">")
}

// table writes a table with a header row (none when head is nil) and
// rows whose first cell heads the row, all text escaped.
func (p *markup) table(open string, head []string, rows [][]string) {
	p.w(open)
	if head != nil {
		p.w("<thead><tr>")
		for _, c := range head {
			p.el(`<th scope="col">`, c)
		}
		p.w("</tr></thead>")
	}
	p.w("<tbody>")
	for _, row := range rows {
		p.w("<tr>")
		for k, c := range row {
			if k == 0 {
				p.el(`<th scope="row">`, c)
			} else {
				p.el("<td>", c)
			}
		}
		p.w("</tr>")
	}
	p.w("</tbody></table>")
}

func (p *reportPage) score(x *float64) string {
	if x == nil {
		return "–"
	}
	return signed(p.l, *x)
}

func (p *reportPage) money(x float64) string { return money(p.l, x, p.s.Currency) }

// portfolio writes page 1: every segment by priority, the quadrant and
// the way back to these figures.
func (p *reportPage) portfolio() {
	l, r, pf := p.l, p.r, p.r.Portfolio
	uplift := i18n.Uplift.F(l, l.FormatDecimal(p.s.Settings.RetentionUplift, 1))
	p.w(`<section class="rp-page rp-portfolio"><div class="rp-head"><div>`)
	p.el("<h1>", p.s.Title)
	p.el(`<p class="rp-date">`, i18n.PrintMadeWith.F(l, p.date))
	// The way back to these figures stands beside the title, where a
	// reader looks first and where it takes no height of its own.
	code, err := qrPrinted(p.link, i18n.PrintQRLabel.In(l))
	switch {
	case p.link == "-": // not ready: no code rather than a wrong one
		code = ""
	case p.link == "" || err != nil:
		code = ""
		p.el(`<p class="rp-scan">`, i18n.PrintNoQR.In(l))
	default:
		p.el(`<p class="rp-scan">`, i18n.PrintScan.In(l))
	}
	p.w(`</div><div class="rp-qr">`, code, `</div></div>`)
	var rows [][]string
	for k, id := range pf.Priorities {
		for i, sr := range r.Segments {
			if sr.ID == id && i < len(p.s.Segments) {
				rows = append(rows, []string{sr.Name, i18n.Verdict(sr.Verdict).In(l), l.FormatDecimal(p.s.Segments[i].Customers, 0),
					p.score(sr.Value), p.score(sr.Gap), p.money(sr.EquityUplift), strconv.Itoa(k + 1)})
			}
		}
	}
	rows = append(rows, []string{i18n.Portfolio.In(l), "", l.FormatDecimal(pf.Customers, 0), p.score(pf.Value), p.score(pf.Gap), p.money(pf.EquityUplift), ""})
	// web/app.css gives the verdicts (second) room to wrap and the worth
	// (sixth) a wider heading: keep them there.
	p.table(`<table class="rp-table">`, []string{i18n.Segments.In(l), i18n.VerdictHeading.In(l), i18n.Customers.In(l), i18n.Value.In(l),
		i18n.Gap.In(l), uplift, i18n.PrintRank.In(l)}, rows)
	p.el(`<p class="rp-note">`, i18n.PrintRankHelp.In(l)+" "+i18n.Equity.In(l)+": "+p.money(pf.Equity)+".")
	p.w(`<figure class="rp-chart">`, chart.PortfolioQuadrant(p.s, r, l, p.lb, printWidth*printChartScale).SVG, `</figure></section>`)
}

// segment writes the page of segment i: each section of its results
// (calc.ResultSections) as reportSections writes it, in its place on the
// page, around the value map and the gap profile.
func (p *reportPage) segment(i int) {
	l, sr, sg := p.l, p.r.Segments[i], &p.s.Segments[i]
	var out reportSlots
	for _, s := range calc.ResultSections {
		reportSections[s](p, i, &out)
	}
	p.w(`<section class="rp-page rp-segment verdict-`, verdictClass(sr.Verdict), `" data-report-segment="`, html.EscapeString(sr.ID), `">`,
		out.head.b.String(), `<div class="rp-cols">`)
	p.table(`<table class="rp-figures">`, nil, out.figures)
	p.w(`<figure class="rp-chart rp-map">`, chart.ValueMapFocus(p.s, p.r, l, p.lb, printWidth*printMapShare*printChartScale, i).SVG,
		`</figure></div><div class="rp-todo">`, out.after.b.String(), out.below.b.String(), `</div><figure class="rp-chart">`,
		chart.GapProfile(p.s, p.r, i, l, p.lb, printWidth*printGapScale).SVG, "</figure>")
	p.inputs(sg)
	p.w("</section>")
}

// reportSlots are the places on a segment's page: its heading, the table
// of figures (beside the value map), and after them, in two balanced
// columns, what to do (after: the levers and the path) followed by what
// hurts and what pleases (below).
type reportSlots struct {
	head, after, below markup
	figures            [][]string
}

// reportSections writes each section of a segment's results on its page
// of the printed report.
var reportSections = [calc.NumResultSections]func(p *reportPage, i int, out *reportSlots){
	calc.SectionVerdict: func(p *reportPage, i int, out *reportSlots) {
		l, sr := p.l, p.r.Segments[i]
		out.head.w("<h2>", html.EscapeString(sr.Name), " ")
		out.head.el(`<span class="badge">`, i18n.Verdict(sr.Verdict).In(l))
		out.head.w("</h2>")
		out.head.el(`<p class="explain">`, i18n.VerdictExplanation(sr.Verdict).In(l))
	},
	calc.SectionScores: func(p *reportPage, i int, out *reportSlots) {
		l, sr := p.l, p.r.Segments[i]
		out.figures = append(out.figures,
			[]string{i18n.Value.In(l), p.score(sr.Value)},
			[]string{i18n.Gap.In(l), p.score(sr.Gap)},
			[]string{i18n.PrintBenefitScore.In(l), p.score(sr.BenefitScore)},
			[]string{i18n.PrintSacrificeScore.In(l), p.score(sr.SacrificeScore)},
		)
	},
	calc.SectionLevers: func(p *reportPage, i int, out *reportSlots) {
		l, sr := p.l, p.r.Segments[i]
		names := criterionNames(p.s)
		out.after.w(`<div class="rp-sec">`)
		out.after.el("<h3>", i18n.Levers.In(l))
		if len(sr.Levers) == 0 {
			out.after.el("<p>", i18n.NoLevers.In(l))
		}
		out.after.w("<ol>")
		for _, lv := range sr.Levers {
			out.after.el("<li>", leverText(l, names, lv))
		}
		out.after.w("</ol></div>")
	},
	calc.SectionPainPoints: func(p *reportPage, i int, out *reportSlots) {
		l, sr := p.l, p.r.Segments[i]
		names := criterionNames(p.s)
		out.below.el("<h3>", i18n.PainPoints.In(l))
		if len(sr.PainPoints) == 0 {
			out.below.el("<p>", noPainPoints(sr).In(l))
		}
		out.below.w(`<ul class="rp-pain">`)
		for _, id := range sr.PainPoints {
			out.below.w("<li>")
			out.below.el("<strong>", names["dimension:"+id])
			what := " " + belowBy(l, sr, id)
			for _, m := range instrumentsFor(id) {
				what += " " + m.In(l)
			}
			out.below.w(html.EscapeString(what), "</li>")
		}
		out.below.w(`</ul>`)
	},
	calc.SectionPath: func(p *reportPage, i int, out *reportSlots) {
		l, sr := p.l, p.r.Segments[i]
		steps := pathSentences(l, criterionNames(p.s), sr.ToAmbassador)
		if steps == nil {
			return
		}
		out.after.w(`<div class="rp-sec">`)
		out.after.el("<h3>", i18n.PathTitle.In(l))
		out.after.w(`<ol class="rp-path">`)
		for _, st := range steps {
			out.after.el("<li>", st)
		}
		out.after.w("</ol>")
		out.after.el(`<p class="rp-path-total">`, pathTotal(l, sr.ToAmbassador))
		out.after.w("</div>")
	},
	calc.SectionDelighters: func(p *reportPage, i int, out *reportSlots) {
		l, sr := p.l, p.r.Segments[i]
		if len(sr.Delighters) == 0 {
			return
		}
		names := criterionNames(p.s)
		out.below.w(`<div class="rp-sec">`)
		out.below.el("<h3>", i18n.Delighters.In(l))
		out.below.w(`<ul class="rp-delight">`)
		for _, id := range sr.Delighters {
			out.below.w("<li>")
			out.below.el("<strong>", names["dimension:"+id])
			out.below.w(html.EscapeString(" "+delighterText(l, sr, id)), "</li>")
		}
		out.below.w("</ul></div>")
	},
	calc.SectionLoyalty: func(p *reportPage, i int, out *reportSlots) {
		l, sr := p.l, p.r.Segments[i]
		if sr.LoyaltyIndex != nil {
			out.figures = append(out.figures, []string{i18n.LoyaltyIndex.In(l), l.FormatDecimal(*sr.LoyaltyIndex, 0) + " %"})
		}
		if sr.NPS != nil {
			out.figures = append(out.figures, []string{i18n.NPS.In(l), l.FormatDecimal(*sr.NPS, 0)})
		}
	},
	calc.SectionWorth: func(p *reportPage, i int, out *reportSlots) {
		l, sr, sg := p.l, p.r.Segments[i], &p.s.Segments[i]
		out.figures = append(out.figures,
			[]string{i18n.Customers.In(l), l.FormatDecimal(sg.Customers, 0)},
			[]string{i18n.Revenue.In(l), p.money(sg.RevenuePerCustomer)},
			[]string{i18n.Margin.In(l), l.FormatDecimal(sg.Margin, 1) + " %"},
			[]string{i18n.Retention.In(l), l.FormatDecimal(sg.Retention, 1) + " %"},
			[]string{i18n.CLV.In(l), p.money(sr.CLV)},
			[]string{i18n.Equity.In(l), p.money(sr.Equity)},
			[]string{i18n.Uplift.F(l, l.FormatDecimal(p.s.Settings.RetentionUplift, 1)), p.money(sr.EquityUplift)},
		)
	},
}

// inputs writes the segment's ratings: benefits above sacrifices, beside
// the quality table, so that names need not break (its money is among
// the figures).
func (p *reportPage) inputs(sg *calc.Segment) {
	l := p.l
	opt := func(x *float64) string {
		if x == nil {
			return "–"
		}
		return l.FormatDecimal(*x, 1)
	}
	p.w(`<div class="rp-input-block">`)
	p.el("<h3>", i18n.PrintInputs.In(l))
	p.w(`<div class="rp-inputs"><div>`)
	for k, list := range [][]calc.Criterion{p.s.Benefits, p.s.Sacrifices} {
		kind, of := benefitKind, sg.Benefits
		if k == 1 {
			kind, of = sacrificeKind, sg.Sacrifices
		}
		var rows [][]string
		for _, c := range list {
			rows = append(rows, []string{c.Name, opt(of[c.ID].Weight), opt(of[c.ID].Score)})
		}
		p.table("<table>", []string{kind.texts().title.In(l), i18n.Weight.In(l), i18n.Score.In(l)}, rows)
	}
	p.w("</div>")
	p.qualityInputs(sg, opt)
	p.w("</div></div>")
}

// qualityInputs writes the segment's quality ratings as the editor's
// table asks them: the expected level, or in two-level mode the minimum
// and the desired level in effect, with the expected level too where a
// dimension has one.
func (p *reportPage) qualityInputs(sg *calc.Segment, opt func(*float64) string) {
	l := p.l
	two, expected := twoLevelMode(p.s), false
	for _, d := range p.s.Dimensions {
		expected = expected || sg.Quality[d.ID].Expected != nil
	}
	head := []string{i18n.DimensionsTitle.In(l), i18n.Weight.In(l)}
	if two {
		head = append(head, i18n.MinimumLevel.In(l), i18n.DesiredLevel.In(l))
	}
	if !two || expected {
		head = append(head, i18n.Expected.In(l))
	}
	head = append(head, i18n.Experienced.In(l))
	var rows [][]string
	for _, d := range p.s.Dimensions {
		q := sg.Quality[d.ID]
		row := []string{d.Name, opt(q.Weight)}
		if two {
			row = append(row, opt(q.Adequate), opt(q.Desired))
		}
		if !two || expected {
			row = append(row, opt(q.Expected))
		}
		rows = append(rows, append(row, opt(q.Experienced)))
	}
	p.table("<table>", head, rows)
}

// formatDate writes a date the way the locale does: 23-11-2026 in Dutch,
// 23 Nov 2026 in English. Root draws it on every render (the printed
// date), so it is written out by hand: time.Format would be compiled and
// set up during the cold start, for one short date.
func formatDate(l calc.Locale, t time.Time) string {
	year, m, d := t.Date()
	y := strconv.Itoa(year)
	for len(y) < 4 {
		y = "0" + y
	}
	if l == calc.Dutch {
		return strconv.Itoa(d) + "-" + strconv.Itoa(int(m)) + "-" + y
	}
	return strconv.Itoa(d) + " " + m.String()[:3] + " " + y
}
