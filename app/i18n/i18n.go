// Package i18n holds the texts a user reads, in Dutch and English, for the
// app and the klantwaarde command alike. A text is a Go variable, so the
// compiler checks every use of it; each file groups the texts of one part
// of the interface.
package i18n

import (
	"fmt"

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
func (t *Text) F(l calc.Locale, args ...any) string {
	return fmt.Sprintf(t.In(l), args...)
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
