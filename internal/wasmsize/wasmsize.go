// Package wasmsize builds and measures WebAssembly the way `make size` and
// `make bench` compare the app with the go-app hello-world floor: the same
// go build flags for both, sizes raw and compressed as served (gzip -9 and
// brotli 11, what internal/precompress writes), and, from builds that keep
// the function names, the code of each Go package.
package wasmsize

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// The packages compared.
const (
	ModulePath   = "github.com/klantwaarde/klantwaarde"
	FloorPackage = ModulePath + "/internal/floor"
	AppPackage   = ModulePath + "/cmd/klantwaarde"
)

// FloorModFile is the go.mod the floor is built with, relative to the
// repository's root: the module's own, without its replace of go-app by
// the patched copy in third_party/go-app, so that the floor stays the
// real go-app v9.8.0 and every ratio is measured against it.
const FloorModFile = "internal/floor/floor.mod"

// ModFlags are the go command flags that build pkg: for the floor, its
// own go.mod; for anything else, none.
func ModFlags(pkg string) []string {
	if pkg == FloorPackage {
		return []string{"-modfile=" + FloorModFile}
	}
	return nil
}

// DefaultFlags are the Makefile's WASMFLAGS, as one shell-quoted string.
const DefaultFlags = `-trimpath -ldflags=-s\ -w -gcflags=github.com/klantwaarde/klantwaarde/...=-l`

// Build compiles pkg for GOOS=js GOARCH=wasm into out with the given go
// build flags; the go command's errors go to stderr.
func Build(stderr io.Writer, flags []string, out, pkg string) error {
	_, err := goWasm(stderr, "build", append(ModFlags(pkg), flags...), "-o", out, pkg)
	return err
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

// Compress returns data compressed with brotli at quality 11 and with gzip
// -9, the two forms the servers send, computed side by side.
func Compress(data []byte) (br, gz []byte) {
	var wg sync.WaitGroup
	wg.Go(func() {
		br = compressed(data, func(w io.Writer) io.WriteCloser {
			return brotli.NewWriterLevel(w, brotli.BestCompression)
		})
	})
	wg.Go(func() {
		gz = compressed(data, func(w io.Writer) io.WriteCloser {
			zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
			return zw
		})
	})
	wg.Wait()
	return br, gz
}

// compressed cannot fail: both compressors only fail when their writer
// does, and a bytes.Buffer does not.
func compressed(data []byte, newWriter func(io.Writer) io.WriteCloser) []byte {
	var buf bytes.Buffer
	w := newWriter(&buf)
	w.Write(data)
	w.Close()
	return buf.Bytes()
}

// Sizes are one file's bytes raw, gzip -9 and brotli 11.
type Sizes [3]int

// Columns name the three sizes.
var Columns = [3]string{"raw", "gzip -9", "brotli 11"}

// Measure returns the sizes of data as it is stored and served.
func Measure(data []byte) Sizes {
	br, gz := Compress(data)
	return Sizes{len(data), len(gz), len(br)}
}

// WriteSizes writes the Markdown table of the app's and the floor's
// sizes, in MB with exact bytes, and their ratio.
func WriteSizes(w io.Writer, app, floor Sizes) {
	fmt.Fprintf(w, "| wasm | %s | %s | %s |\n", Columns[0], Columns[1], Columns[2])
	fmt.Fprintln(w, "|---|---:|---:|---:|")
	for _, row := range []struct {
		name string
		s    Sizes
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

// SplitFlags splits s into words as a POSIX shell does in the cases that
// matter for go build flags: blanks separate words, a backslash escapes the
// next character, and single or double quotes group. make passes its
// WASMFLAGS variable through unchanged, so the commands take it this way.
func SplitFlags(s string) ([]string, error) {
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
