package main

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"strings"
)

// layoutShift is a cold start's cumulative layout shift (the probe's sum).
func layoutShift(m pageMetrics) float64 { return m.CLS }

// A pageSize is the app's page, the HTML the server sends: its bytes, and
// the bytes it is sent as to a browser that accepts brotli.
type pageSize struct{ raw, brotli int }

// pageSizes asks the server at url for its page twice: as it is, and as
// brotli (the server sends precompressed files).
func pageSizes(url string) (pageSize, error) {
	get := func(encoding string) (int, error) {
		req, err := http.NewRequest(http.MethodGet, url, nil)
		if err != nil {
			return 0, err
		}
		req.Header.Set("Accept-Encoding", encoding)
		// A transport of its own: the default one would ask for gzip and
		// undo it.
		resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
		if err != nil {
			return 0, fmt.Errorf("the app's page: %w", err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return 0, err
		}
		if got := resp.Header.Get("Content-Encoding"); got != strings.TrimSuffix(encoding, "identity") {
			return 0, fmt.Errorf("the app's page came with Content-Encoding %q, asked for %q", got, encoding)
		}
		return len(body), nil
	}
	var p pageSize
	var err error
	if p.raw, err = get("identity"); err != nil {
		return p, err
	}
	p.brotli, err = get("br")
	return p, err
}

// firstResultRatio is the app's first result visible against the floor's
// first contentful paint, medians of the same run.
func firstResultRatio(app, floor coldStarts) float64 {
	return app.medianOf(firstResult) / floor.medianOf(func(m pageMetrics) float64 { return m.FCP })
}

func (r *report) writeFirstResultTargets(row func(name, limit, measured string, ratio float64)) {
	phone := fmt.Sprintf("%d×%d", phoneWidth, phoneHeight)
	// A fresh tab's about:blank keeps its process for the page; from a
	// link or the new-tab page both start in a new one.
	for _, size := range []struct {
		name       string
		app, floor coldStarts
	}{
		{"1280×900", r.app, r.floor}, {phone, r.phoneApp, r.phoneFloor},
		{"1280×900 opened from a link", r.linkApp, r.linkFloor}, {phone + " opened from a link", r.linkPhoneApp, r.linkPhoneFloor},
		{"1280×900 typed into a new tab", r.typedApp, r.typedFloor}, {phone + " typed into a new tab", r.typedPhoneApp, r.typedPhoneFloor},
	} {
		if len(size.app) == 0 {
			continue
		}
		ratio := firstResultRatio(size.app, size.floor)
		row("first result visible at "+size.name+", app / the floor's first contentful paint", fmt.Sprintf("%.2f×", targetFirstResultRatio),
			fmt.Sprintf("%.2f× (%.0f ms)", ratio, size.app.medianOf(firstResult)), ratio/targetFirstResultRatio)
	}
	var shifts []float64
	for _, cs := range []coldStarts{r.app, r.phoneApp, r.slowApp, r.slowPhoneApp} {
		shifts = append(shifts, cs.values(layoutShift)...)
	}
	if len(shifts) > 0 {
		worst := slices.Max(shifts)
		ratio := 0.0
		if worst > targetColdStartCLS {
			ratio = math.Inf(1)
		}
		row("cumulative layout shift of every cold start of the app, both sizes, the largest", fmt.Sprintf("%.2f", targetColdStartCLS), fmt.Sprintf("%.3f", worst), ratio)
	}
	if r.page.brotli > 0 {
		row("the app's page (HTML), brotli", fmt.Sprintf("%.0f kB", targetPageBrotli/1e3), fmt.Sprintf("%.1f kB", float64(r.page.brotli)/1e3),
			float64(r.page.brotli)/targetPageBrotli)
	}
}

func (r *report) writeFirstResult(w io.Writer) {
	if len(r.phoneApp) == 0 {
		return
	}
	fmt.Fprintln(w, "## First result visible")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "The cold starts above and the same at a phone's size (the viewport set to 412×823 CSS pixels at a device pixel")
	fmt.Fprintln(w, "ratio of 1, `Emulation.setDeviceMetricsOverride`). The first four rows start from a fresh tab's about:blank,")
	fmt.Fprintln(w, "whose process Chromium keeps for the page; the last four start where a person starts, and both pages start in a")
	fmt.Fprintln(w, "new process: opened from a link on another site, as")
	fmt.Fprintf(w, "the cold starts above, or typed into a new tab (the tab first shows Chrome's new-tab page, `%s`,\n", newTabPage)
	fmt.Fprintln(w, "then navigates to the address, as typing it does). App and floor take turns; the")
	fmt.Fprintln(w, "browser's language is English (the page carries the English example alone). \"First result visible\" is the")
	fmt.Fprintln(w, "animation frame in which an element with `data-verdict` first stood in the viewport with a box, neither hidden nor")
	fmt.Fprintln(w, "transparent (`checkVisibility`), looked for by the injected script at every `requestAnimationFrame`, or the")
	fmt.Fprintln(w, "page's first contentful paint if that came later: a frame's callbacks run before it is painted. It is set against")
	fmt.Fprintln(w, "the floor's first contentful paint. CLS is the sum of the page's layout shifts (`layout-shift` entries) until")
	fmt.Fprintf(w, "%s after data-ready.\n", settleAfterReady)
	fmt.Fprintf(w, "The page is %d bytes of HTML, sent as %d bytes of brotli.\n\n", r.page.raw, r.page.brotli)
	fmt.Fprintln(w, "| ms, median | viewport | app: first result visible | app: FCP | app: data-ready | floor: FCP | first result / floor FCP | app's first result of each run | app's largest CLS |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---|---:|")
	fcp := func(m pageMetrics) float64 { return m.FCP }
	phone := fmt.Sprintf("%d×%d", phoneWidth, phoneHeight)
	for _, c := range []struct {
		network, viewport string
		app, floor        coldStarts
	}{
		{"loopback", "1280×900", r.app, r.floor},
		{"loopback", phone, r.phoneApp, r.phoneFloor},
		{slowConnection.String(), "1280×900", r.slowApp, r.slowFloor},
		{slowConnection.String(), phone, r.slowPhoneApp, r.slowPhoneFloor},
		{"loopback, opened from a link on another site", "1280×900", r.linkApp, r.linkFloor},
		{"loopback, opened from a link on another site", phone, r.linkPhoneApp, r.linkPhoneFloor},
		{"loopback, typed into a new tab", "1280×900", r.typedApp, r.typedFloor},
		{"loopback, typed into a new tab", phone, r.typedPhoneApp, r.typedPhoneFloor},
	} {
		if len(c.app) == 0 {
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %.0f | %.0f | %.0f | %.0f | %.2f× | %s | %.3f |\n", c.network, c.viewport,
			c.app.medianOf(firstResult), c.app.medianOf(fcp), c.app.medianOf(ready), c.floor.medianOf(fcp),
			firstResultRatio(c.app, c.floor), list(c.app.values(firstResult)), slices.Max(c.app.values(layoutShift)))
	}
	fmt.Fprintln(w)
}
