// Package i18n holds the texts a user reads, in Dutch and English, for the
// app and the klantwaarde command alike. A text is a Go variable, so the
// compiler checks every use of it; each file groups the texts of one part
// of the interface.
package i18n

import (
	"fmt"
	"strconv"

	"github.com/klantwaarde/klantwaarde/calc"
)

// Text is one text in both languages. Its methods take a pointer, so that
// a call passes one word rather than copying four: the texts are package
// variables, and the app calls them a few hundred times.
type Text struct {
	NL, EN string
}

// In returns the text in the language of l: English for calc.English,
// Dutch otherwise.
func (t *Text) In(l calc.Locale) string {
	if l == calc.English {
		return t.EN
	}
	return t.NL
}

// F formats the text in the language of l with args, as fmt.Sprintf does.
// The texts take only strings (%s) and ints (%d), which it writes itself:
// the page formats a few dozen texts as it starts, often enough that V8
// compiled fmt's printer a second time, optimized, while the page was
// being drawn. Anything else goes to fmt.Sprintf.
func (t *Text) F(l calc.Locale, args ...any) string {
	format := t.In(l)
	b := make([]byte, 0, len(format)+16*len(args))
	n := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		if i++; i == len(format) {
			return fmt.Sprintf(format, args...)
		}
		switch verb := format[i]; {
		case verb == '%':
			b = append(b, '%')
			continue
		case n == len(args):
			return fmt.Sprintf(format, args...)
		case verb == 's':
			s, ok := args[n].(string)
			if !ok {
				return fmt.Sprintf(format, args...)
			}
			b = append(b, s...)
		case verb == 'd':
			d, ok := args[n].(int)
			if !ok {
				return fmt.Sprintf(format, args...)
			}
			b = strconv.AppendInt(b, int64(d), 10)
		default:
			return fmt.Sprintf(format, args...)
		}
		n++
	}
	if n != len(args) {
		return fmt.Sprintf(format, args...)
	}
	return string(b)
}

// keyedText is a text found by a key that calc defines, such as a CSV
// column. A list rather than a map: it needs no code to build it when the
// app starts.
type keyedText struct {
	key  string
	text Text
}

// missing is what find returns for a key without a text; the tests make
// sure there is none.
var missing Text

func find(list []keyedText, key string) *Text {
	for i := range list {
		if list[i].key == key {
			return &list[i].text
		}
	}
	return &missing
}

// Plural is a text about a number of things in two forms: One for exactly
// one ("%d deelnemer", "%d participant") and Other for any other number.
// The number is the text's first int argument. Every text in which a
// count meets a noun is a Plural (TestCountsHavePlurals).
type Plural struct {
	One, Other Text
}

// F formats the form for its first int argument in the language of l, as
// Text.F does.
func (p *Plural) F(l calc.Locale, args ...any) string {
	for _, a := range args {
		if n, ok := a.(int); ok {
			if n == 1 {
				return p.One.F(l, args...)
			}
			break
		}
	}
	return p.Other.F(l, args...)
}
