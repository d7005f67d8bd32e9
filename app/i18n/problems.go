package i18n

import (
	"errors"
	"strconv"

	"github.com/klantwaarde/klantwaarde/calc"
)

// What is wrong with a file, a link or a response code, worded from the
// parts calc's errors carry (calc.Problem, calc.RangeError,
// calc.SyntaxError, calc.CodeError) and the sentinel each wraps. The field
// path stays as calc writes it (SPEC §6).
var (
	problemTooLarge      = Text{NL: "te groot", EN: "too large"}
	problemLargerThan    = Text{NL: "groter dan %d KiB", EN: "larger than %d KiB"}
	problemEmpty         = Text{NL: "het bestand is leeg", EN: "the file is empty"}
	problemSyntax        = Text{NL: "regel %d, kolom %d: geen geldige JSON", EN: "line %d, column %d: not valid JSON"}
	problemEncoding      = Text{NL: "regel %d, kolom %d: geen geldige UTF-8-tekst", EN: "line %d, column %d: not valid UTF-8 text"}
	problemTrailing      = Text{NL: "regel %d, kolom %d: na het scenario staat nog meer", EN: "line %d, column %d: there is more after the scenario"}
	problemDuplicateKey  = Text{NL: "regel %d, kolom %d: een veld staat er twee keer in", EN: "line %d, column %d: a field appears twice"}
	problemUnknownField  = Text{NL: "onbekend veld (controleer de spelling; vrije gegevens horen onder „x”)", EN: "unknown field (check the spelling; free-form data goes under “x”)"}
	problemType          = Text{NL: "een waarde van de verkeerde soort", EN: "a value of the wrong kind"}
	problemCurrency      = Text{NL: "„%s” is geen valutacode van drie letters, zoals EUR", EN: "“%s” is not a three-letter currency code such as EUR"}
	problemRequired      = Text{NL: "ontbreekt", EN: "missing"}
	problemFormat        = Text{NL: "dit is geen Klantwaarde-scenario", EN: "this is not a Klantwaarde scenario"}
	problemNewer         = Text{NL: "gemaakt met een nieuwere versie van Klantwaarde; werk de app bij om het te openen", EN: "made with a newer version of Klantwaarde; update the app to open it"}
	problemBelow         = Text{NL: "%s ligt onder het minimum %s", EN: "%s is below the minimum %s"}
	problemAbove         = Text{NL: "%s ligt boven het maximum %s", EN: "%s is above the maximum %s"}
	problemOutOfRange    = Text{NL: "%s valt buiten wat is toegestaan", EN: "%s is outside what is allowed"}
	problemNotFinite     = Text{NL: "%s is geen eindig getal", EN: "%s is not a finite number"}
	problemNotWhole      = Text{NL: "%s is geen heel getal", EN: "%s is not a whole number"}
	problemInvalidID     = Text{NL: "„%s” is geen geldige id (1–%d tekens uit a-z A-Z 0-9 _ -)", EN: "“%s” is not a valid id (1–%d of a-z A-Z 0-9 _ -)"}
	problemDuplicateID   = Text{NL: "„%s” komt twee keer voor", EN: "“%s” is used twice"}
	problemUnknownRef    = Text{NL: "er is niets met id „%s”", EN: "there is nothing with id “%s”"}
	problemTooShort      = Plural{One: Text{NL: "%d teken; er zijn er minstens %d nodig", EN: "%d character; at least %d are needed"}, Other: Text{NL: "%d tekens; er zijn er minstens %d nodig", EN: "%d characters; at least %d are needed"}}
	problemTooLong       = Plural{One: Text{NL: "%d teken; hooguit %d mag", EN: "%d character; at most %d is allowed"}, Other: Text{NL: "%d tekens; hooguit %d mogen", EN: "%d characters; at most %d are allowed"}}
	problemTooMany       = Plural{One: Text{NL: "%d stuk; hooguit %d mag", EN: "%d item; at most %d is allowed"}, Other: Text{NL: "%d stuks; hooguit %d mogen", EN: "%d items; at most %d are allowed"}}
	problemZonePair      = Text{NL: "ontbreekt: een minimum en een gewenst niveau horen samen", EN: "missing: a minimum and a desired level go together"}
	problemZoneOrder     = Text{NL: "%s ligt boven het gewenste niveau", EN: "%s is above the desired level"}
	problemShareLink     = Text{NL: "de link is beschadigd; is hij afgebroken?", EN: "the link is damaged; was it cut off?"}
	problemQuestionnaire = Text{NL: "de link bevat geen bruikbare vragenlijst", EN: "the link holds no usable questionnaire"}
	problemChecksum      = Text{NL: "een teken is verkeerd getypt", EN: "a character is mistyped"}
	problemOtherCode     = Text{NL: "een code voor een andere vragenlijst", EN: "a code for another questionnaire"}
	problemCodeLength    = Plural{One: Text{NL: "%d teken, waar een code voor deze vragenlijst er %d heeft", EN: "%d character where a code for this questionnaire has %d"}, Other: Text{NL: "%d tekens, waar een code voor deze vragenlijst er %d heeft", EN: "%d characters where a code for this questionnaire has %d"}}
	problemCodeChar      = Text{NL: "teken %d hoort niet in een code", EN: "character %d cannot be part of a code"}
	problemNotCode       = Text{NL: "geen antwoordcode", EN: "not a response code"}
	problemUnknown       = Text{NL: "er ging iets mis", EN: "something went wrong"}
)

