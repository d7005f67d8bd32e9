package calc

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// parsed is the outcome of ParseNumber: a number or an error.
type parsed struct {
	X   float64
	Err error
}

func num(x float64) parsed   { return parsed{X: x} }
func fails(err error) parsed { return parsed{Err: err} }

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in     string
		nl, en parsed
	}{
		// Decimal separators: both are read where that is unambiguous.
		{"7,5", num(7.5), num(7.5)},
		{"7.5", num(7.5), num(7.5)},
		{"0,25", num(0.25), num(0.25)},
		{"1.23", num(1.23), num(1.23)},
		{"1.2345", num(1.2345), num(1.2345)},
		{".5", num(0.5), num(0.5)},
		{",5", num(0.5), num(0.5)},
		{"5.", num(5), num(5)},
		{"5,", num(5), num(5)},
		// Three digits after one separator: grouping in the locale that
		// groups with it, a decimal in the other.
		{"1.234", num(1234), num(1.234)},
		{"1,234", num(1.234), num(1234)},
		{"123.456", num(123456), num(123.456)},
		// ... but not when the number starts with 0 or with 4 digits.
		{"0.500", num(0.5), num(0.5)},
		{"0,500", num(0.5), num(0.5)},
		{"1234.567", num(1234.567), num(1234.567)},
		{"1234,567", num(1234.567), num(1234.567)},
		// Both separators: the last one is the decimal separator.
		{"1.234,5", num(1234.5), num(1234.5)},
		{"1,234.5", num(1234.5), num(1234.5)},
		{"1.234.567,891", num(1234567.891), num(1234567.891)},
		{"1,234,567.891", num(1234567.891), num(1234567.891)},
		{"1.234.567", num(1234567), num(1234567)},
		{"1,234,567", num(1234567), num(1234567)},
		// Grouping that does not fit.
		{"12.34.5", fails(ErrAmbiguous), fails(ErrAmbiguous)},
		{"1,2,3", fails(ErrAmbiguous), fails(ErrAmbiguous)},
		{"12,34.5", fails(ErrAmbiguous), fails(ErrAmbiguous)},
		{"1.234,5.6", fails(ErrAmbiguous), fails(ErrAmbiguous)},
		{"0.500.000", fails(ErrAmbiguous), fails(ErrAmbiguous)},
		{"1..5", fails(ErrAmbiguous), fails(ErrAmbiguous)},
		// Signs.
		{"+3", num(3), num(3)},
		{"-2,5", num(-2.5), num(-2.5)},
		{"−2", num(-2), num(-2)}, // U+2212, the typographic minus
		{"- 2", num(-2), num(-2)},
		{"-0", num(0), num(0)},
		{"-0,00", num(0), num(0)},
		{"--1", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"+-1", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"1-", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"-", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"+", fails(ErrNotNumber), fails(ErrNotNumber)},
		// White space, as typed or pasted.
		{"1 234,5", num(1234.5), num(1234.5)},
		{"1\u00a0234", num(1234), num(1234)},
		{"1\u202f234.5", num(1234.5), num(1234.5)},
		{"  7,5\t", num(7.5), num(7.5)},
		{"7,5\r\n", num(7.5), num(7.5)}, // a cell copied from a spreadsheet
		{"", fails(ErrEmpty), fails(ErrEmpty)},
		{"  ", fails(ErrEmpty), fails(ErrEmpty)},
		{"\u00a0\n", fails(ErrEmpty), fails(ErrEmpty)},
		// Not numbers.
		{"abc", fails(ErrNotNumber), fails(ErrNotNumber)},
		{".", fails(ErrNotNumber), fails(ErrNotNumber)},
		{",", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"NaN", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"Inf", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"-Infinity", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"1e3", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"1e309", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"0x10", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"1_000", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"€ 5", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"50%", fails(ErrNotNumber), fails(ErrNotNumber)},
		{"１２", fails(ErrNotNumber), fails(ErrNotNumber)}, // full-width digits
		{"1" + strings.Repeat("0", 400), fails(ErrNotNumber), fails(ErrNotNumber)},
		{"De klant betaalt gemiddeld 7,5 euro per maand.\nZie bijlage.", fails(ErrNotNumber), fails(ErrNotNumber)},
		// Plain digits.
		{"0", num(0), num(0)},
		{"007", num(7), num(7)},
		{"123456789012", num(123456789012), num(123456789012)},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			l    Locale
			want parsed
		}{{Dutch, tt.nl}, {English, tt.en}} {
			x, err := c.l.ParseNumber(tt.in)
			got := parsed{x, err}
			if diff := cmp.Diff(c.want, got, approx, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("%s: ParseNumber(%q) (-want +got):\n%s", c.l, tt.in, diff)
			}
			if err == nil && math.Signbit(x) && x == 0 {
				t.Errorf("%s: ParseNumber(%q) = -0, want 0", c.l, tt.in)
			}
		}
	}
}

