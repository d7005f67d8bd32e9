// Command bench measures the app against the go-app hello-world floor
// (internal/floor) and prints a Markdown report: the WebAssembly sizes,
// the cold start to <html data-ready="true"> and the first contentful
// paint in fresh browser profiles (on the loopback as it is, over an
// emulated 4 Mbit/s connection, and opened from a link on another site),
// the latency of typing into a score
// field at 5 × 10 and 50 × 30 × 12, the memory, Lighthouse's mobile audit
// of performance (lighthouse.go), and the calc benchmarks.
//
// In one run it builds the app (`make build`) and the floor with the same
// go build flags, both precompressed the same way, serves each with its
// real server on 127.0.0.1, and drives headless Chromium. It runs from the
// repository's root and stops by itself; `make bench` runs it.
//
// Usage:
//
//	go run ./internal/bench [-flags '<the Makefile's WASMFLAGS, the default>'] [-out docs/benchmarks.md]
//	                        [-runs 5] [-keys 100] [-calc=false] [-build=false]
//	                        [-lighthouse-runs 3] [-against OLD_BINARY[,…] [-quick] [-ab-lighthouse] [-ab-typing=false]]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/internal/browsertest"
	"github.com/klantwaarde/klantwaarde/internal/synthetic"
	"github.com/klantwaarde/klantwaarde/internal/wasmsize"
)

// timeout bounds the whole run, builds included.
const timeout = 30 * time.Minute

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "bench:", err)
		}
		os.Exit(1)
	}
}

// options are the command line.
type options struct {
	flags      string
	out        string
	runs, keys int
	calc       bool
	build      bool
	chromium   string
	profile    string
	against    string
	quick      bool
	lighthouse bool
	// abLighthouse also runs Lighthouse on every build of an A/B, and
	// abTyping types into each; abPhone also cold-starts each in a phone's
	// viewport.
	abLighthouse, abTyping, abPhone bool
	// abLink opens every build of an A/B from a link on another site
	// rather than a fresh tab.
	abLink         bool
	lighthouseRuns int
	chromiumFlags  string
}

