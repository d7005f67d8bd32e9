// Command size measures the app's WebAssembly against the go-app
// hello-world floor (internal/floor) built with the same flags, raw and
// compressed as it travels, and prints Markdown tables. With -packages it
// also builds the app with its symbol names and sums its code per Go
// package. `make bench` prints the same tables in docs/benchmarks.md.
//
// Usage:
//
//	go run ./internal/size [-flags '<the Makefile's WASMFLAGS, the default>'] [-packages] APP.wasm
//
// -flags is split as a shell would split it (blanks separate words, a
// backslash escapes the next character, quotes group), because make passes
// its WASMFLAGS variable through unchanged.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/klantwaarde/klantwaarde/internal/wasmsize"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "size:", err)
		}
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("size", flag.ContinueOnError)
	flags.SetOutput(stderr)
	buildFlags := flags.String("flags", wasmsize.DefaultFlags, "the go build `flags` the app was built with, as one shell-quoted string")
	packages := flags.Bool("packages", false, "also build the app unstripped and print its code size per package")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() != 1 {
		return errors.New("usage: size [-flags FLAGS] [-packages] APP.wasm")
	}
	words, err := wasmsize.SplitFlags(*buildFlags)
	if err != nil {
		return fmt.Errorf("-flags: %w", err)
	}
	appWasm, err := os.ReadFile(flags.Arg(0))
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "klantwaarde-size-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	floorPath := filepath.Join(tmp, "floor.wasm")
	if err := wasmsize.Build(stderr, words, floorPath, wasmsize.FloorPackage); err != nil {
		return err
	}
	floorWasm, err := os.ReadFile(floorPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "WebAssembly of the app (%s) and of the go-app hello-world floor, built with `%s` by %s.\n",
		flags.Arg(0), strings.Join(words, " "), runtime.Version())
	fmt.Fprintf(stdout, "MB are 10^6 bytes; exact bytes in parentheses; gzip -9 and brotli quality 11 as served.\n\n")
	wasmsize.WriteSizes(stdout, wasmsize.Measure(appWasm), wasmsize.Measure(floorWasm))
	if !*packages {
		return nil
	}
	fmt.Fprintln(stdout)
	return wasmsize.WritePackages(stdout, stderr, tmp, words, appWasm)
}
