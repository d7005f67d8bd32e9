//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("build", flag.ContinueOnError)
	flags.SetOutput(stderr)
	out := flags.String("out", "dist", "the `directory` to write the site to")
	base := flags.String("base", "/", "the `path` the site is served under, e.g. /klantwaarde/ on GitHub Pages")
	if err := flags.Parse(args); err != nil || flags.NArg() > 0 {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		fmt.Fprintln(stderr, "usage: klantwaarde build [-out dist] [-base /path/]")
		return errUsage
	}
	s, err := newSite(*base)
	if err != nil {
		return err
	}
	if err := s.write(*out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Wrote %d files and 404.html to %s for %s (version %s)\n", len(s.files), *out, s.base, s.version)
	return nil
}

// write puts every file of the site below dir, with its precompressed .br
// and .gz beside it. The page "/" becomes index.html, and 404.html too:
// static hosts such as GitHub Pages answer an unknown path with it, so a
// deep link opens the app, whose router shows the right view.
func (s *site) write(dir string) error {
	for _, p := range s.paths() {
		f := s.files[p]
		names := []string{filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "/")))}
		if p == "/" {
			names = []string{filepath.Join(dir, "index.html"), filepath.Join(dir, "404.html")}
		}
		for _, name := range names {
			if err := writeFile(name, f); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeFile(name string, f *siteFile) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	for suffix, data := range map[string][]byte{"": f.body, ".br": f.br, ".gz": f.gz} {
		if data == nil {
			continue
		}
		if err := os.WriteFile(name+suffix, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