func TestFormatDecimal(t *testing.T) {
	tests := []struct {
		x      float64
		digits int
		nl, en string
	}{
		{7.5, 1, "7,5", "7.5"},
		{7.5, 2, "7,5", "7.5"}, // trailing zeros dropped
		{7, 2, "7", "7"},
		{0, 2, "0", "0"},
		{1234.5, 2, "1.234,5", "1,234.5"},
		{1000, 0, "1.000", "1,000"},
		{999, 0, "999", "999"},
		{123456789, 0, "123.456.789", "123,456,789"},
		{1234567.891, 2, "1.234.567,89", "1,234,567.89"},
		{-1234.5, 1, "-1.234,5", "-1,234.5"},
		{-1e6, 0, "-1.000.000", "-1,000,000"},
		{12.3456, 3, "12,346", "12.346"},            // rounded
		{999.96, 1, "1.000", "1,000"},               // rounding carries into a new group
		{-999.96, 1, "-1.000", "-1,000"},            //
		{0.004, 2, "0", "0"},                        // rounds to nothing
		{-0.004, 2, "0", "0"},                       // not "-0"
		{math.Copysign(0, -1), 2, "0", "0"},         // -0
		{1234.5678, -1, "1.234,5678", "1,234.5678"}, // -1: as many as needed
		{0.1, -1, "0,1", "0.1"},
		{1e21, 0, "1.000.000.000.000.000.000.000", "1,000,000,000,000,000,000,000"},
		{math.NaN(), 2, "–", "–"},
		{math.Inf(-1), 2, "–", "–"},
	}
	for _, tt := range tests {
		got := []string{Dutch.FormatDecimal(tt.x, tt.digits), English.FormatDecimal(tt.x, tt.digits)}
		if diff := cmp.Diff([]string{tt.nl, tt.en}, got); diff != "" {
			t.Errorf("FormatDecimal(%v, %d) [nl en] (-want +got):\n%s", tt.x, tt.digits, diff)
		}
	}
}

func TestFormatFixed(t *testing.T) {
	tests := []struct {
		x      float64
		digits int
		nl, en string
	}{
		{1234.5, 2, "1.234,50", "1,234.50"},
		{0, 2, "0,00", "0.00"},
		{-0.001, 2, "0,00", "0.00"}, // not "-0,00"
		{-12, 2, "-12,00", "-12.00"},
		{7, 0, "7", "7"},
		{1e6, 1, "1.000.000,0", "1,000,000.0"},
		{2.345678, 4, "2,3457", "2.3457"},
	}
	for _, tt := range tests {
		got := []string{Dutch.FormatFixed(tt.x, tt.digits), English.FormatFixed(tt.x, tt.digits)}
		if diff := cmp.Diff([]string{tt.nl, tt.en}, got); diff != "" {
			t.Errorf("FormatFixed(%v, %d) [nl en] (-want +got):\n%s", tt.x, tt.digits, diff)
		}
	}
}

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		x        float64
		currency string
		nl, en   string
	}{
		{1234.5, "EUR", "€ 1.234,50", "€1,234.50"},
		{1234.5, "", "€ 1.234,50", "€1,234.50"}, // EUR by default
		{0, "EUR", "€ 0,00", "€0.00"},
		{-12, "EUR", "€ -12,00", "-€12.00"},
		{-0.001, "EUR", "€ 0,00", "€0.00"}, // rounds to 0: no minus
		{math.Copysign(0, -1), "EUR", "€ 0,00", "€0.00"},
		{1234567.891, "EUR", "€ 1.234.567,89", "€1,234,567.89"},
		{-1234567.891, "EUR", "€ -1.234.567,89", "-€1,234,567.89"},
		{99.999, "EUR", "€ 100,00", "€100.00"},
		{1234.5, "USD", "$ 1.234,50", "$1,234.50"},
		{1234.5, "GBP", "£ 1.234,50", "£1,234.50"},
		{1234.5, "CHF", "CHF 1.234,50", "CHF 1,234.50"}, // unknown currency: its code
		{-12, "CHF", "CHF -12,00", "-CHF 12.00"},
	}
	for _, tt := range tests {
		got := []string{Dutch.FormatMoney(tt.x, tt.currency), English.FormatMoney(tt.x, tt.currency)}
		if diff := cmp.Diff([]string{tt.nl, tt.en}, got); diff != "" {
			t.Errorf("FormatMoney(%v, %q) [nl en] (-want +got):\n%s", tt.x, tt.currency, diff)
		}
	}
}

func TestLocaleOf(t *testing.T) {
	tests := []struct {
		tag  string
		want Locale
	}{
		{"nl", Dutch},
		{"nl-NL", Dutch},
		{"nl-BE", Dutch},
		{"NL_nl", Dutch},
		{" nl ", Dutch},
		{"en", English},
		{"en-GB", English},
		{"de-DE", English},
		{"nld", English},
		{"", English},
	}
	for _, tt := range tests {
		if got := LocaleOf(tt.tag); got != tt.want {
			t.Errorf("LocaleOf(%q) = %q, want %q", tt.tag, got, tt.want)
		}
	}
}

// TestFormatThenParse checks that what the app writes in a locale reads
// back in that locale.
func TestFormatThenParse(t *testing.T) {
	for _, x := range []float64{0, 1, -1, 7.5, 0.001, 999.5, 1000, 1234.5, -1234567.891, 0.1 + 0.2, 1e15, 123456789.123} {
		for _, l := range []Locale{Dutch, English} {
			text := l.FormatDecimal(x, -1)
			got, err := l.ParseNumber(text)
			if err != nil || got != x {
				t.Errorf("%s: ParseNumber(FormatDecimal(%v, -1) = %q) = %v, %v", l, x, text, got, err)
			}
		}
	}
}
