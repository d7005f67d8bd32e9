package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/klantwaarde/klantwaarde/internal/browsertest"
	"github.com/klantwaarde/klantwaarde/internal/wasmsize"
)

// The app's build products, as `make build` writes them.
const (
	appWasm   = "web/wasm/app.wasm"
	appBinary = "bin/klantwaarde"
)

// buildApp runs `make build` with the given WASMFLAGS: the WebAssembly,
// its .br and .gz, and the binary that embeds them. make rebuilds what is
// older than its sources, so the app measured is the app in the tree.
func buildApp(stderr io.Writer, flags string) error {
	cmd := exec.Command("make", "build", "WASMFLAGS="+flags)
	cmd.Stdout, cmd.Stderr = stderr, stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("make build: %w", err)
	}
	return nil
}

// floorBuild is the go-app hello world, built like the app: its
// WebAssembly with the same flags and precompressed the same way, and its
// server.
type floorBuild struct {
	wasmDir string // app.wasm, app.wasm.br, app.wasm.gz
	server  string
	wasm    []byte
}

// buildFloor builds the floor into dir with the given flags. With the tags
// "typing", it is the floor with its /typing page (internal/floor/typing.go),
// built into a directory of its own.
func buildFloor(stderr io.Writer, dir string, flags []string, tags string) (*floorBuild, error) {
	name := "floor"
	if tags != "" {
		name += "-" + tags
		flags = append(append([]string(nil), flags...), "-tags", tags)
	}
	f := &floorBuild{wasmDir: filepath.Join(dir, name+"-web"), server: filepath.Join(dir, name)}
	if err := os.MkdirAll(f.wasmDir, 0o755); err != nil {
		return nil, err
	}
	wasmPath := filepath.Join(f.wasmDir, "app.wasm")
	if err := wasmsize.Build(stderr, flags, wasmPath, wasmsize.FloorPackage); err != nil {
		return nil, err
	}
	var err error
	if f.wasm, err = os.ReadFile(wasmPath); err != nil {
		return nil, err
	}
	br, gz := wasmsize.Compress(f.wasm)
	if err := os.WriteFile(wasmPath+".br", br, 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(wasmPath+".gz", gz, 0o644); err != nil {
		return nil, err
	}
	args := append(wasmsize.ModFlags(wasmsize.FloorPackage), "-trimpath", "-tags", tags, "-o", f.server, "./internal/floor")
	cmd := exec.Command("go", append([]string{"build"}, args...)...)
	cmd.Stdout, cmd.Stderr = stderr, stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("building the floor's server: %w", err)
	}
	return f, nil
}

// served reads the sizes of a WebAssembly file and of the .br and .gz
// beside it, the bytes a browser receives.
func served(wasmPath string) (wasmsize.Sizes, error) {
	var s wasmsize.Sizes
	for i, ext := range []string{"", ".gz", ".br"} {
		fi, err := os.Stat(wasmPath + ext)
		if err != nil {
			return s, err
		}
		s[i] = int(fi.Size())
	}
	return s, nil
}

// A server is one of the programs measured, serving on a free loopback
// port (browsertest.Server).
type server struct {
	url string // http://127.0.0.1:PORT/
	*browsertest.Server
}

// startServer runs name with args and reads the URL from the first line
// it prints: "Klantwaarde is running at http://ADDR/ (version …)" or
// "listening on http://ADDR/".
func startServer(stderr io.Writer, name string, args ...string) (*server, error) {
	s, err := browsertest.StartServer(stderr, name, args...)
	if err != nil {
		return nil, err
	}
	return &server{url: s.URL, Server: s}, nil
}

// stop interrupts the server, and kills it if it has not stopped after a
// few seconds.
func (s *server) stop() { s.Stop() }
