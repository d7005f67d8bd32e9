package browsertest

import (
	"context"
	"fmt"
	"strings"
	"sync"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// A Recorder keeps what one tab's pages report, for a test to fail on or
// to print when it fails. It is safe for concurrent use.
//
// Each list keeps its first Keep entries and counts the rest: a page
// stuck in a loop that logs has been seen to send a million lines, which
// a test would otherwise hold and print.
type Recorder struct {
	mu         sync.Mutex
	exceptions []string // uncaught in the page
	errors     []string // the browser's error log and console errors
	console    []string // every console message
	dropped    int      // entries not kept, over all lists
}

// Keep is how many entries each list of a Recorder keeps.
const Keep = 500

// Record starts recording the tab of ctx. The browser's error log (CSP
// violations, failed requests) is recorded only once the tab has enabled
// it with cdplog.Enable.
func Record(ctx context.Context) *Recorder {
	r := &Recorder{}
	chromedp.ListenTarget(ctx, r.event)
	return r
}

func (r *Recorder) event(ev any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch e := ev.(type) {
	case *runtime.EventExceptionThrown:
		msg := e.ExceptionDetails.Text
		if e.ExceptionDetails.Exception != nil {
			msg += " " + e.ExceptionDetails.Exception.Description
		}
		r.keep(&r.exceptions, msg)
	case *cdplog.EventEntryAdded:
		if e.Entry.Level == cdplog.LevelError {
			r.keep(&r.errors, fmt.Sprintf("%s: %s (%s)", e.Entry.Source, e.Entry.Text, e.Entry.URL))
		}
	case *runtime.EventConsoleAPICalled:
		var args []string
		for _, a := range e.Args {
			if a.Value != nil {
				args = append(args, string(a.Value))
			} else {
				args = append(args, a.Description)
			}
		}
		line := strings.Join(args, " ")
		// A Go panic in the WebAssembly arrives as console.log lines, so
		// every message is kept.
		r.keep(&r.console, string(e.Type)+": "+line)
		if e.Type == runtime.APITypeError || e.Type == runtime.APITypeAssert {
			r.keep(&r.errors, "console.error: "+line)
		}
	}
}

// keep appends entry to list unless the list is full; r.mu is held.
func (r *Recorder) keep(list *[]string, entry string) {
	if len(*list) >= Keep {
		r.dropped++
		return
	}
	*list = append(*list, entry)
}

// Dropped returns how many entries the lists had no room for.
func (r *Recorder) Dropped() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.dropped
}

// Exceptions returns the uncaught exceptions seen so far.
func (r *Recorder) Exceptions() []string { return r.copy(&r.exceptions) }

// Errors returns the browser's error log entries and the console errors
// seen so far.
func (r *Recorder) Errors() []string { return r.copy(&r.errors) }

// Console returns every console message seen so far, each prefixed with
// its type ("log: …").
func (r *Recorder) Console() []string { return r.copy(&r.console) }

func (r *Recorder) copy(list *[]string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), (*list)...)
}
