//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"net/http/httptest"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"
	kapp "github.com/klantwaarde/klantwaarde/app"
	"github.com/klantwaarde/klantwaarde/web"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// A site is the whole app as files in memory: go-app's page, scripts and
// manifest, our assets and the WebAssembly, each with its brotli and gzip
// forms compressed once. `serve` answers from it and `build` writes it out,
// so both serve exactly the same bytes.
type site struct {
	base    string // "/" or "/sub/path/"
	version string
	files   map[string]*siteFile // by path below base, e.g. "/", "/app.js"
}

type siteFile struct {
	body, br, gz []byte
	contentType  string
	etag         string
}

// contentSecurityPolicy allows only the app's own scripts and WebAssembly;
// go-app writes no inline script, and the app no inline style.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// goAppPaths are the files go-app's handler generates.
var goAppPaths = []string{"/", "/app.js", "/app-worker.js", "/manifest.webmanifest", "/app.css", "/wasm_exec.js"}

// newSite renders the app for the given base path ("/" or "/sub/path/").
func newSite(base string) (*site, error) {
	base = "/" + strings.Trim(base, "/") + "/"
	if base == "//" {
		base = "/"
	}
	wasm, err := web.Wasm()
	if err != nil {
		return nil, err
	}
	s := &site{base: base, files: map[string]*siteFile{}}
	if err := s.addAssets(); err != nil {
		return nil, err
	}
	s.add("/web/app.wasm", wasm)
	if br, gz, ok := web.WasmCompressed(); ok {
		f := s.files["/web/app.wasm"]
		f.br, f.gz = br, gz
	}
	s.version = s.contentHash()

	kapp.Routes()
	h := newHandler(base, s.version)
	for _, p := range goAppPaths {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			return nil, fmt.Errorf("rendering %s: status %d", p, rec.Code)
		}
		body := rec.Body.Bytes()
		if p == "/" {
			body = fixPage(body)
		}
		s.add(p, body)
	}
	return s, s.compress()
}

// newHandler configures go-app: our name, icons and stylesheet instead of
// its defaults (which point at another origin), and a version that changes
// exactly when the content does.
func newHandler(base, version string) *app.Handler {
	var res app.ResourceProvider = app.LocalDir("")
	if base != "/" {
		res = app.CustomProvider("", base)
	}
	return &app.Handler{
		Name:            "Klantwaarde",
		ShortName:       "Klantwaarde",
		Title:           "Klantwaarde – customer value calculator",
		Description:     "Klantwaarde: bereken de waarde van uw klanten en waar verwachtingen knellen. Customer value and expectation gaps, in your browser.",
		Lang:            "nl",
		BackgroundColor: "#fbfaf7",
		ThemeColor:      "#0f5f5a",
		LoadingLabel:    "Klantwaarde laadt… {progress}%",
		Icon: app.Icon{
			Default:    "/web/icons/icon-192.png",
			Large:      "/web/icons/icon-512.png",
			SVG:        "/web/icons/icon.svg",
			AppleTouch: "/web/icons/apple-touch-icon.png",
		},
		Styles:    []string{"/web/app.css"},
		Version:   version,
		Resources: res,
	}
}

// go-app writes attributes in map order, so these match the values, not the
// whole tag.
var (
	noZoom  = []byte("maximum-scale=1, user-scalable=0, ")
	ogURLRe = regexp.MustCompile(`<meta [^>]*property="og:url"[^>]*>\s*`)
)

// fixPage repairs go-app's defaults in the page: its viewport forbids zoom
// (WCAG 1.4.4), and its og:url names the host the page was rendered for.
func fixPage(page []byte) []byte {
	page = bytes.Replace(page, noZoom, nil, 1)
	return ogURLRe.ReplaceAll(page, nil)
}

func (s *site) addAssets() error {
	return fs.WalkDir(web.Assets, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(web.Assets, p)
		if err != nil {
			return err
		}
		s.add("/web/"+p, data)
		return nil
	})
}

func (s *site) add(p string, body []byte) {
	sum := sha256.Sum256(body)
	s.files[p] = &siteFile{
		body:        body,
		contentType: contentType(p),
		etag:        `"` + hex.EncodeToString(sum[:8]) + `"`,
	}
}

// contentHash is the version of the app: it changes when any asset or the
// WebAssembly changes, and only then, so that the service worker updates
// users exactly when there is something new.
func (s *site) contentHash() string {
	h := sha256.New()
	for _, p := range s.paths() {
		fmt.Fprintf(h, "%s %s\n", p, s.files[p].etag)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func (s *site) paths() []string {
	paths := make([]string, 0, len(s.files))
	for p := range s.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// minCompress is the size below which compressing is not worth a request
// header's worth of bytes.
const minCompress = 1024

func (s *site) compress() error {
	for _, f := range s.files {
		if len(f.body) < minCompress || !compressible(f.contentType) || f.br != nil {
			continue
		}
		var err error
		if f.br, err = brotliBytes(f.body); err != nil {
			return err
		}
		if f.gz, err = gzipBytes(f.body); err != nil {
			return err
		}
	}
	return nil
}

func compressible(ct string) bool {
	return !strings.HasPrefix(ct, "image/png")
}

func brotliBytes(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	err := w.Close()
	return buf.Bytes(), err
}

func gzipBytes(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	err = w.Close()
	return buf.Bytes(), err
}

// contentType names the MIME type of a path; pages are HTML.
func contentType(p string) string {
	switch ext := path.Ext(p); ext {
	case "":
		return "text/html; charset=utf-8"
	case ".webmanifest":
		return "application/manifest+json"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".wasm":
		return "application/wasm"
	default:
		if ct := mime.TypeByExtension(ext); ct != "" {
			return ct
		}
		return "application/octet-stream"
	}
}
