// Package i18n holds the texts a user reads, in Dutch and English, for the
// app and the klantwaarde command alike. A text is a Go variable, so the
// compiler checks every use of it; each file groups the texts of one part
// of the interface.
package i18n

import (
	"fmt"

	"github.com/klantwaarde/klantwaarde/calc"
)

// Text is one text in both languages.
type Text struct {
	NL, EN string
}

// In returns the text in the language of l: English for calc.English,
// Dutch otherwise.
func (t Text) In(l calc.Locale) string {
	if l == calc.English {
		return t.EN
	}
	return t.NL
}

// F formats the text in the language of l with args, as fmt.Sprintf does.
func (t Text) F(l calc.Locale, args ...any) string {
	return fmt.Sprintf(t.In(l), args...)
}
