package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/klantwaarde/klantwaarde/internal/synthetic"
	"github.com/klantwaarde/klantwaarde/internal/wasmsize"
)

// The targets of issue 7.
const (
	targetBrotliRatio    = 1.25
	targetColdStartRatio = 1.3
	// targetKeySmallRatio is of the floor's keystroke p95 in the same run.
	targetKeySmallRatio  = 1.25
	targetKeyLargeMs     = 50.0
	targetComputeLargeUs = 100.0
	targetMemoryMB       = 64.0
)

// The targets of issue 25, a first visit's results in the first paint.
const (
	// targetFirstResultRatio is of the floor's first contentful paint at
	// the same size, on the loopback.
	targetFirstResultRatio = 2.0
	targetColdStartCLS     = 0.0
	targetPageBrotli       = 16_000 // bytes
)

// computeLarge is the calc benchmark the compute target is about.
var computeLarge = "Compute/" + benchName(synthetic.Large)

// benchName is how calc/bench_test.go names a size: "50x30+30+12".
func benchName(sz synthetic.Size) string {
	return fmt.Sprintf("%dx%d+%d+%d", sz.Segments, sz.Benefits, sz.Sacrifices, sz.Dimensions)
}

// report is everything one run measured.
type report struct {
	machine              machine
	command              string
	flags                []string
	appSizes, floorSizes wasmsize.Sizes
	app, floor           coldStarts
	slowApp, slowFloor   coldStarts // over slowConnection
	// The same at a phone's size (connection.phone).
	phoneApp, phoneFloor           coldStarts
	slowPhoneApp, slowPhoneFloor   coldStarts
	page                           pageSize   // the app's page, as served
	linkApp, linkFloor             coldStarts // opened from a link on another site
	linkPhoneApp, linkPhoneFloor   coldStarts // the same at a phone's size
	typedApp, typedFloor           coldStarts // typed into a new tab
	typedPhoneApp, typedPhoneFloor coldStarts // the same at a phone's size
	typing                         []*typingResult
	floorTyping                    *typingResult // the floor's /typing page
	lighthouseApp                  []lighthouseResult
	lighthouseFloor                []lighthouseResult
	roomPaste                      *roomPasteResult // workshoproom.go
	goBenches                      []*goBench
}

// write prints the report as Markdown.
func (r *report) write(w io.Writer) {
	fmt.Fprintln(w, "# Benchmarks")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Written by `%s` on %s.\n\n", r.command, r.machine.date)
	fmt.Fprintf(w, "- Machine: %s, %d cores, %s; load average %s before and %s after the run.\n",
		r.machine.cpu, r.machine.cores, r.machine.os, r.machine.loadBefore, r.machine.loadAfter)
	fmt.Fprintf(w, "- Go: %s; WebAssembly built with `%s`.\n", r.machine.goVersion, strings.Join(r.flags, " "))
	fmt.Fprintf(w, "- Browser: %s, headless, 1280×900 (412×823 where a table says), no CPU throttling, no network throttling but where a table says; the servers on 127.0.0.1.\n", r.machine.browser)
	fmt.Fprintln(w)
	r.writeTargets(w)
	r.writeSizes(w)
	r.writeColdStarts(w)
	r.writeFirstResult(w)
	r.writeLighthouse(w)
	r.writeTyping(w)
	r.writeRoomPaste(w)
	r.writeMemory(w)
	r.writeGoBenches(w)
}

