//go:build !wasm

// The server side of the floor: go-app's handler, the WebAssembly from the
// -wasm directory and a generated icon, all from one origin.
//
// Usage:
//
//	GOOS=js GOARCH=wasm go build -modfile=internal/floor/floor.mod -trimpath -ldflags='-s -w' -o DIR/app.wasm ./internal/floor
//	go run ./internal/precompress DIR/app.wasm   # optional: DIR/app.wasm.br and .gz
//	go run -modfile=internal/floor/floor.mod ./internal/floor -wasm DIR [-addr 127.0.0.1:0]
//
// floor.mod is the module's go.mod without the replace that gives the app
// its patched go-app (third_party/go-app): the floor is go-app as released.
//
// The first line on stdout is "listening on http://ADDR/".
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "floor:", err)
		}
		os.Exit(2)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("floor", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", "127.0.0.1:0", "the `address` to listen on; port 0 picks a free one")
	dir := flags.String("wasm", "", "the `directory` holding app.wasm, and app.wasm.br and app.wasm.gz if compressed")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *dir == "" || flags.NArg() > 0 {
		return errors.New("usage: floor -wasm DIR [-addr 127.0.0.1:0]")
	}
	wasm, err := loadWasm(*dir)
	if err != nil {
		return err
	}
	icon, err := iconPNG()
	if err != nil {
		return err
	}
	routes()
	mux := http.NewServeMux()
	mux.Handle("/", &app.Handler{
		Name:  "Floor",
		Title: "go-app floor",
		Icon: app.Icon{
			Default:    "/web/icon.png",
			Large:      "/web/icon.png",
			AppleTouch: "/web/icon.png",
			SVG:        "/web/icon.svg",
		},
		Version: wasm.version,
	})
	mux.HandleFunc("/web/", http.NotFound) // not the working directory, go-app's default
	mux.Handle("GET /web/app.wasm", wasm)
	mux.HandleFunc("GET /web/icon.png", serveBytes("image/png", icon))
	mux.HandleFunc("GET /web/icon.svg", serveBytes("image/svg+xml", []byte(iconSVG)))

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "listening on http://%s/\n", ln.Addr())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	return srv.Serve(ln)
}

// wasmFile is the WebAssembly and its precompressed forms, if any, served
// as the real app serves its own: brotli or gzip when the browser accepts
// them, so that cold starts compare like with like.
type wasmFile struct {
	raw, br, gz []byte
	version     string
}

func loadWasm(dir string) (*wasmFile, error) {
	name := filepath.Join(dir, "app.wasm")
	raw, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	f := &wasmFile{raw: raw}
	f.br, _ = os.ReadFile(name + ".br")
	f.gz, _ = os.ReadFile(name + ".gz")
	sum := sha256.Sum256(raw)
	f.version = hex.EncodeToString(sum[:8])
	return f, nil
}

func (f *wasmFile) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, enc := f.raw, r.Header.Get("Accept-Encoding")
	switch {
	case f.br != nil && strings.Contains(enc, "br"):
		w.Header().Set("Content-Encoding", "br")
		body = f.br
	case f.gz != nil && strings.Contains(enc, "gzip"):
		w.Header().Set("Content-Encoding", "gzip")
		body = f.gz
	}
	w.Header().Set("Vary", "Accept-Encoding")
	serveBytes("application/wasm", body)(w, r)
}

func serveBytes(contentType string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.Write(body)
	}
}

// iconPNG draws a plain 192×192 square, a few hundred bytes.
func iconPNG() ([]byte, error) {
	img := image.NewPaletted(image.Rect(0, 0, 192, 192), color.Palette{color.RGBA{0x33, 0x33, 0x33, 0xff}})
	var buf bytes.Buffer
	err := png.Encode(&buf, img)
	return buf.Bytes(), err
}

const iconSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="#333"/></svg>`
