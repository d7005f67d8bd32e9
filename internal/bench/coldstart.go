package main

import (
	"context"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// coldStarts are the page loads of one program, each in a fresh profile.
type coldStarts []pageMetrics

// A connection is how a cold start reaches the page: the network, and
// whether the page is opened from a link on another site. The zero
// connection is the loopback as it is, a fresh tab navigating to the page.
type connection struct {
	kbps      int // download and upload, kilobits per second
	latencyMS int // from request to response headers
	// linkFrom, when set, is a page of another site (linkPage) whose link
	// to the page is followed, as a user following a link does. A fresh
	// tab starts on about:blank, which Chromium keeps in its process for
	// the page that follows (not for a page sent with Cross-Origin-Opener-
	// Policy, which neither sends). From another site's page both move to
	// a new process (site isolation).
	linkFrom string
	// typed, when set, opens the page as a user typing its address does:
	// from the browser's new-tab page (newTabPage), a page of the
	// browser's own, which no web page shares a process with. Both pages
	// then start in a new process, as from a link.
	typed bool
	// phone, when set, opens the page in a phone's viewport (phoneWidth ×
	// phoneHeight) instead of the browser's 1280×900 window.
	phone bool
}

// A phone's viewport, as the browser tests open it: CSS pixels, at a
// device pixel ratio of 1 (a phone's 2.6 would add raster work to both
// pages alike).
const phoneWidth, phoneHeight = 412, 823

// slowConnection is a phone in a room with poor reception: DevTools'
// network emulation, applied to every request of the page.
var slowConnection = connection{kbps: 4000, latencyMS: 150}

func (c connection) String() string {
	network := "the loopback, unthrottled"
	if c.kbps != 0 {
		network = fmt.Sprintf("%g Mbit/s, %d ms latency", float64(c.kbps)/1000, c.latencyMS)
	}
	if c.phone {
		network += fmt.Sprintf(", at %d×%d", phoneWidth, phoneHeight)
	}
	if c.linkFrom != "" {
		return network + ", opened from a link on another site"
	}
	if c.typed {
		return network + ", typed into a new tab"
	}
	return network
}

// measureColdStarts loads each URL runs times, each time in a new browser
// with a new profile, taking turns so that a change in the machine's load
// falls on both alike.
func measureColdStarts(ctx context.Context, progress io.Writer, chromium string, urls []string, runs int, conn connection) ([]coldStarts, error) {
	out := make([]coldStarts, len(urls))
	for run := range runs {
		for i, url := range urls {
			m, err := coldStart(ctx, chromium, url, conn)
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(progress, "bench: cold start %d of %s over %s: data-ready at %.0f ms, FCP %.0f ms, first result %.0f ms, CLS %.3f\n",
				run+1, url, conn, m.Ready, m.FCP, firstResult(m), m.CLS)
			out[i] = append(out[i], m)
		}
	}
	return out, nil
}

func coldStart(ctx context.Context, chromium, url string, conn connection) (pageMetrics, error) {
	b, err := newBrowser(ctx, chromium)
	if err != nil {
		return pageMetrics{}, err
	}
	defer b.close()
	if err := b.setUp(conn); err != nil {
		return pageMetrics{}, err
	}
	if conn.linkFrom != "" {
		return b.followLink(conn.linkFrom, url, time.Minute)
	}
	if conn.typed {
		// about:blank would be the fresh tab again: the browser's page
		// must be there.
		var at string
		if err := chromedp.Run(b.ctx, chromedp.Navigate(newTabPage), chromedp.Location(&at)); err != nil {
			return pageMetrics{}, fmt.Errorf("opening the new-tab page: %w", err)
		}
		if !strings.HasPrefix(at, "chrome:") {
			return pageMetrics{}, fmt.Errorf("the new-tab page %s opened as %s, not a page of the browser's own", newTabPage, at)
		}
	}
	return b.load(url, time.Minute)
}

// newTabPage is the page of a new tab in Chrome on a computer, where an
// address is typed: a page of the browser's own (WebUI).
const newTabPage = "chrome://new-tab-page/"

// linkPage serves, on another site than the servers measured (127.0.0.2
// is a site of its own), a page with one link: to the URL in its query
// parameter "to". It is where a cold start "opened from a link" starts.
func linkPage() (url string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		return "", nil, fmt.Errorf("a page on another site for the link: %w", err)
	}
	srv := &http.Server{ReadHeaderTimeout: 10 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<!DOCTYPE html><title>Link</title><a id=\"go\" href=\"%s\">open</a>\n", html.EscapeString(r.URL.Query().Get("to")))
	})}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String() + "/", func() { srv.Close() }, nil
}

// medianOf returns the median of one measurement over the runs.
func (cs coldStarts) medianOf(get func(pageMetrics) float64) float64 {
	return median(cs.values(get))
}

// values returns one measurement of every run.
func (cs coldStarts) values(get func(pageMetrics) float64) []float64 { return values(cs, get) }
