package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Lighthouse is run from the npm package pinned in internal/bench/lighthouse
// (`make deps-lighthouse` installs it), with its default configuration: the
// mobile profile, a simulated slow 4G connection and a 4× slower CPU
// (simulated from a trace of the unthrottled load).
const (
	lighthouseDir = "internal/bench/lighthouse"
	lighthouseBin = lighthouseDir + "/node_modules/.bin/lighthouse"
	// lighthouseTimeout bounds one run; a go-app page on a loaded machine
	// can take a minute.
	lighthouseTimeout = 3 * time.Minute
)

// The Lighthouse targets of issue 15.
const (
	targetTBTRatio = 1.3
	targetCLS      = 0.1
)

// lighthouseResult is what one Lighthouse run measured, in milliseconds
// but for the score and CLS.
type lighthouseResult struct {
	Score      float64 // performance, 0–100
	FCP        float64
	LCP        float64
	TBT        float64 // total blocking time
	TTI        float64 // time to interactive
	SpeedIndex float64
	CLS        float64 // cumulative layout shift
	MainThread float64 // main-thread work
}

// lighthouseColumns are the table's columns after the page's name.
var lighthouseColumns = []struct {
	name   string
	get    func(lighthouseResult) float64
	format string
}{
	{"performance", func(r lighthouseResult) float64 { return r.Score }, "%.0f"},
	{"FCP ms", func(r lighthouseResult) float64 { return r.FCP }, "%.0f"},
	{"LCP ms", func(r lighthouseResult) float64 { return r.LCP }, "%.0f"},
	{"total blocking time ms", tbt, "%.0f"},
	{"time to interactive ms", func(r lighthouseResult) float64 { return r.TTI }, "%.0f"},
	{"speed index ms", func(r lighthouseResult) float64 { return r.SpeedIndex }, "%.0f"},
	{"main-thread work ms", func(r lighthouseResult) float64 { return r.MainThread }, "%.0f"},
	{"CLS", cls, "%.3f"},
}

func tbt(r lighthouseResult) float64 { return r.TBT }
func cls(r lighthouseResult) float64 { return r.CLS }

// lighthouseInstalled says why Lighthouse cannot run, or nil.
func lighthouseInstalled() error {
	if _, err := os.Stat(lighthouseBin); err != nil {
		return fmt.Errorf("lighthouse is not installed in %s: `make deps-lighthouse` installs it", lighthouseDir)
	}
	return nil
}

// measureLighthouse runs Lighthouse on each URL runs times,
// taking turns, each in a new Chromium with a new profile.
func measureLighthouse(ctx context.Context, progress io.Writer, chromium string, urls []string, runs int) ([][]lighthouseResult, error) {
	out := make([][]lighthouseResult, len(urls))
	for run := range runs {
		for i, url := range urls {
			r, err := lighthouse(ctx, chromium, url)
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(progress, "bench: lighthouse %d of %s: performance %.0f, total blocking time %.0f ms, CLS %.3f, time to interactive %.0f ms\n",
				run+1, url, r.Score, r.TBT, r.CLS, r.TTI)
			out[i] = append(out[i], r)
		}
	}
	return out, nil
}

// abLighthouse runs Lighthouse on each of urls, taking turns, and writes
// the medians of each to progress: an A/B of a change's total blocking
// time, whose run-to-run spread is wide.
func abLighthouse(ctx context.Context, progress io.Writer, chromium string, urls, names []string, runs int) error {
	if err := lighthouseInstalled(); err != nil {
		return err
	}
	lh, err := measureLighthouse(ctx, progress, chromium, urls, runs)
	if err != nil {
		return err
	}
	for i, name := range names {
		fmt.Fprintf(progress, "bench: A/B: %s: lighthouse medians: total blocking time %.0f ms (each run: %s), main-thread work %.0f ms, performance %.0f\n",
			name, lighthouseMedian(lh[i], tbt), list(values(lh[i], tbt)), lighthouseMedian(lh[i], func(r lighthouseResult) float64 { return r.MainThread }),
			lighthouseMedian(lh[i], func(r lighthouseResult) float64 { return r.Score }))
	}
	return nil
}

// lighthouse runs Lighthouse once on url with Chromium, headless.
func lighthouse(ctx context.Context, chromium, url string) (lighthouseResult, error) {
	tmp, err := os.MkdirTemp("", "klantwaarde-lighthouse-")
	if err != nil {
		return lighthouseResult{}, err
	}
	defer os.RemoveAll(tmp)
	report := filepath.Join(tmp, "report.json")
	ctx, cancel := context.WithTimeout(ctx, lighthouseTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, lighthouseBin, url,
		"--chrome-path="+chromium,
		"--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic",
		"--only-categories=performance",
		"--output=json", "--output-path="+report,
		"--quiet",
	)
	// chrome-launcher makes its profile in TMPDIR; this one is removed.
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	if out, err := cmd.CombinedOutput(); err != nil {
		return lighthouseResult{}, fmt.Errorf("lighthouse %s: %w\n%s", url, err, out)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		return lighthouseResult{}, err
	}
	return parseLighthouse(data)
}

