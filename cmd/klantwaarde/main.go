//go:build !wasm

// Command klantwaarde serves the Klantwaarde app, writes it as a static
// site, and prints reports of scenario files (SPEC §5).
//
// Usage:
//
//	klantwaarde [serve] [-addr 127.0.0.1:8000]
//	klantwaarde build [-out dist] [-base /path/]
//	klantwaarde report [-json] FILE|-
//	klantwaarde codes [-json] SCENARIO FILE|-
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// errUsage marks a command line that could not be understood; main exits
// with status 2 for it, as the flag package does.
var errUsage = errors.New("usage")

// errReported marks a failure whose messages were already written to
// stderr; main exits with status 1 without printing it again.
var errReported = errors.New("reported")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, errUsage):
		os.Exit(2)
	case errors.Is(err, errReported):
		os.Exit(1)
	default:
		fmt.Fprintln(os.Stderr, "klantwaarde:", err)
		os.Exit(1)
	}
}

const usage = `klantwaarde: the customer value calculator

Usage:
  klantwaarde [serve] [-addr 127.0.0.1:8000]   serve the app
  klantwaarde build [-out dist] [-base /path/]  write the app as a static site
  klantwaarde report [-json] FILE|-             print the results of a scenario file
  klantwaarde codes [-json] SCENARIO FILE|-     read workshop response codes from any text
`

// run executes one command line; main only maps its error to an exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprint(stdout, usage)
		return nil
	}
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return runServe(ctx, args, stdout, stderr)
	case "build":
		return runBuild(ctx, args, stdout, stderr)
	case "report":
		return runReport(args, stdin, stdout, stderr)
	case "codes":
		return runCodes(args, stdin, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "klantwaarde: unknown command %q\n\n%s", cmd, usage)
	return errUsage
}
