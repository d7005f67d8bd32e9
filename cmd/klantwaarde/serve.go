//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/klantwaarde/klantwaarde/calc"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", "127.0.0.1:8000", "the `address` to listen on; 127.0.0.1 keeps it on this machine")
	if err := flags.Parse(args); err != nil || flags.NArg() > 0 {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		fmt.Fprintln(stderr, "usage: klantwaarde serve [-addr 127.0.0.1:8000]")
		return errUsage
	}
	s, err := newSite("/")
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "Klantwaarde is running at http://%s/ (version %s)\n", ln.Addr(), s.version)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	fmt.Fprintln(stdout, "Stopping.")
	return srv.Shutdown(shutdown)
}

// permissionsPolicy turns off the powerful features the app never uses;
// the camera stays available to the app itself, for scanning the QR codes
// of a workshop.
const permissionsPolicy = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), " +
	"serial=(), bluetooth=(), midi=(), display-capture=()"

// ServeHTTP answers from the files in memory: the compressed form the
// browser accepts, revalidation by ETag, and the security headers on
// every response.
//
// No Cross-Origin-Opener-Policy: the page has nothing another window could
// take (no account, nothing from other origins, frame-ancestors 'none'),
// a static host cannot send the header either, and with it Chromium moves
// a page opened in a new tab to a new process, ~150 ms before anything
// shows (docs/benchmarks.md).
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Permissions-Policy", permissionsPolicy)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	f, ok := s.lookup(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	vary := "Accept-Encoding"
	if f == s.files["/"] {
		f = s.pageFor(r.Header.Get("Accept-Language"))
		vary += ", Accept-Language"
	}
	// Every URL but the WebAssembly's is fixed (go-app names no file by
	// its content), so those responses are revalidated: the ETag makes
	// that one small request, the service worker serves them offline, and
	// a new page or worker reaches users at once.
	if f.immutable {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	h.Set("ETag", f.etag)
	h.Set("Content-Type", f.contentType)
	h.Set("Vary", vary)
	if etagMatches(r.Header.Get("If-None-Match"), f.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.body
	switch enc := r.Header.Get("Accept-Encoding"); {
	case f.br != nil && accepts(enc, "br"):
		h.Set("Content-Encoding", "br")
		body = f.br
	case f.gz != nil && accepts(enc, "gzip"):
		h.Set("Content-Encoding", "gzip")
		body = f.gz
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// lookup finds the file for a request path below the site's base. Any
// other path that does not name a file (no extension, not under /web/) is
// a deep link into the app and gets the page, whose router shows it.
func (s *site) lookup(p string) (*siteFile, bool) {
	rest, ok := strings.CutPrefix(p, s.base)
	if !ok {
		return nil, false
	}
	rest = "/" + rest
	if rest == "/index.html" {
		rest = "/"
	}
	if f, ok := s.files[rest]; ok {
		return f, true
	}
	if strings.HasPrefix(rest, "/web/") || path.Ext(rest) != "" {
		return nil, false
	}
	return s.files["/"], true
}

// pageFor is the page for a browser that sends this Accept-Language: the
// first view in the language the app will open in (as storage-guard.js
// and calc.LocaleOf choose it from the browser's first language), or in
// both when the request names none.
func (s *site) pageFor(acceptLanguage string) *siteFile {
	for _, e := range acceptList(acceptLanguage) {
		if e.name == "" || e.name == "*" || e.refused {
			continue
		}
		if p, ok := s.pages[calc.LocaleOf(e.name)]; ok {
			return p
		}
		break
	}
	return s.files["/"]
}

// etagMatches reports whether an If-None-Match header names etag (RFC
// 9110 §13.1.2: a list, weak comparison, or "*").
func etagMatches(header, etag string) bool {
	for _, tag := range strings.Split(header, ",") {
		tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
		if tag == etag || tag == "*" {
			return true
		}
	}
	return false
}

// accepts reports whether an Accept-Encoding header allows coding.
func accepts(header, coding string) bool {
	for _, e := range acceptList(header) {
		if e.name == coding {
			return !e.refused
		}
	}
	return false
}

// An acceptEntry is one entry of an Accept-* header: its name, and
// whether its weight is zero (RFC 9110 §12.4.2).
type acceptEntry struct {
	name    string
	refused bool
}

// acceptList reads an Accept-* header's entries, in the order sent.
func acceptList(header string) []acceptEntry {
	var list []acceptEntry
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		list = append(list, acceptEntry{strings.TrimSpace(name), q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000"})
	}
	return list
}
