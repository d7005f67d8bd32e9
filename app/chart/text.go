package chart

import (
	"strings"
	"unicode/utf8"
)

// maxLabelRunes is how many characters a name may take in a chart; longer
// names end in "…" there and are given in full in the table and tooltip.
const maxLabelRunes = 24

// esc makes s safe as XML character data or attribute value: the five
// markup characters become the entities html.EscapeString writes, invalid
// UTF-8 and characters XML 1.0 cannot hold become U+FFFD, and line breaks
// and tabs become spaces. (A loop of its own rather than html.EscapeString,
// whose strings.Replacer would add to the WebAssembly.)
func esc(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&#34;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF,
			r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// truncate shortens a name to maxLabelRunes characters, ending in "…".
func truncate(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxLabelRunes {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:maxLabelRunes-1])) + "…"
}

// fit shortens a name as truncate does, and further until it is at most
// maxWidth wide at size.
func fit(s string, size, maxWidth float64) string {
	s = truncate(s)
	r := []rune(s)
	for len(r) > 1 && textWidth(string(r), size) > maxWidth {
		r = append(r[:len(r)-2], '…')
	}
	return string(r)
}

// twoLines breaks a name that does not fit maxWidth at size into at most
// two lines at a space, the second shortened as fit does if it is still
// too long; a name whose first word alone is too long is fitted on one.
func twoLines(s string, size, maxWidth float64) []string {
	s = strings.Join(strings.Fields(s), " ")
	if textWidth(s, size) <= maxWidth {
		return []string{s}
	}
	words := strings.Fields(s)
	first := ""
	k := 0
	for k < len(words) && textWidth(strings.TrimSpace(first+" "+words[k]), size) <= maxWidth {
		first = strings.TrimSpace(first + " " + words[k])
		k++
	}
	if k == 0 {
		return []string{fit(s, size, maxWidth)}
	}
	rest := strings.Join(words[k:], " ")
	r := []rune(rest)
	for len(r) > 1 && textWidth(string(r), size) > maxWidth {
		r = append(r[:len(r)-2], '…')
	}
	return []string{first, string(r)}
}

// TextWidth estimates the width of s drawn at size px, as the charts do:
// for a page's layout that must leave room for a text before it is drawn.
func TextWidth(s string, size float64) float64 { return textWidth(s, size) }

// textWidth estimates the width of s drawn at size px: the charts have no
// font metrics, so this leans wide (a little over an average sans-serif
// glyph) to keep labels apart; East Asian wide characters count a full em.
func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case isWide(r):
			w += 1.0
		case r == 'i' || r == 'l' || r == 'j' || r == 't' || r == 'f' || r == 'I' ||
			r == '.' || r == ',' || r == ':' || r == ';' || r == '\'' || r == ' ' || r == '(' || r == ')':
			w += 0.34
		case r >= 'A' && r <= 'Z' || r == 'm' || r == 'w' || r == '€':
			w += 0.72
		default:
			w += 0.6
		}
	}
	return w * size
}

func isWide(r rune) bool {
	return r >= 0x1100 && r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF ||
		r >= 0xAC00 && r <= 0xD7A3 || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0xFF00 && r <= 0xFF60 || r >= 0x1F300 && r <= 0x1FAFF || r >= 0x20000
}
