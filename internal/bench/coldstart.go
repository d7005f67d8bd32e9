package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

// coldStarts are the page loads of one program, each in a fresh profile.
type coldStarts []pageMetrics

// A connection is the network a cold start is measured on; the zero
// connection is the loopback as it is.
type connection struct {
	kbps      int // download and upload, kilobits per second
	latencyMS int // from request to response headers
}

// slowConnection is a phone in a room with poor reception: DevTools'
// network emulation, applied to every request of the page.
var slowConnection = connection{kbps: 4000, latencyMS: 150}

func (c connection) String() string {
	if c == (connection{}) {
		return "the loopback, unthrottled"
	}
	return fmt.Sprintf("%g Mbit/s, %d ms latency", float64(c.kbps)/1000, c.latencyMS)
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
			fmt.Fprintf(progress, "bench: cold start %d of %s over %s: data-ready at %.0f ms, FCP %.0f ms\n", run+1, url, conn, m.Ready, m.FCP)
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
	if err := b.throttle(conn); err != nil {
		return pageMetrics{}, err
	}
	return b.load(url, time.Minute)
}

// medianOf returns the median of one measurement over the runs.
func (cs coldStarts) medianOf(get func(pageMetrics) float64) float64 {
	return median(cs.values(get))
}

// values returns one measurement of every run.
func (cs coldStarts) values(get func(pageMetrics) float64) []float64 {
	xs := make([]float64, len(cs))
	for i, m := range cs {
		xs[i] = get(m)
	}
	return xs
}
