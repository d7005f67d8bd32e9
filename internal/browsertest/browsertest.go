// Package browsertest is what the browser tests (e2e) and the benchmark
// (internal/bench) share to drive the real klantwaarde binary in headless
// Chromium: finding Chromium and the binary, starting a browser with a
// profile of its own, starting and stopping a server on a free port, and
// recording what a page reports (uncaught exceptions, errors, console).
//
// A browser test that cannot run, because Chromium or bin/klantwaarde is
// missing, skips with a message saying what to install or build; where the
// browser tests must run (CI=true, or KLANTWAARDE_REQUIRE_BROWSER=1 as
// `make test` sets), it fails instead (Skip).
package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// RequireEnv names the variable that, set to 1, makes a browser test that
// cannot run fail instead of skip. `make test` sets it.
const RequireEnv = "KLANTWAARDE_REQUIRE_BROWSER"

// Required reports whether the browser tests must run: under CI=true, or
// with RequireEnv set to 1.
func Required() bool {
	for _, name := range []string{"CI", RequireEnv} {
		if on, _ := strconv.ParseBool(os.Getenv(name)); on {
			return true
		}
	}
	return false
}

// Skip skips the test, saying why, unless the browser tests are Required:
// then a test that cannot run is a failure, so that CI cannot pass having
// run no browser at all.
func Skip(t testing.TB, why string) {
	t.Helper()
	if Required() {
		t.Fatalf("%s (a browser test may not be skipped under CI=true or %s=1)", why, RequireEnv)
	}
	t.Skip(why)
}

// Chromium returns the path of chromium on $PATH, or an error that says
// how to install it.
func Chromium() (string, error) {
	path, err := exec.LookPath("chromium")
	if err != nil {
		return "", errors.New("chromium is not installed: `make deps-browser` (or `make test`) installs it with apt-get install chromium")
	}
	return path, nil
}

// Binary returns the path of bin/klantwaarde in the repository, as `make
// build` writes it, or an error that says to build it.
func Binary() (string, error) {
	root, err := Root()
	if err != nil {
		return "", err
	}
	path := filepath.Join(root, "bin", "klantwaarde")
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("%s is missing: run `make build` (`make test` builds it)", path)
	}
	return path, nil
}

// Root returns the repository's root, the directory of go.mod above the
// working directory (a test runs in its package's directory).
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Options are the flags of every Chromium the tests and the benchmark
// start: headless, with the given profile directory, a desktop window, and
// none of the background traffic (updates, sync, QUIC probes) that would
// add requests of its own to what is measured.
func Options(chromium, profile string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
	)
}

// A Browser is one headless Chromium with a profile of its own, made for
// it and removed when it closes: no cache, service worker or storage from
// an earlier run.
type Browser struct {
	// Ctx is the browser's first tab; chromedp.FromContext(Ctx).Browser
	// reaches the browser itself.
	Ctx    context.Context
	cancel func()
}

// Start starts Chromium and its first tab, with Options and extra.
// Cancelling ctx, or Close, ends it.
func Start(ctx context.Context, chromium string, extra ...chromedp.ExecAllocatorOption) (*Browser, error) {
	profile, err := os.MkdirTemp("", "klantwaarde-chromium-")
	if err != nil {
		return nil, err
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, append(Options(chromium, profile), extra...)...)
	tab, cancelTab := chromedp.NewContext(alloc)
	b := &Browser{Ctx: tab, cancel: func() {
		cancelTab()
		cancelAlloc()
		os.RemoveAll(profile)
	}}
	if err := chromedp.Run(tab); err != nil {
		b.Close()
		return nil, fmt.Errorf("starting %s: %w", chromium, err)
	}
	return b, nil
}

// Close ends the browser and removes its profile.
func (b *Browser) Close() { b.cancel() }
