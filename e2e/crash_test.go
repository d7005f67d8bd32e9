package e2e

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// crashBuild is the app built with the tag crashtest, whose page
// /crash-test panics while go-app renders it (cmd/klantwaarde/
// crashtest_wasm.go), and a server that serves that WebAssembly. The
// shipped binary has neither.
var crashBuild struct {
	once         sync.Once
	server, wasm string
	err          error
}

func crashServer(t *testing.T) *server {
	t.Helper()
	crashBuild.once.Do(func() {
		dir, err := os.MkdirTemp("", "klantwaarde-crashtest-")
		if err != nil {
			crashBuild.err = err
			return
		}
		crashBuild.server = filepath.Join(dir, "klantwaarde")
		crashBuild.wasm = filepath.Join(dir, "app.wasm")
		// The Makefile's WASMFLAGS, so that the build cache of `make
		// build` leaves little but the link to do.
		wasm := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w",
			"-gcflags=github.com/klantwaarde/klantwaarde/...=-l", "-tags", "crashtest",
			"-o", crashBuild.wasm, "./cmd/klantwaarde")
		wasm.Dir, wasm.Env = "..", append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := wasm.CombinedOutput(); err != nil {
			crashBuild.err = &buildError{"the crashtest WebAssembly", err, out}
			return
		}
		srv := exec.Command("go", "build", "-trimpath", "-tags", "crashtest", "-o", crashBuild.server, "./cmd/klantwaarde")
		srv.Dir = ".."
		if out, err := srv.CombinedOutput(); err != nil {
			crashBuild.err = &buildError{"the crashtest server", err, out}
		}
	})
	if crashBuild.err != nil {
		t.Fatal(crashBuild.err)
	}
	t.Setenv("KLANTWAARDE_WASM", crashBuild.wasm)
	return startBinary(t, crashBuild.server)
}

type buildError struct {
	what string
	err  error
	out  []byte
}

func (e *buildError) Error() string {
	return "building " + e.what + ": " + e.err.Error() + "\n" + string(e.out)
}

// TestCrashScreen makes the Go program panic while go-app renders, while
// the user works (a click) and at start: the page becomes the crash
// screen in the user's language, and its download holds every scenario,
// equal to what was stored.
func TestCrashScreen(t *testing.T) {
	srv := crashServer(t)
	want := threeScenarios()
	tests := []struct {
		name, browser, saved, path string
		title, button              string
	}{
		{"nl from the browser, while working", "nl-NL", "", "crash-test", "Klantwaarde is gestopt", "Download al mijn scenario's"},
		{"en chosen in the app, while working", "nl-NL", "en", "crash-test", "Klantwaarde has stopped", "Download all my scenarios"},
		{"en at start", "en-GB", "", "crash-test?at=start", "Klantwaarde has stopped", "Download all my scenarios"},
		{"nl in an event handler", "nl-NL", "", "crash-test?in=handler", "Klantwaarde is gestopt", "Download al mijn scenario's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTab(t)
			extra := map[string]string{}
			if tt.saved != "" {
				extra["klantwaarde.locale"] = tt.saved
			}
			tb.seedStorage(want, extra)
			tb.run(
				emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage(tt.browser),
				chromedp.Navigate(srv.URL), waitReady(),
				chromedp.Navigate(srv.URL+tt.path),
			)
			if !strings.Contains(tt.path, "at=start") {
				tb.run(chromedp.WaitVisible(`#crash-now`, chromedp.ByQuery), chromedp.Click(`#crash-now`, chromedp.ByQuery))
			}
			// A page that spins instead (a timeout the dead program left,
			// retried by wasm_exec.js for ever) shows nothing: fail soon.
			shown, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
			defer cancel()
			if err := chromedp.Run(shown, chromedp.WaitVisible(`[data-crash]`, chromedp.ByQuery)); err != nil {
				t.Fatalf("no crash screen within 30 s: %v", err)
			}
			for _, line := range tb.page.Console() {
				if strings.Contains(line, "missed timeout event") {
					t.Fatalf("the page spun on a timeout of the exited program: %s", line)
				}
			}
			tb.waitText(`[data-crash] h1`, tt.title)
			tb.waitText(`[data-action="crash-download"]`, tt.button)
			tb.screenshot("crash-" + strings.ReplaceAll(tt.name, " ", "-"))

			downloads := tb.allowDownloads()
			tb.run(chromedp.Click(`[data-action="crash-download"]`, chromedp.ByQuery))
			file := downloads.wait(t, "klantwaarde-backup-*.json")
			if diff := cmp.Diff(want, readBackup(t, file).Scenarios); diff != "" {
				t.Errorf("the crash screen's backup (-stored +downloaded):\n%s", diff)
			}
			if got := tb.attr(`[data-crash]`, "data-crash"); got == "" {
				t.Error("data-crash names no reason")
			}
		})
	}
}