// Problem words one error of calc in the language of l: a field's path
// and what is wrong with it, or the first problem of a calc.Errors.
func Problem(l calc.Locale, err error) string {
	if errs, ok := errors.AsType[calc.Errors](err); ok && len(errs) > 0 {
		err = errs[0]
	}
	if fe, ok := errors.AsType[*calc.FieldError](err); ok {
		if fe.Path == "" {
			return reason(l, fe.Err)
		}
		return fe.Path + ": " + reason(l, fe.Err)
	}
	return reason(l, err)
}

// Reason words what is wrong without the field's path, for a message shown
// next to the field the path names.
func Reason(l calc.Locale, err error) string {
	if fe, ok := errors.AsType[*calc.FieldError](err); ok {
		err = fe.Err
	}
	return reason(l, err)
}

// reason words what is wrong, from the most telling part err carries.
func reason(l calc.Locale, err error) string {
	if re, ok := errors.AsType[*calc.RangeError](err); ok {
		if re.Value < re.Min {
			return problemBelow.F(l, number(l, re.Value), number(l, re.Min))
		}
		return problemAbove.F(l, number(l, re.Value), number(l, re.Max))
	}
	if se, ok := errors.AsType[*calc.SyntaxError](err); ok {
		t := &problemSyntax
		switch {
		case errors.Is(se, calc.ErrEncoding):
			t = &problemEncoding
		case errors.Is(se, calc.ErrTrailing):
			t = &problemTrailing
		case errors.Is(se, calc.ErrDuplicateKey):
			t = &problemDuplicateKey
		}
		return t.F(l, se.Line, se.Column)
	}
	if ce, ok := errors.AsType[*calc.CodeError](err); ok {
		return codeProblem(l, ce)
	}
	if errors.Is(err, calc.ErrQuestionnaire) && !errors.Is(err, calc.ErrNewerVersion) {
		if errs, ok := errors.AsType[calc.Errors](err); ok && len(errs) > 0 {
			return Problem(l, errs[0])
		}
		return problemQuestionnaire.In(l)
	}
	var p calc.Problem
	if pp, ok := errors.AsType[*calc.Problem](err); ok {
		p = *pp
	}
	switch {
	case errors.Is(err, calc.ErrTooLarge) && p.Limit > 0:
		return problemLargerThan.F(l, p.Limit)
	case errors.Is(err, calc.ErrTooLarge):
		return problemTooLarge.In(l)
	case errors.Is(err, calc.ErrSyntax):
		return problemEmpty.In(l)
	case errors.Is(err, calc.ErrUnknownField):
		return problemUnknownField.In(l)
	case errors.Is(err, calc.ErrType) && p.Found != "":
		return problemCurrency.F(l, p.Found)
	case errors.Is(err, calc.ErrType):
		return problemType.In(l)
	case errors.Is(err, calc.ErrRequired):
		return problemRequired.In(l)
	case errors.Is(err, calc.ErrFormat):
		return problemFormat.In(l)
	case errors.Is(err, calc.ErrNotBackup):
		return problemNotBackup.In(l)
	case errors.Is(err, calc.ErrNewerVersion):
		return problemNewer.In(l)
	case errors.Is(err, calc.ErrOutOfRange):
		return problemOutOfRange.F(l, p.Found)
	case errors.Is(err, calc.ErrNotFinite):
		return problemNotFinite.F(l, p.Found)
	case errors.Is(err, calc.ErrNotWhole):
		return problemNotWhole.F(l, p.Found)
	case errors.Is(err, calc.ErrInvalidID):
		return problemInvalidID.F(l, p.Found, p.Limit)
	case errors.Is(err, calc.ErrDuplicateID):
		return problemDuplicateID.F(l, p.Found)
	case errors.Is(err, calc.ErrUnknownRef):
		return problemUnknownRef.F(l, p.Found)
	case errors.Is(err, calc.ErrNameLength) && p.Count < p.Limit:
		return problemTooShort.F(l, p.Count, p.Limit)
	case errors.Is(err, calc.ErrNameLength):
		return problemTooLong.F(l, p.Count, p.Limit)
	case errors.Is(err, calc.ErrTooMany):
		return problemTooMany.F(l, p.Count, p.Limit)
	case errors.Is(err, calc.ErrZonePair):
		return problemZonePair.In(l)
	case errors.Is(err, calc.ErrZoneOrder):
		return problemZoneOrder.F(l, foundNumber(l, p.Found))
	case errors.Is(err, calc.ErrShareLink):
		return problemShareLink.In(l)
	}
	return problemUnknown.In(l)
}

func codeProblem(l calc.Locale, ce *calc.CodeError) string {
	switch {
	case errors.Is(ce, calc.ErrChecksum):
		return problemChecksum.In(l)
	case errors.Is(ce, calc.ErrOtherQuestionnaire):
		return problemOtherCode.In(l)
	case ce.Limit > 0:
		return problemCodeLength.F(l, ce.Count, ce.Limit)
	case ce.Position > 0:
		return problemCodeChar.F(l, ce.Position)
	}
	return problemNotCode.In(l)
}

// number writes a number from a document in the conventions of l, in
// full precision: 7,5 in Dutch.
func number(l calc.Locale, x float64) string { return l.FormatDecimal(x, 6) }

// foundNumber writes a number a problem found, as calc wrote it ("8.5"),
// in the conventions of l; anything else stays as it is.
func foundNumber(l calc.Locale, found string) string {
	x, err := strconv.ParseFloat(found, 64)
	if err != nil {
		return found
	}
	return number(l, x)
}
