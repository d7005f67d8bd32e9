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
	// ErrZonePair: a quality rating gives adequate without desired, or
	// desired without adequate (SPEC §3.3).
	ErrZonePair = errors.New("adequate and desired go together")
	// ErrZoneOrder: a quality rating's adequate level is above its
	// desired level (SPEC §3.3).
	ErrZoneOrder = errors.New("adequate above desired")
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

// addf adds the problem p at path, with its English sentence.
func (l *errorList) addf(path string, p Problem, format string, args ...any) {
	l.add(path, p.with(format, args...))
}

func (l *errorList) err() error {
	if len(l.errs) == 0 {
		return nil
	}
	return l.errs
}

// Problem is one thing wrong with a field, in parts: Err is the sentinel
// that says what kind of problem it is; Found, Count and Limit are what
// was found and the bound it breaks, where they apply (a name's length and
// its maximum, a list's items and its maximum, the KiB a file may have).
// Error is the English sentence the command line prints; the app words
// the same parts in the user's language (app/i18n.Problem).
type Problem struct {
	Err   error
	Found string // what was found, as written: an id, a number, a version
	Count int    // how many were found: characters, items
	Limit int    // the bound: a length, a number of items, KiB, a version
	msg   string
}

func (p *Problem) Error() string { return p.msg }
func (p *Problem) Unwrap() error { return p.Err }

// with returns p with its English sentence.
func (p Problem) with(format string, args ...any) *Problem {
	p.msg = fmt.Sprintf(format, args...)
	return &p
}

// joinPath appends a member name or an index to a path.
func joinPath(path, name string) string {
	if path == "" || name == "" {
		return path + name
	}
	return path + "." + name
}

func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// wrapQuiet wraps a sentinel without adding its text to the message, for
// an error that is of two kinds (a questionnaire from a newer version).
type wrapQuiet struct{ err error }

func (w wrapQuiet) Error() string { return "" }
func (w wrapQuiet) Unwrap() error { return w.err }