func (r *report) writeTargets(w io.Writer) {
	fmt.Fprintln(w, "## Targets")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| target | limit | measured | measured / limit | |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---|")
	row := func(name, limit, measured string, ratio float64) {
		verdict := "met"
		if ratio > 1 {
			verdict = "**missed**"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %.2f | %s |\n", name, limit, measured, ratio, verdict)
	}
	br := float64(r.appSizes[2]) / float64(r.floorSizes[2])
	row("brotli WebAssembly, app / floor", fmt.Sprintf("%.2f×", targetBrotliRatio), fmt.Sprintf("%.2f×", br), br/targetBrotliRatio)
	cold := r.coldStartRatio()
	row("cold start to data-ready, app / floor", fmt.Sprintf("%.2f×", targetColdStartRatio), fmt.Sprintf("%.2f×", cold), cold/targetColdStartRatio)
	r.writeFirstResultTargets(row)
	r.writeLighthouseTargets(row)
	for _, t := range r.typing {
		p95 := percentile(t.dom, 95)
		if t.size == synthetic.Small && r.floorTyping != nil {
			floor := percentile(r.floorTyping.dom, 95)
			row("keystroke p95 at "+t.size.String()+", app / the floor's one input", fmt.Sprintf("%.2f× (%s)", targetKeySmallRatio, ms(targetKeySmallRatio*floor)),
				fmt.Sprintf("%.2f× (%s)", p95/floor, ms(p95)), p95/floor/targetKeySmallRatio)
			continue
		}
		row("keystroke p95 at "+t.size.String(), ms(targetKeyLargeMs), ms(p95), p95/targetKeyLargeMs)
	}
	if b := findBench(r.goBenches, computeLarge); b != nil {
		us := median(b.nsPerOp) / 1e3
		row("calc.Compute at "+synthetic.Large.String()+", native", fmt.Sprintf("%.0f µs", targetComputeLargeUs), fmt.Sprintf("%.0f µs", us), us/targetComputeLargeUs)
	}
	if t := r.large(); t != nil {
		mb := (t.load.JSHeap + t.load.WasmMemory) / 1e6
		row("memory (JS heap + WebAssembly) after loading "+t.size.String(), fmt.Sprintf("%.0f MB", targetMemoryMB), fmt.Sprintf("%.1f MB", mb), mb/targetMemoryMB)
	}
	fmt.Fprintln(w)
}

func (r *report) coldStartRatio() float64 {
	return r.app.medianOf(ready) / r.floor.medianOf(ready)
}

// large returns the typing session at the largest size, if it ran.
func (r *report) large() *typingResult {
	for _, t := range r.typing {
		if t.size == synthetic.Large {
			return t
		}
	}
	return nil
}

func (r *report) writeSizes(w io.Writer) {
	fmt.Fprintln(w, "## WebAssembly size")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "The files as served: the app's `web/wasm/app.wasm` and its `.gz` and `.br` from `make build`, and the")
	fmt.Fprintln(w, "go-app hello-world floor (`internal/floor`) built and compressed the same way in the same run.")
	fmt.Fprintln(w, "MB are 10^6 bytes.")
	fmt.Fprintln(w)
	wasmsize.WriteSizes(w, r.appSizes, r.floorSizes)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Bytes the browser received for the WebAssembly (Resource Timing's encodedBodySize): app %.0f, floor %.0f.\n\n",
		r.app.medianOf(func(m pageMetrics) float64 { return m.WasmEncodedBytes }),
		r.floor.medianOf(func(m pageMetrics) float64 { return m.WasmEncodedBytes }))
}

func ready(m pageMetrics) float64 { return m.Ready }

