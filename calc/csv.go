package calc

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// CSVColumns are the columns of the results CSV, one row per segment and a
// last row for the portfolio. toAmbassador is the path to ambassador as
// the data-path hook writes it (Path.String). Callers pass a header in the user's language
// with the same number of names.
var CSVColumns = []string{
	"segment", "name", "customers", "benefitScore", "sacrificeScore", "value", "valueRatio", "gap",
	"adequacy", "verdict", "loyaltyIndex", "nps", "expectedReferrers", "currentValue", "potentialValue",
	"clv", "equity", "equityUplift", "equityUpliftPct", "toAmbassador",
}

// utf8BOM lets spreadsheet programs recognise the file as UTF-8.
const utf8BOM = "\ufeff"

// WriteCSV writes the results of s in the conventions of locale l: for
// Dutch a semicolon between fields and a decimal comma, for English a comma
// and a decimal point; UTF-8 with a byte-order mark. Numbers are written in
// full precision without thousands separators, undefined figures as empty
// fields, and text that a spreadsheet would run as a formula (starting with
// = + - @ or a tab) is prefixed with an apostrophe.
// header names the columns; nil means CSVColumns.
func WriteCSV(w io.Writer, s *Scenario, r Report, l Locale, header []string) error {
	if header == nil {
		header = CSVColumns
	}
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ','
	if l == Dutch {
		cw.Comma = ';'
	}
	cw.UseCRLF = true
	rows := [][]string{safeTexts(header)}
	num := func(x float64) string { return csvNumber(x, l) }
	opt := func(x *float64) string {
		if x == nil {
			return ""
		}
		return num(*x)
	}
	for i, sr := range r.Segments {
		customers := 0.0
		if i < len(s.Segments) {
			customers = s.Segments[i].Customers
		}
		rows = append(rows, []string{
			safeText(sr.ID), safeText(sr.Name), num(customers), opt(sr.BenefitScore), opt(sr.SacrificeScore),
			opt(sr.Value), opt(sr.ValueRatio), opt(sr.Gap), opt(sr.Adequacy), string(sr.Verdict), opt(sr.LoyaltyIndex),
			opt(sr.NPS), opt(sr.ExpectedReferrers), num(sr.CurrentValue), num(sr.PotentialValue), num(sr.CLV),
			num(sr.Equity), num(sr.EquityUplift), opt(sr.EquityUpliftPct), sr.ToAmbassador.String(),
		})
	}
	p := r.Portfolio
	rows = append(rows, []string{
		"portfolio", safeText(s.Title), num(p.Customers), opt(p.BenefitScore), opt(p.SacrificeScore), opt(p.Value), "",
		opt(p.Gap), "", "", "", opt(p.NPS), "", num(p.CurrentValue), num(p.PotentialValue), "", num(p.Equity),
		num(p.EquityUplift), "", "",
	})
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// csvNumber writes x in full precision with the locale's decimal separator
// and no grouping, which spreadsheet programs in that locale read as a
// number.
func csvNumber(x float64, l Locale) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if s == "-0" {
		s = "0"
	}
	if l == Dutch {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// safeText defuses text that a spreadsheet would read as a formula, and
// normalises its line ends.
func safeText(s string) string {
	// Every line ends in a plain newline: encoding/csv cannot read a lone
	// carriage return back.
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	if s != "" && strings.ContainsRune("=+-@\t", rune(s[0])) {
		return "'" + s
	}
	return s
}

func safeTexts(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = safeText(s)
	}
	return out
}
