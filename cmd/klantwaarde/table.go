//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
)

// undefined stands for a figure SPEC §3 leaves undefined (null in JSON).
const undefined = "–"

// writeTable writes the report of s as plain-text tables in the language of
// the scenario (SPEC §5), in the app's words (package i18n): scores and gaps rounded to two decimals, money
// in the scenario's currency, every undefined figure as undefined.
func writeTable(b *bytes.Buffer, s *calc.Scenario, rep calc.Report) {
	loc := calc.LocaleOf(s.Locale)
	w := tableWriter{b: b, loc: loc, s: s, rep: rep}
	w.title()
	w.values()
	w.money()
	w.priorities()
	for i := range rep.Segments {
		w.details(&rep.Segments[i])
	}
}

// tableWriter holds what every part of the report table needs.
type tableWriter struct {
	b   *bytes.Buffer
	loc calc.Locale
	s   *calc.Scenario
	rep calc.Report
}

func (w *tableWriter) title() {
	title := plain(strings.TrimSpace(w.s.Title))
	if title == "" {
		title = i18n.ReportUntitled.In(w.loc)
	}
	fmt.Fprintf(w.b, "%s\n%s\n\n", title, strings.Repeat("=", utf8.RuneCountInString(title)))
}

// values writes value, gap, verdict and NPS per segment and overall.
func (w *tableWriter) values() {
	fmt.Fprintf(w.b, "%s\n\n", i18n.ReportValueTitle.In(w.loc))
	t := table{left: map[int]bool{0: true, 7: true}}
	t.add(w.in(&i18n.ChartSegment), w.in(&i18n.Customers), w.in(&i18n.BenefitsTitle), w.in(&i18n.SacrificesTitle),
		w.in(&i18n.ReportValue), w.in(&i18n.ReportGap), w.in(&i18n.ReportAdequacy), w.in(&i18n.VerdictHeading), "NPS")
	for i, sg := range w.rep.Segments {
		t.add(plain(sg.Name), w.loc.FormatDecimal(w.s.Segments[i].Customers, 0),
			w.score(sg.BenefitScore), w.score(sg.SacrificeScore), w.score(sg.Value), w.score(sg.Gap),
			w.score(sg.Adequacy), w.verdict(sg.Verdict), w.decimal(sg.NPS, 1))
	}
	p := w.rep.Portfolio
	t.add(w.in(&i18n.ReportAll), w.loc.FormatDecimal(p.Customers, 0),
		w.score(p.BenefitScore), w.score(p.SacrificeScore), w.score(p.Value), w.score(p.Gap),
		"", "", w.decimal(p.NPS, 1))
	t.write(w.b, "")
	fmt.Fprintf(w.b, "\n%s\n\n", i18n.ReportValueNote.F(w.loc, w.loc.FormatDecimal(w.s.Settings.Tolerance, 2)))
}

// money writes what each segment and the portfolio are worth, and what
// keeping more customers adds.
func (w *tableWriter) money() {
	uplift := w.loc.FormatDecimal(w.s.Settings.RetentionUplift, 2)
	fmt.Fprintf(w.b, "%s\n\n", i18n.ReportMoneyTitle.In(w.loc))
	t := table{left: map[int]bool{0: true}}
	t.add(w.in(&i18n.ChartSegment), w.in(&i18n.ReportMargin), w.in(&i18n.ReportPotential), w.in(&i18n.ReportCLV),
		w.in(&i18n.ReportEquity), i18n.ReportUplift.F(w.loc, uplift), "")
	for _, sg := range w.rep.Segments {
		t.add(plain(sg.Name), w.amount(sg.CurrentValue), w.amount(sg.PotentialValue), w.amount(sg.CLV),
			w.amount(sg.Equity), w.amount(sg.EquityUplift), w.change(sg.EquityUpliftPct))
	}
	p := w.rep.Portfolio
	t.add(w.in(&i18n.ReportAll), w.amount(p.CurrentValue), w.amount(p.PotentialValue), "",
		w.amount(p.Equity), w.amount(p.EquityUplift), "")
	t.write(w.b, "")
	fmt.Fprintf(w.b, "\n%s\n\n", i18n.ReportMoneyNote.F(w.loc, w.percent(w.s.Settings.DiscountRate, 2), uplift, uplift))
}