func (r *report) writeColdStarts(w io.Writer) {
	fmt.Fprintln(w, "## Cold start")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Median of %d page loads, each in a new browser with a new profile (empty HTTP cache, no service worker,\n", len(r.app))
	fmt.Fprintln(w, "no storage), app and floor taking turns. Times are milliseconds from navigation start (`performance.timeOrigin`),")
	fmt.Fprintln(w, "measured in the page by a script injected before the page's own (`Page.addScriptToEvaluateOnNewDocument`):")
	fmt.Fprintln(w, "a MutationObserver notes `performance.now()` when `<html data-ready=\"true\">` appears; \"wasm requested\" and \"wasm received\" are the")
	fmt.Fprintln(w, "Resource Timing `startTime` and `responseEnd` of the WebAssembly, \"instantiated\" when `WebAssembly.instantiateStreaming`")
	fmt.Fprintln(w, "resolved, FCP the `first-contentful-paint` entry. The app opens with its example scenario.")
	fmt.Fprintln(w)
	r.writeColdStartTable(w, r.app, r.floor)
	fmt.Fprintf(w, "The same over %s (DevTools' network emulation of every request, `Network.emulateNetworkConditionsByRule`),\n", slowConnection)
	fmt.Fprintln(w, "as on a phone in a room with poor reception; the target above is the unthrottled ratio.")
	fmt.Fprintln(w)
	r.writeColdStartTable(w, r.slowApp, r.slowFloor)
	fmt.Fprintln(w, "The same on the loopback, but opened the way a user following a link opens it: from a page of another site")
	fmt.Fprintln(w, "(127.0.0.2) whose link is clicked, in the same tab; the times are from the new page's navigation start.")
	fmt.Fprintln(w, "The tables above start from a fresh tab's about:blank, whose process Chromium keeps for the page that follows;")
	fmt.Fprintln(w, "from another site's page, both pages start in a new process (site isolation). The target above is still the fresh")
	fmt.Fprintln(w, "tab's ratio.")
	fmt.Fprintln(w)
	r.writeColdStartTable(w, r.linkApp, r.linkFloor)
}

// coldStartColumns are the moments of a cold start the tables show, in
// the order they happen.
var coldStartColumns = []struct {
	name string
	get  func(pageMetrics) float64
}{
	{"first contentful paint", func(m pageMetrics) float64 { return m.FCP }},
	{"wasm requested", func(m pageMetrics) float64 { return m.WasmStart }},
	{"wasm received", func(m pageMetrics) float64 { return m.WasmResponseEnd }},
	{"instantiated", func(m pageMetrics) float64 { return m.Instantiated }},
	{"data-ready", ready},
}

func (r *report) writeColdStartTable(w io.Writer, app, floor coldStarts) {
	fmt.Fprint(w, "| ms |")
	for _, c := range coldStartColumns {
		fmt.Fprintf(w, " %s |", c.name)
	}
	fmt.Fprintln(w, " data-ready of each run |")
	fmt.Fprintln(w, "|---|"+strings.Repeat("---:|", len(coldStartColumns))+"---|")
	for _, row := range []struct {
		name string
		cs   coldStarts
	}{{"app", app}, {"floor", floor}} {
		fmt.Fprintf(w, "| %s |", row.name)
		for _, c := range coldStartColumns {
			fmt.Fprintf(w, " %.0f |", row.cs.medianOf(c.get))
		}
		fmt.Fprintf(w, " %s |\n", list(row.cs.values(ready)))
	}
	fmt.Fprint(w, "| app/floor |")
	for _, c := range coldStartColumns {
		fmt.Fprintf(w, " %.2f× |", app.medianOf(c.get)/floor.medianOf(c.get))
	}
	fmt.Fprint(w, " |\n\n")
}

func (r *report) writeTyping(w io.Writer) {
	fmt.Fprintln(w, "## Keystroke latency")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "A synthetic scenario, every segment rating every criterion (`internal/synthetic`), opened by its share link")
	fmt.Fprintf(w, "(`#s=…`) in a new profile. Each keystroke selects the text of `%s` and presses 7 or 8 (whichever\n", scoreField)
	fmt.Fprintln(w, "changes the value) through the DevTools protocol (`Input.dispatchKeyEvent`, as a key press arrives). In the")
	fmt.Fprintln(w, "page, a capturing `keydown` listener notes `performance.now()`, and a MutationObserver notes when the segment's")
	fmt.Fprintf(w, "`%s` has its new `data-value`; \"next frame\" is the `requestAnimationFrame` after that, and \"charts\" when the\n", segmentCard)
	fmt.Fprintf(w, "value map's drawing (`%s`) is replaced: the app draws the numbers first and the charts a frame later.\n", chartDrawing)
	fmt.Fprintf(w, "%d keystrokes are typed first and not counted; %s apart.\n\n", warmUpKeys, keyPause)
	fmt.Fprintln(w, "| scenario | share link | keystrokes | p50 ms | p95 ms | max ms | next frame p50 ms | next frame p95 ms | charts p50 ms | charts p95 ms | ready after load ms |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	sessions := r.typing
	if r.floorTyping != nil {
		sessions = append([]*typingResult{r.floorTyping}, sessions...)
	}
	for _, t := range sessions {
		link := "–"
		if t.link > 0 {
			link = fmt.Sprintf("%d chars", t.link)
		}
		fmt.Fprintf(w, "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %.0f |\n", t.name, link, len(t.dom),
			percentile(t.dom, 50), percentile(t.dom, 95), percentile(t.dom, 100),
			percentile(t.frame, 50), percentile(t.frame, 95), chartMS(t, 50), chartMS(t, 95), t.load.Ready)
	}
	for _, t := range r.typing {
		if t.noChart > 0 {
			fmt.Fprintf(w, "\nAt %s the chart did not follow within a second for %d keystrokes.\n", t.size, t.noChart)
		}
	}
	if r.floorTyping != nil {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "The floor's row is the go-app hello world built with `-tags typing` (`internal/floor/typing.go`): one input whose")
		fmt.Fprintln(w, "text a `data-value` echoes, typed into the same way. It is what go-app itself costs a keystroke: go-app draws")
		fmt.Fprintln(w, "on a 120 Hz ticker that slows down when idle and is reset by the next event, so the first frame after a pause")
		fmt.Fprintln(w, "comes 8.3 ms after the event, before any of the app's own work.")
	}
	fmt.Fprintln(w)
}

