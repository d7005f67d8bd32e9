// Command precompress writes FILE.br and FILE.gz beside each FILE named on
// its command line, at the best compression of each format. The build runs
// it on the WebAssembly once, so that neither `klantwaarde serve` nor
// `klantwaarde build` spends tens of seconds compressing it again.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/andybalholm/brotli"
)

func main() {
	for _, name := range os.Args[1:] {
		if err := precompress(name); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func precompress(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	br := brotli.NewWriterLevel(nil, brotli.BestCompression)
	gz, _ := gzip.NewWriterLevel(nil, gzip.BestCompression)
	for ext, w := range map[string]interface {
		io.Writer
		Reset(io.Writer)
		Close() error
	}{".br": br, ".gz": gz} {
		var buf bytes.Buffer
		w.Reset(&buf)
		if _, err := w.Write(data); err != nil {
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
		if err := os.WriteFile(name+ext, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s%s: %d bytes (%.1f %% of %d)\n", name, ext, buf.Len(), 100*float64(buf.Len())/float64(len(data)), len(data))
	}
	return nil
}