func (w *tableWriter) priorities() {
	if len(w.rep.Portfolio.Priorities) == 0 {
		return
	}
	names := make(map[string]string, len(w.rep.Segments))
	for _, sg := range w.rep.Segments {
		names[sg.ID] = plain(sg.Name)
	}
	list := make([]string, len(w.rep.Portfolio.Priorities))
	for i, id := range w.rep.Portfolio.Priorities {
		list[i] = names[id]
	}
	fmt.Fprintf(w.b, "%s\n", i18n.ReportPriorities.F(w.loc, strings.Join(list, ", ")))
}

// details writes what the table says of one segment by itself, section by
// section (calc.ResultSections), with criteria by name.
func (w *tableWriter) details(sg *calc.SegmentReport) {
	w.b.WriteString("\n" + plain(sg.Name) + ": ")
	for _, s := range calc.ResultSections {
		tableSections[s](w, sg)
	}
}

// tableSections writes each section of a segment's results in the table:
// the scores and the worth of every segment stand in the tables above the
// details (values, money), the rest in the segment's details.
var tableSections = [calc.NumResultSections]func(w *tableWriter, sg *calc.SegmentReport){
	calc.SectionVerdict: func(w *tableWriter, sg *calc.SegmentReport) {
		if sg.Verdict != calc.NoVerdict {
			w.b.WriteString(w.verdict(sg.Verdict) + ". ")
		}
		w.b.WriteString(w.in(i18n.VerdictExplanation(sg.Verdict)) + "\n")
	},
	calc.SectionScores:     inTablesAbove, // values
	calc.SectionLevers:     (*tableWriter).levers,
	calc.SectionPainPoints: (*tableWriter).painPoints,
	calc.SectionPath:       func(w *tableWriter, sg *calc.SegmentReport) { w.path(sg.ToAmbassador) },
	calc.SectionDelighters: (*tableWriter).delighters,
	calc.SectionLoyalty: func(w *tableWriter, sg *calc.SegmentReport) {
		fmt.Fprintf(w.b, "  %s\n", i18n.ReportLoyalty.F(w.loc, w.optionalPercent(sg.LoyaltyIndex),
			w.decimal(sg.ExpectedReferrers, 1), w.percent(w.s.Settings.SayDo, 2)))
	},
	calc.SectionWorth: inTablesAbove, // money
}

// inTablesAbove is the entry of a section that the tables of all segments
// show (values, money): a segment's details leave it out.
func inTablesAbove(*tableWriter, *calc.SegmentReport) {}

// levers lists a segment's levers with the value each point gains.
func (w *tableWriter) levers(sg *calc.SegmentReport) {
	if len(sg.Levers) == 0 {
		w.b.WriteString("  " + w.in(&i18n.ReportNoLevers) + "\n")
	} else {
		w.b.WriteString("  " + w.in(&i18n.ReportLevers) + "\n")
		t := table{left: map[int]bool{0: true}}
		for _, lv := range sg.Levers {
			criteria, kind := w.s.Benefits, &i18n.ReportBenefitKind
			if lv.Kind == calc.SacrificeLever {
				criteria, kind = w.s.Sacrifices, &i18n.ReportSacrificeKind
			}
			name := nameOf(criteria, lv.ID) + " (" + w.in(kind) + ")"
			t.add(name, "+"+w.loc.FormatFixed(lv.Impact, 2))
		}
		t.write(w.b, "    ")
	}
}

// painPoints lists a segment's pain points with how far each falls short
// of its zone of tolerance (a_d).
func (w *tableWriter) painPoints(sg *calc.SegmentReport) {
	if len(sg.PainPoints) == 0 {
		w.b.WriteString("  " + w.in(&i18n.ReportNoPainPoints) + "\n")
		return
	}
	w.b.WriteString("  " + w.in(&i18n.ReportPainPoints) + "\n")
	t := table{left: map[int]bool{0: true}}
	for _, id := range sg.PainPoints {
		t.add(nameOf(w.s.Dimensions, id), w.score(adequacyOf(sg, id)))
	}
	t.write(w.b, "    ")
}

// delighters lists a segment's delighters with how far each rises above
// its zone of tolerance (s_d); nothing when there are none.
func (w *tableWriter) delighters(sg *calc.SegmentReport) {
	if len(sg.Delighters) == 0 {
		return
	}
	w.b.WriteString("  " + w.in(&i18n.ReportDelighters) + "\n")
	t := table{left: map[int]bool{0: true}}
	for _, id := range sg.Delighters {
		t.add(nameOf(w.s.Dimensions, id), "+"+w.loc.FormatFixed(*superiorityOf(sg, id), 2))
	}
	t.write(w.b, "    ")
}