// chartMS is a percentile of the chart times, or a dash when none came.
func chartMS(t *typingResult, p float64) string {
	if len(t.charts) == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f", percentile(t.charts, p))
}

func (r *report) writeMemory(w io.Writer) {
	fmt.Fprintln(w, "## Memory")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "The JS heap is V8's used heap after a full collection (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`);")
	fmt.Fprintln(w, "the WebAssembly memory is the byte length of the Go instance's linear memory (`instance.exports.mem`, kept by the")
	fmt.Fprintln(w, "injected script), which grows with the Go heap and never shrinks. MB are 10^6 bytes.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| page | JS heap MB | WebAssembly memory MB | total MB |")
	fmt.Fprintln(w, "|---|---:|---:|---:|")
	row := func(name string, js, wasm float64) {
		fmt.Fprintf(w, "| %s | %.1f | %.1f | %.1f |\n", name, js/1e6, wasm/1e6, (js+wasm)/1e6)
	}
	jsHeap := func(m pageMetrics) float64 { return m.JSHeap }
	wasmMemory := func(m pageMetrics) float64 { return m.WasmMemory }
	row("floor, ready (median of the cold starts)", r.floor.medianOf(jsHeap), r.floor.medianOf(wasmMemory))
	row("app with its example, ready (median of the cold starts)", r.app.medianOf(jsHeap), r.app.medianOf(wasmMemory))
	for _, t := range r.typing {
		row(fmt.Sprintf("app with %s, ready", t.size), t.load.JSHeap, t.load.WasmMemory)
		row(fmt.Sprintf("app with %s, after %d keystrokes", t.size, len(t.dom)+warmUpKeys), t.after.JSHeap, t.after.WasmMemory)
	}
	fmt.Fprintln(w)
}

func (r *report) writeGoBenches(w io.Writer) {
	if len(r.goBenches) == 0 {
		return
	}
	fmt.Fprintln(w, "## calc, natively")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "`go %s` (calc/bench_test.go); medians of the runs. Sizes: %s is 5 segments rating 4 benefits,\n",
		strings.Join(goBenchArgs, " "), benchName(synthetic.Small))
	fmt.Fprintf(w, "3 sacrifices and 3 quality dimensions (\"5 × 10\"); %s is the largest scenario accepted (\"50 × 30 × 12\");\n",
		benchName(synthetic.Large))
	fmt.Fprintln(w, "1MiB is that scenario with notes in its `x` extension space up to `calc.MaxFileSize`.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| benchmark | time/op | B/op | allocs/op | MB/s |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|")
	for _, b := range r.goBenches {
		mbs := ""
		if len(b.mbPerSec) > 0 {
			mbs = fmt.Sprintf("%.1f", median(b.mbPerSec))
		}
		fmt.Fprintf(w, "| %s | %s | %.0f | %.0f | %s |\n", b.name, duration(median(b.nsPerOp)), median(b.bytesPerOp), median(b.allocs), mbs)
	}
	fmt.Fprintln(w)
}

// duration writes nanoseconds in the unit that reads best.
func duration(ns float64) string {
	switch {
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}

func ms(x float64) string { return fmt.Sprintf("%.1f ms", x) }

func list(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%.0f", math.Round(x))
	}
	return strings.Join(parts, ", ")
}

// notesMarker starts the part of docs/benchmarks.md that is written by
// hand: the analysis of the numbers. Writing the report keeps it.
const notesMarker = "<!-- notes: written by hand; make bench keeps everything from this line on -->"

// writeFile writes the report to name, keeping the hand-written notes of
// the file it replaces.
func (r *report) writeFile(name string) error {
	var b strings.Builder
	r.write(&b)
	if old, err := os.ReadFile(name); err == nil {
		if i := strings.Index(string(old), notesMarker); i >= 0 {
			b.WriteString(string(old[i:]))
		}
	}
	return os.WriteFile(name, []byte(b.String()), 0o644)
}
