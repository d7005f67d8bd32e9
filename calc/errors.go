package calc

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel errors, wrapped by every problem calc reports so that callers can
// tell the kinds apart with errors.Is and word them in their own language.
var (
	ErrSyntax       = errors.New("not valid JSON")
	ErrEncoding     = errors.New("not valid UTF-8")
	ErrTooLarge     = errors.New("too large")
	ErrTrailing     = errors.New("unexpected data after the scenario")
	ErrDuplicateKey = errors.New("duplicate key")
	ErrUnknownField = errors.New("unknown field")
	ErrType         = errors.New("wrong type")
	ErrRequired     = errors.New("required")
	ErrFormat       = errors.New("not a Klantwaarde scenario")
	ErrNewerVersion = errors.New("written by a newer version")
	ErrOutOfRange   = errors.New("out of range")
	ErrNotFinite    = errors.New("not a finite number")
	ErrNotWhole     = errors.New("not a whole number")
	ErrInvalidID    = errors.New("invalid id")
	ErrDuplicateID  = errors.New("duplicate id")
	ErrUnknownRef   = errors.New("unknown reference")
	ErrNameLength   = errors.New("name length")
	ErrTooMany      = errors.New("too many items")
	ErrShareLink    = errors.New("not a valid share link")
)

// FieldError is one problem with one field of a scenario. Path names the
// field as in `segments[2].benefits.b4.score`; it is empty for problems
// with the document as a whole (its size, encoding or syntax).
type FieldError struct {
	Path string
	Err  error
}

func (e *FieldError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

func (e *FieldError) Unwrap() error { return e.Err }

// Errors is every problem found in a scenario, in document order.
type Errors []*FieldError

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap lets errors.Is and errors.As look at every problem.
func (es Errors) Unwrap() []error {
	errs := make([]error, len(es))
	for i, e := range es {
		errs[i] = e
	}
	return errs
}

// RangeError says that a number lies outside its accepted range; it wraps
// ErrOutOfRange.
type RangeError struct {
	Value, Min, Max float64
}

func (e *RangeError) Error() string {
	if e.Value < e.Min {
		return FormatNumber(e.Value) + " is below the minimum " + FormatNumber(e.Min)
	}
	return FormatNumber(e.Value) + " is above the maximum " + FormatNumber(e.Max)
}

func (e *RangeError) Unwrap() error { return ErrOutOfRange }

// SyntaxError says where a document stops being valid JSON or UTF-8.
type SyntaxError struct {
	Line, Column int
	Msg          string
	Err          error
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

func (e *SyntaxError) Unwrap() error { return e.Err }

// FormatNumber writes x in full precision the way JSON and the data hooks
// of the app do: 7.5, 11, 1e+21.
func FormatNumber(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// errorList collects field errors while walking a document. newer makes
// the walk skip fields it does not know (DecodeNewer).
type errorList struct {
	errs  Errors
	newer bool
}

func (l *errorList) add(path string, err error) {
	l.errs = append(l.errs, &FieldError{Path: path, Err: err})
}

func (l *errorList) addf(path string, sentinel error, format string, args ...any) {
	l.add(path, fmt.Errorf(format+"%w", append(args, wrapQuiet{sentinel})...))
}

func (l *errorList) err() error {
	if len(l.errs) == 0 {
		return nil
	}
	return l.errs
}

// wrapQuiet wraps a sentinel without adding its text to the message, so that
// messages read naturally while errors.Is still finds the sentinel.
type wrapQuiet struct{ err error }

func (w wrapQuiet) Error() string { return "" }
func (w wrapQuiet) Unwrap() error { return w.err }

// joinPath appends a member name or an index to a path.
func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}