// path lists the steps of a path to ambassador, one mark a line: its name
// and kind, from and to; nothing for an ambassador.
func (w *tableWriter) path(p *calc.Path) {
	if p == nil {
		return
	}
	w.b.WriteString("  " + i18n.ReportPath.F(w.loc, w.loc.FormatDecimal(p.Points, 2)) + "\n")
	t := table{left: map[int]bool{0: true}}
	for _, st := range p.Steps {
		criteria, kind := w.s.Benefits, &i18n.ReportBenefitKind
		switch st.Kind {
		case calc.SacrificeStep:
			criteria, kind = w.s.Sacrifices, &i18n.ReportSacrificeKind
		case calc.QualityStep:
			criteria, kind = w.s.Dimensions, &i18n.ReportQualityKind
		}
		t.add(nameOf(criteria, st.ID)+" ("+w.in(kind)+")", w.loc.FormatDecimal(st.From, 2)+" → "+w.loc.FormatDecimal(st.To, 2))
	}
	t.write(w.b, "    ")
}

// in is a text in the language of the table.
func (w *tableWriter) in(t *i18n.Text) string { return t.In(w.loc) }

// verdict names a verdict in a sentence or a column, as the app does but
// in lower case; no verdict is undefined.
func (w *tableWriter) verdict(v calc.Verdict) string {
	if v == calc.NoVerdict {
		return undefined
	}
	return strings.ToLower(w.in(i18n.Verdict(v)))
}

// score writes a mark, value or gap for reading: two decimals.
func (w *tableWriter) score(x *float64) string { return w.decimal(x, 2) }

func (w *tableWriter) decimal(x *float64, digits int) string {
	if x == nil {
		return undefined
	}
	return w.loc.FormatFixed(*x, digits)
}

func (w *tableWriter) amount(x float64) string { return w.loc.FormatMoney(x, w.s.Currency) }

func (w *tableWriter) percent(x float64, digits int) string {
	return i18n.ReportPercent.F(w.loc, w.loc.FormatDecimal(x, digits))
}

func (w *tableWriter) optionalPercent(x *float64) string {
	if x == nil {
		return undefined
	}
	return i18n.ReportPercent.F(w.loc, w.loc.FormatFixed(*x, 1))
}

// change writes a relative change with its sign: +24,2 %.
func (w *tableWriter) change(x *float64) string {
	s := w.optionalPercent(x)
	if x != nil && *x > 0 && s != w.optionalPercent(calc.Float(0)) {
		s = "+" + s
	}
	return s
}

// nameOf returns the name of the criterion id, or the id itself should it be
// missing (Validate refuses such references).
func nameOf(criteria []calc.Criterion, id string) string {
	for _, c := range criteria {
		if c.ID == id {
			return plain(c.Name)
		}
	}
	return id
}

// adequacyOf returns the adequacy a_d of dimension id.
func adequacyOf(sg *calc.SegmentReport, id string) *float64 {
	if d := sg.Dimension(id); d != nil {
		return d.Adequacy
	}
	return nil
}

// superiorityOf returns the superiority s_d of dimension id; a delighter
// always has one.
func superiorityOf(sg *calc.SegmentReport, id string) *float64 {
	if d := sg.Dimension(id); d != nil && d.Superiority != nil {
		return d.Superiority
	}
	return calc.Float(0)
}

// plain makes a name safe to print in a table on a terminal: control
// characters (tabs, newlines, escape sequences) become spaces.
func plain(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// columnGap separates the columns of a table.
const columnGap = "  "

// table collects rows of cells and writes them in aligned columns: the
// columns in left are aligned left (names), the others right (numbers).
type table struct {
	left map[int]bool
	rows [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// write writes the rows to b, each line starting with indent. tabwriter
// aligns every column right; a left-aligned column is padded to its widest
// cell first, so that aligning it right changes nothing.
func (t *table) write(b *bytes.Buffer, indent string) {
	width := map[int]int{}
	for _, row := range t.rows {
		for i, c := range row {
			if t.left[i] {
				width[i] = max(width[i], utf8.RuneCountInString(c))
			}
		}
	}
	var out bytes.Buffer
	tw := tabwriter.NewWriter(&out, 0, 0, 0, ' ', tabwriter.AlignRight)
	for _, row := range t.rows {
		for i, c := range row {
			if t.left[i] {
				c += strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			}
			if i > 0 {
				c = columnGap + c
			}
			fmt.Fprint(tw, c, "\t")
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	for line := range strings.Lines(out.String()) {
		b.WriteString(indent + strings.TrimRight(line, " \n") + "\n")
	}
}
