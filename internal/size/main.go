// Command size measures the app's WebAssembly against the go-app
// hello-world floor (internal/floor) built with the same flags, raw and
// compressed as it travels, and prints Markdown tables for
// docs/benchmarks.md. With -packages it also builds the app with its
// symbol names and sums its code per Go package.
//
// Usage:
//
//	go run ./internal/size [-flags '-trimpath -ldflags=-s\ -w'] [-packages] APP.wasm
//
// -flags is split as a shell would split it (blanks separate words, a
// backslash escapes the next character, quotes group), because make passes
// its WASMFLAGS variable through unchanged.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

const (
	modulePath   = "github.com/klantwaarde/klantwaarde"
	floorPackage = modulePath + "/internal/floor"
	appPackage   = modulePath + "/cmd/klantwaarde"
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
	buildFlags := flags.String("flags", "-trimpath -ldflags=-s\\ -w", "the go build `flags` the app was built with, as one shell-quoted string")
	packages := flags.Bool("packages", false, "also build the app unstripped and print its code size per package")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() != 1 {
		return errors.New("usage: size [-flags FLAGS] [-packages] APP.wasm")
	}
	words, err := splitFlags(*buildFlags)
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
	if _, err := goWasm(stderr, "build", words, "-o", floorPath, floorPackage); err != nil {
		return err
	}
	floorWasm, err := os.ReadFile(floorPath)
	if err != nil {
		return err
	}
	app, floor := measure(appWasm), measure(floorWasm)
	fmt.Fprintf(stdout, "WebAssembly of the app (%s) and of the go-app hello-world floor, built with `%s` by %s.\n",
		flags.Arg(0), strings.Join(words, " "), runtime.Version())
	fmt.Fprintf(stdout, "MB are 10^6 bytes; exact bytes in parentheses; gzip -9 and brotli quality 11 as served.\n\n")
	printSizes(stdout, app, floor)
	if !*packages {
		return nil
	}
	fmt.Fprintln(stdout)
	return printPackages(stdout, stderr, tmp, words, appWasm)
}

// sizes are one file's bytes raw, gzip -9 and brotli quality 11, the same
// settings internal/precompress uses for what the server sends.
type sizes [3]int

var columns = [3]string{"raw", "gzip -9", "brotli 11"}

func measure(data []byte) sizes {
	var s sizes
	var wg sync.WaitGroup
	wg.Go(func() { s[0] = len(data) })
	wg.Go(func() {
		s[1] = compressedLen(data, func(w io.Writer) io.WriteCloser {
			gz, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
			return gz
		})
	})
	wg.Go(func() {
		s[2] = compressedLen(data, func(w io.Writer) io.WriteCloser {
			return brotli.NewWriterLevel(w, brotli.BestCompression)
		})
	})
	wg.Wait()
	return s
}

// compressedLen cannot fail: both compressors only fail when their
// writer does, and a bytes.Buffer does not.
func compressedLen(data []byte, newWriter func(io.Writer) io.WriteCloser) int {
	var buf bytes.Buffer
	w := newWriter(&buf)
	w.Write(data)
	w.Close()
	return buf.Len()
}

func printSizes(w io.Writer, app, floor sizes) {
	fmt.Fprintf(w, "| wasm | %s | %s | %s |\n", columns[0], columns[1], columns[2])
	fmt.Fprintln(w, "|---|---:|---:|---:|")
	for _, row := range []struct {
		name string
		s    sizes
	}{{"app", app}, {"floor", floor}} {
		fmt.Fprintf(w, "| %s |", row.name)
		for _, n := range row.s {
			fmt.Fprintf(w, " %.2f MB (%d) |", float64(n)/1e6, n)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprint(w, "| app/floor |")
	for i := range app {
		fmt.Fprintf(w, " %.2f× |", float64(app[i])/float64(floor[i]))
	}
	fmt.Fprintln(w)
}

// goWasm runs the go command for GOOS=js GOARCH=wasm and returns its
// standard output; its errors go to stderr.
func goWasm(stderr io.Writer, verb string, flags []string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", append(append([]string{verb}, flags...), args...)...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("GOOS=js GOARCH=wasm %s: %w", strings.Join(cmd.Args, " "), err)
	}
	return out, nil
}

// splitFlags splits s into words as a POSIX shell does in the cases that
// matter for go build flags: blanks separate words, a backslash escapes the
// next character, and single or double quotes group.
func splitFlags(s string) ([]string, error) {
	var (
		words   []string
		word    strings.Builder
		inWord  bool
		quote   rune
		escaped bool
	)
	for _, r := range s {
		switch {
		case escaped:
			word.WriteRune(r)
			escaped = false
		case quote != 0 && r == quote:
			quote = 0
		case quote == '\'':
			word.WriteRune(r)
		case r == '\\':
			escaped, inWord = true, true
		case quote == '"':
			word.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t' || r == '\n':
			if inWord {
				words = append(words, word.String())
				word.Reset()
				inWord = false
			}
		default:
			word.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 || escaped {
		return nil, fmt.Errorf("unterminated quote or escape in %q", s)
	}
	if inWord {
		words = append(words, word.String())
	}
	return words, nil
}