func parse(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.flags, "flags", wasmsize.DefaultFlags, "the go build `flags` of both WebAssembly files, as one shell-quoted string")
	fs.StringVar(&o.out, "out", "", "also write the report to this `file`, keeping its hand-written notes")
	fs.IntVar(&o.runs, "runs", 5, "cold starts of each program, each in a fresh profile")
	fs.IntVar(&o.keys, "keys", 100, "keystrokes measured at each size")
	fs.BoolVar(&o.calc, "calc", true, "run the calc benchmarks (go test -bench)")
	fs.BoolVar(&o.build, "build", true, "run `make build` first; false measures bin/klantwaarde as it is")
	fs.StringVar(&o.profile, "profile", "", "after measuring, profile one more cold start and typing session of the app and write their CPU profiles (.cpuprofile) to this `directory`")
	fs.StringVar(&o.against, "against", "", "also cold-start other builds of the app, these klantwaarde `binaries` (comma-separated), taking turns with the app and the floor on the loopback; their medians go to stderr only (an A/B of a change)")
	fs.IntVar(&o.lighthouseRuns, "lighthouse-runs", 3, "Lighthouse runs of each page, taking turns")
	fs.BoolVar(&o.lighthouse, "lighthouse", true, "run Lighthouse (mobile) on the app and the floor, installed by `make deps-lighthouse`")
	fs.BoolVar(&o.abTyping, "ab-typing", true, "with -against: also type at 5×10 into every build and the floor, taking turns (false for a build without the editor)")
	fs.BoolVar(&o.abPhone, "ab-phone", false, "with -against: also cold-start every build and the floor at a phone's size, taking turns")
	fs.BoolVar(&o.abLighthouse, "ab-lighthouse", false, "with -against: also run Lighthouse on every build and the floor, taking turns; its medians go to stderr")
	fs.BoolVar(&o.abLink, "ab-link", false, "with -against: open every build and the floor from a link on another site, not a fresh tab")
	fs.StringVar(&o.chromiumFlags, "chromium-flags", "", "switches (comma-separated, without --) added to every Chromium started, e.g. disable-site-isolation-trials")
	fs.BoolVar(&o.quick, "quick", false, "with -against: only the A/B, cold starts on the loopback and typing at 5×10, and no report")
	fs.StringVar(&o.chromium, "chromium", "", "the Chromium `binary` (default: chromium on $PATH, as make deps-browser installs it)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 || o.runs < 1 || o.runs > 50 || o.keys < 1 || o.keys > 10000 || o.lighthouseRuns < 1 || o.lighthouseRuns > 50 {
		fs.Usage()
		return o, errors.New("usage: bench [flags]; -runs 1–50, -keys 1–10000, -lighthouse-runs 1–50")
	}
	return o, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o, err := parse(args, stderr)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	words, err := wasmsize.SplitFlags(o.flags)
	if err != nil {
		return fmt.Errorf("-flags: %w", err)
	}
	if o.chromium == "" {
		if o.chromium, err = browsertest.Chromium(); err != nil {
			return err
		}
	}
	for _, f := range strings.Split(o.chromiumFlags, ",") {
		if f = strings.TrimSpace(f); f != "" {
			chromiumFlags = append(chromiumFlags, chromedp.Flag(strings.TrimPrefix(f, "--"), true))
		}
	}
	if o.lighthouse && !o.quick {
		if err := lighthouseInstalled(); err != nil {
			return err
		}
	}
	r := &report{machine: describeMachine(), command: commandLine(args), flags: words}
	step := func(format string, a ...any) { fmt.Fprintf(stderr, "bench: "+format+"\n", a...) }

	if o.build {
		step("building the app (make build)")
		if err := buildApp(stderr, o.flags); err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp("", "klantwaarde-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	step("building the floor with %s", strings.Join(words, " "))
	floor, err := buildFloor(stderr, tmp, words, "")
	if err != nil {
		return err
	}
	step("building the floor with its /typing page (-tags typing)")
	typingFloor, err := buildFloor(stderr, tmp, words, "typing")
	if err != nil {
		return err
	}
	if r.appSizes, err = served(appWasm); err != nil {
		return fmt.Errorf("%w: run `make build`", err)
	}
	if r.floorSizes, err = served(filepath.Join(floor.wasmDir, "app.wasm")); err != nil {
		return err
	}

	// The native benchmarks run before any browser or server, so that
	// nothing of this program competes with them.
	if o.calc {
		step("running the calc benchmarks")
		if r.goBenches, err = runGoBenchmarks(stderr); err != nil {
			return err
		}
	}

	appServer, err := startServer(stderr, "./"+appBinary, "serve", "-addr", "127.0.0.1:0")
	if err != nil {
		return err
	}
	defer appServer.stop()
	floorServer, err := startServer(stderr, floor.server, "-wasm", floor.wasmDir, "-addr", "127.0.0.1:0")
	if err != nil {
		return err
	}
	defer floorServer.stop()
	typingServer, err := startServer(stderr, typingFloor.server, "-wasm", typingFloor.wasmDir, "-addr", "127.0.0.1:0")
	if err != nil {
		return err
	}
	defer typingServer.stop()

	if r.machine.browser, err = browserVersion(ctx, o.chromium); err != nil {
		return err
	}
	urls := []string{appServer.url, floorServer.url}
	names := []string{"app", "floor"}
	for bin := range strings.SplitSeq(o.against, ",") {
		if bin == "" {
			continue
		}
		other, err := startServer(stderr, bin, "serve", "-addr", "127.0.0.1:0")
		if err != nil {
			return err
		}
		defer other.stop()
		urls, names = append(urls, other.url), append(names, bin)
	}
	if r.page, err = pageSizes(appServer.url); err != nil {
		return err
	}
	// The A/B's cold starts: from a fresh tab, or with -ab-link from a link.
	var abConn connection
	if o.abLink && len(urls) > 2 {
		link, stopLink, err := linkPage()
		if err != nil {
			return err
		}
		defer stopLink()
		abConn.linkFrom = link
	}
	step("cold starts over %s: %d of each, app %s and floor %s", abConn, o.runs, appServer.url, floorServer.url)
	cold, err := measureColdStarts(ctx, stderr, o.chromium, urls, o.runs, abConn)
	if err != nil {
		return err
	}
	r.app, r.floor = cold[0], cold[1]
	if len(urls) > 2 {
		printAB(step, names, cold, "")
		if o.abPhone {
			step("cold starts at a phone's size: %d of each", o.runs)
			abPhone := abConn
			abPhone.phone = true
			phone, err := measureColdStarts(ctx, stderr, o.chromium, urls, o.runs, abPhone)
			if err != nil {
				return err
			}
			printAB(step, names, phone, "at a phone's size")
		}
		appURLs := append(urls[:1:1], urls[2:]...)
		appNames := append(names[:1:1], names[2:]...)
		if o.abTyping {
			if err := abTyping(ctx, stderr, o.chromium, appURLs, appNames, typingServer.url, o.keys); err != nil {
				return err
			}
		}
		if o.abLighthouse {
			if err := abLighthouse(ctx, stderr, o.chromium, urls, names, o.lighthouseRuns); err != nil {
				return err
			}
		}
		if o.quick {
			return nil
		}
	}
	// appAndFloor cold-starts the app and the floor over conn, taking turns.
	appAndFloor := func(conn connection) (app, floor coldStarts, err error) {
		step("cold starts over %s: %d of each", conn, o.runs)
		cold, err := measureColdStarts(ctx, stderr, o.chromium, []string{appServer.url, floorServer.url}, o.runs, conn)
		if err != nil {
			return nil, nil, err
		}
		return cold[0], cold[1], nil
	}
	if r.phoneApp, r.phoneFloor, err = appAndFloor(connection{phone: true}); err != nil {
		return err
	}
	if r.slowApp, r.slowFloor, err = appAndFloor(slowConnection); err != nil {
		return err
	}
	slowPhone := slowConnection
	slowPhone.phone = true
	if r.slowPhoneApp, r.slowPhoneFloor, err = appAndFloor(slowPhone); err != nil {
		return err
	}
	link, stopLink, err := linkPage()
	if err != nil {
		return err
	}
	defer stopLink()
	if r.linkApp, r.linkFloor, err = appAndFloor(connection{linkFrom: link}); err != nil {
		return err
	}
	if r.linkPhoneApp, r.linkPhoneFloor, err = appAndFloor(connection{linkFrom: link, phone: true}); err != nil {
		return err
	}
	if r.typedApp, r.typedFloor, err = appAndFloor(connection{typed: true}); err != nil {
		return err
	}
	if r.typedPhoneApp, r.typedPhoneFloor, err = appAndFloor(connection{typed: true, phone: true}); err != nil {
		return err
	}
	step("typing %d keystrokes into the floor's /typing page", o.keys)
	if r.floorTyping, err = measureTyping(ctx, o.chromium, floorTypingPage(typingServer.url), o.keys, nil); err != nil {
		return fmt.Errorf("typing into the floor: %w", err)
	}
	step("p50 %.1f ms, p95 %.1f ms", percentile(r.floorTyping.dom, 50), percentile(r.floorTyping.dom, 95))
	for _, sz := range []synthetic.Size{synthetic.Small, synthetic.Large} {
		step("typing %d keystrokes at %s", o.keys, sz)
		page, err := appTypingPage(appServer.url, sz)
		if err != nil {
			return err
		}
		t, err := measureTyping(ctx, o.chromium, page, o.keys, nil)
		if err != nil {
			return fmt.Errorf("typing at %s: %w", sz, err)
		}
		step("p50 %.1f ms, p95 %.1f ms", percentile(t.dom, 50), percentile(t.dom, 95))
		r.typing = append(r.typing, t)
	}
	if o.lighthouse {
		step("lighthouse: %d runs of each, taking turns", o.lighthouseRuns)
		lh, err := measureLighthouse(ctx, stderr, o.chromium, []string{appServer.url, floorServer.url}, o.lighthouseRuns)
		if err != nil {
			return err
		}
		r.lighthouseApp, r.lighthouseFloor = lh[0], lh[1]
	}
	step("pasting %d codes at once into the workshop, %d times", roomSize, roomRounds)
	if r.roomPaste, err = measureRoomPaste(ctx, o.chromium, appServer.url); err != nil {
		return fmt.Errorf("a room of %d: %w", roomSize, err)
	}
	step("p50 %.1f ms to the count, %.1f ms to the next frame", percentile(r.roomPaste.dom, 50), percentile(r.roomPaste.frame, 50))
	r.machine.loadAfter = loadAverage()
	if o.profile != "" {
		step("profiling into %s", o.profile)
		if err := profileApp(ctx, o.chromium, appServer.url, o.profile); err != nil {
			return err
		}
	}

	r.write(stdout)
	if o.out != "" {
		if err := r.writeFile(o.out); err != nil {
			return err
		}
		step("wrote %s", o.out)
	}
	return nil
}

// browserVersion starts Chromium once to ask its version.
func browserVersion(ctx context.Context, chromium string) (string, error) {
	b, err := newBrowser(ctx, chromium)
	if err != nil {
		return "", err
	}
	defer b.close()
	return b.version()
}

// commandLine is how the report says it was made: by make bench, or by
// the command with its arguments.
func commandLine(args []string) string {
	if os.Getenv("MAKELEVEL") != "" {
		return "make bench"
	}
	return strings.Join(append([]string{"go run ./internal/bench"}, args...), " ")
}

// printAB prints the medians of each build's cold starts in an A/B.
func printAB(step func(string, ...any), names []string, cold []coldStarts, where string) {
	for i, name := range names {
		medians := make([]string, 0, len(coldStartColumns)+2)
		for _, c := range coldStartColumns {
			medians = append(medians, fmt.Sprintf("%s %.0f ms", c.name, cold[i].medianOf(c.get)))
		}
		medians = append(medians, fmt.Sprintf("first result visible %.0f ms", cold[i].medianOf(firstResult)),
			fmt.Sprintf("largest CLS %.3f", slices.Max(cold[i].values(layoutShift))))
		step("A/B%s: %s: medians: %s (data-ready of each run: %s; first result visible: %s)", strings.TrimSuffix(" "+where, " "), name,
			strings.Join(medians, ", "), list(cold[i].values(ready)), list(cold[i].values(firstResult)))
	}
}
