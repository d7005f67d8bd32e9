// Command precompress writes FILE.br and FILE.gz beside each FILE named on
// its command line, at the best compression of each format. The build runs
// it on the WebAssembly once, so that neither `klantwaarde serve` nor
// `klantwaarde build` spends tens of seconds compressing it again.
package main

import (
	"fmt"
	"os"

	"github.com/klantwaarde/klantwaarde/internal/wasmsize"
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
	br, gz := wasmsize.Compress(data)
	for _, f := range []struct {
		ext  string
		data []byte
	}{{".br", br}, {".gz", gz}} {
		if err := os.WriteFile(name+f.ext, f.data, 0o644); err != nil {
			return err
		}
		fmt.Printf("%s%s: %d bytes (%.1f %% of %d)\n", name, f.ext, len(f.data), 100*float64(len(f.data))/float64(len(data)), len(data))
	}
	return nil
}