// parseLighthouse reads the numbers of a Lighthouse JSON report (LHR).
func parseLighthouse(data []byte) (lighthouseResult, error) {
	var lhr struct {
		RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
		Categories   struct {
			Performance struct {
				Score *float64 `json:"score"`
			} `json:"performance"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue *float64 `json:"numericValue"`
			ErrorMessage string   `json:"errorMessage"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(data, &lhr); err != nil {
		return lighthouseResult{}, fmt.Errorf("lighthouse's report: %w", err)
	}
	if e := lhr.RuntimeError; e != nil {
		return lighthouseResult{}, fmt.Errorf("lighthouse: %s: %s", e.Code, e.Message)
	}
	var r lighthouseResult
	var errs []error
	for _, a := range []struct {
		id string
		to *float64
	}{
		{"first-contentful-paint", &r.FCP},
		{"largest-contentful-paint", &r.LCP},
		{"total-blocking-time", &r.TBT},
		{"interactive", &r.TTI},
		{"speed-index", &r.SpeedIndex},
		{"cumulative-layout-shift", &r.CLS},
		{"mainthread-work-breakdown", &r.MainThread},
	} {
		audit, ok := lhr.Audits[a.id]
		if !ok || audit.NumericValue == nil {
			errs = append(errs, fmt.Errorf("lighthouse measured no %s %s", a.id, audit.ErrorMessage))
			continue
		}
		*a.to = *audit.NumericValue
	}
	if s := lhr.Categories.Performance.Score; s != nil {
		r.Score = *s * 100
	} else {
		errs = append(errs, errors.New("lighthouse gave no performance score"))
	}
	return r, errors.Join(errs...)
}

// lighthouseMedian is the median of one number over the runs.
func lighthouseMedian(rs []lighthouseResult, get func(lighthouseResult) float64) float64 {
	return median(values(rs, get))
}

// writeLighthouse writes the Lighthouse section of the report.
func (r *report) writeLighthouse(w io.Writer) {
	if len(r.lighthouseApp) == 0 {
		return
	}
	fmt.Fprintln(w, "## Lighthouse")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Lighthouse %s (`%s`) with its default settings: the mobile profile, simulated slow 4G and a 4× slower CPU,\n", lighthouseVersion(), lighthouseDir)
	fmt.Fprintf(w, "performance only, in headless Chromium on the loopback; median of %d runs of each page, taking turns, each in a new profile.\n", len(r.lighthouseApp))
	fmt.Fprintln(w, "Its times are simulated from a trace of the load, so they move with the machine's load like the others. A go-app")
	fmt.Fprintln(w, "page keeps the main thread busy after it is on screen, so its time to interactive reads long; it is reported, not a target.")
	fmt.Fprintln(w)
	fmt.Fprint(w, "| page |")
	for _, c := range lighthouseColumns {
		fmt.Fprintf(w, " %s |", c.name)
	}
	fmt.Fprintln(w, " total blocking time of each run |")
	fmt.Fprintln(w, "|---|"+strings.Repeat("---:|", len(lighthouseColumns))+"---|")
	for _, row := range []struct {
		name string
		rs   []lighthouseResult
	}{{"app", r.lighthouseApp}, {"floor", r.lighthouseFloor}} {
		fmt.Fprintf(w, "| %s |", row.name)
		for _, c := range lighthouseColumns {
			fmt.Fprintf(w, " "+c.format+" |", lighthouseMedian(row.rs, c.get))
		}
		fmt.Fprintf(w, " %s |\n", list(values(row.rs, tbt)))
	}
	fmt.Fprint(w, "| app/floor |")
	for _, c := range lighthouseColumns {
		a, f := lighthouseMedian(r.lighthouseApp, c.get), lighthouseMedian(r.lighthouseFloor, c.get)
		if f == 0 {
			fmt.Fprint(w, " – |")
			continue
		}
		fmt.Fprintf(w, " %.2f× |", a/f)
	}
	fmt.Fprint(w, " |\n\n")
}

// writeLighthouseTargets writes the rows of the Lighthouse targets.
func (r *report) writeLighthouseTargets(row func(name, limit, measured string, ratio float64)) {
	if len(r.lighthouseApp) == 0 {
		return
	}
	ratio := lighthouseMedian(r.lighthouseApp, tbt) / lighthouseMedian(r.lighthouseFloor, tbt)
	row("total blocking time (Lighthouse, mobile), app / floor", fmt.Sprintf("%.2f×", targetTBTRatio), fmt.Sprintf("%.2f×", ratio), ratio/targetTBTRatio)
	c := lighthouseMedian(r.lighthouseApp, cls)
	row("cumulative layout shift (Lighthouse, mobile), app", fmt.Sprintf("%.2f", targetCLS), fmt.Sprintf("%.3f", c), c/targetCLS)
}

// lighthouseVersion is the installed package's version, from its
// package.json.
func lighthouseVersion() string {
	data, err := os.ReadFile(filepath.Join(lighthouseDir, "node_modules/lighthouse/package.json"))
	if err != nil {
		return "(version unknown)"
	}
	var p struct{ Version string }
	if json.Unmarshal(data, &p) != nil || p.Version == "" {
		return "(version unknown)"
	}
	return p.Version
}
