package calc

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Locale is a language of the interface and its number conventions.
type Locale string

// The two locales of the app.
const (
	Dutch   Locale = "nl"
	English Locale = "en"
)

// LocaleOf maps a language tag ("nl", "nl-BE", "en-GB", "") to a Locale:
// Dutch for any Dutch tag, English otherwise.
func LocaleOf(tag string) Locale {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if tag == "nl" || strings.HasPrefix(tag, "nl-") || strings.HasPrefix(tag, "nl_") {
		return Dutch
	}
	return English
}

// separators returns the decimal and grouping characters of l.
func (l Locale) separators() (decimal, group byte) {
	if l == Dutch {
		return ',', '.'
	}
	return '.', ','
}

// FormatDecimal writes x with at most digits decimals (trailing zeros
// dropped) and thousands grouped: 1.234,5 in Dutch, 1,234.5 in English.
func (l Locale) FormatDecimal(x float64, digits int) string {
	return l.format(x, digits, false)
}

// FormatFixed writes x with exactly digits decimals: 1.234,50 in Dutch.
func (l Locale) FormatFixed(x float64, digits int) string {
	return l.format(x, digits, true)
}

func (l Locale) format(x float64, digits int, fixed bool) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', digits, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	if !fixed {
		frac = strings.TrimRight(frac, "0")
	}
	dec, group := l.separators()
	var b strings.Builder
	if x < 0 && strings.Trim(s, "0.") != "" {
		b.WriteByte('-')
	}
	for i, c := range []byte(intPart) {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(group)
		}
		b.WriteByte(c)
	}
	if frac != "" {
		b.WriteByte(dec)
		b.WriteString(frac)
	}
	return b.String()
}

// currencySymbols maps ISO 4217 codes to the symbols people write.
var currencySymbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£"}

// FormatMoney writes an amount with two decimals and its currency the way
// the locale writes it: "€ 1.234,50" and "€ -12,00" in Dutch, "€1,234.50"
// and "-€12.00" in English. An unknown currency is written as its code.
func (l Locale) FormatMoney(x float64, currency string) string {
	if currency == "" {
		currency = "EUR"
	}
	sym, ok := currencySymbols[currency]
	if !ok {
		sym = currency + " "
	}
	n := l.FormatFixed(math.Abs(x), 2)
	neg := x < 0 && n != l.FormatFixed(0, 2)
	if l == Dutch {
		if neg {
			n = "-" + n
		}
		return strings.TrimSpace(sym) + " " + n
	}
	if neg {
		return "-" + sym + n
	}
	return sym + n
}

// Errors of ParseNumber.
var (
	ErrEmpty     = errors.New("empty")
	ErrNotNumber = errors.New("not a number")
	ErrAmbiguous = errors.New("ambiguous separators")
)

// ParseNumber reads a number typed by a person in locale l. Both decimal
// separators are accepted where that is unambiguous: in Dutch "7,5" and
// "7.5" are both 7.5, "1.234" is 1234 (a dot followed by three digits
// groups thousands, unless the number starts with 0 or 4 digits: "0.500"
// is 0.5) and "1.234,5" is 1234.5; English mirrors that. White space (also
// non-breaking spaces and line ends) and a leading + are ignored;
// exponents, NaN and infinities are refused; -0 reads as 0.
func (l Locale) ParseNumber(s string) (float64, error) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) { // also the line end of a pasted cell
			return -1
		}
		if r == '−' { // the typographic minus sign
			return '-'
		}
		return r
	}, s)
	if s == "" {
		return 0, ErrEmpty
	}
	sign := 1.0
	switch s[0] {
	case '-':
		sign, s = -1, s[1:]
	case '+':
		s = s[1:]
	}
	digits, err := l.normalise(s)
	if err != nil {
		return 0, err
	}
	x, err := strconv.ParseFloat(digits, 64)
	if err != nil || math.IsInf(x, 0) {
		return 0, ErrNotNumber
	}
	if x == 0 {
		return 0, nil
	}
	return sign * x, nil
}

// normalise turns the digits and separators of an unsigned number into
// Go syntax ("1234.5").
func (l Locale) normalise(s string) (string, error) {
	if s == "" {
		return "", ErrNotNumber
	}
	for _, c := range []byte(s) {
		if !(c >= '0' && c <= '9' || c == '.' || c == ',') {
			return "", ErrNotNumber
		}
	}
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	_, localGroup := l.separators()
	var decimal, group byte
	switch {
	case dots == 0 && commas == 0:
		return s, nil
	case dots > 0 && commas > 0:
		// Both: the last one is the decimal separator and may appear once.
		decimal = s[strings.LastIndexAny(s, ".,")]
		group = '.' + ',' - decimal
		if strings.Count(s, string(decimal)) > 1 {
			return "", ErrAmbiguous
		}
	case dots > 1 || commas > 1:
		group = '.'
		if commas > 1 {
			group = ','
		}
	default:
		sep := byte('.')
		if commas == 1 {
			sep = ','
		}
		i := strings.IndexByte(s, sep)
		// "1.234" groups thousands in Dutch, but "0.500" and "1234.567"
		// do not: a grouped number starts with 1–3 digits, not with 0.
		if sep == localGroup && len(s)-i-1 == 3 && i > 0 && i <= 3 && s[0] != '0' {
			group = sep
		} else {
			decimal = sep
		}
	}
	intPart, frac := s, ""
	if decimal != 0 {
		i := strings.LastIndexByte(s, decimal)
		intPart, frac = s[:i], s[i+1:]
		if frac == "" && intPart == "" {
			return "", ErrNotNumber
		}
	}
	if group != 0 {
		groups := strings.Split(intPart, string(group))
		for i, g := range groups {
			if i == 0 && (len(g) == 0 || len(g) > 3 || g[0] == '0') || i > 0 && len(g) != 3 {
				return "", ErrAmbiguous
			}
		}
		intPart = strings.Join(groups, "")
	}
	if intPart == "" {
		intPart = "0"
	}
	if frac == "" {
		return intPart, nil
	}
	return intPart + "." + frac, nil
}
