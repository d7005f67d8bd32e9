//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"mime"
	"net/http"
	"net/http/httptest"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	kapp "github.com/klantwaarde/klantwaarde/app"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/klantwaarde/klantwaarde/web"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// A site is the whole app as files in memory: go-app's page and scripts,
// our manifest, service worker and assets, and the WebAssembly, each with
// its brotli and gzip forms compressed once. `serve` answers from it and
// `build` writes it out, so both serve exactly the same bytes.
type site struct {
	base     string // "/" or "/sub/path/"
	version  string
	wasmPath string               // "/web/app.<hash>.wasm"
	files    map[string]*siteFile // by path below base, e.g. "/", "/app.js"
	// pages are the page ("/") with the first view's example in one
	// language alone, which serve sends to a browser that asks for it
	// (pageFor). files["/"] holds both: the static build's index.html,
	// and the page for a request that names no language.
	pages map[calc.Locale]*siteFile
}

type siteFile struct {
	body, br, gz []byte
	contentType  string
	etag         string
	// immutable marks a file whose name changes with its content, so
	// that browsers may keep it without asking again.
	immutable bool
}

// cspDirectives allow only the app's own scripts and WebAssembly; go-app
// writes no inline script, and the app no inline style. The page carries
// them in a <meta> tag too, for static hosts that send no headers.
const cspDirectives = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// contentSecurityPolicy is the header: the directives plus frame-ancestors,
// which browsers ignore in a <meta> tag.
const contentSecurityPolicy = cspDirectives + "; frame-ancestors 'none'"

// goAppPaths are the files go-app's handler generates; the manifest is
// ours (manifest.go).
var goAppPaths = []string{"/", "/app.js", "/app-worker.js", "/app.css", "/wasm_exec.js"}

// newSite renders the app for the given base path ("/" or "/sub/path/")
// with the WebAssembly embedded by `make build`.
func newSite(base string) (*site, error) {
	wasm, br, gz, err := wasmFiles()
	if err != nil {
		return nil, err
	}
	return renderSite(base, wasm, br, gz)
}

// wasmFiles returns the WebAssembly the site serves and its compressed
// forms (nil to compress when the site is made): those `make build`
// embedded. A test build replaces it (crashtest.go).
var wasmFiles = func() (wasm, br, gz []byte, err error) {
	wasm, err = web.Wasm()
	br, gz, _ = web.WasmCompressed()
	return wasm, br, gz, err
}

var registerRoutes sync.Once

// renderSite renders the app around the given WebAssembly and its
// compressed forms (nil to compress here).
func renderSite(base string, wasm, wasmBr, wasmGz []byte) (*site, error) {
	base = "/" + strings.Trim(base, "/") + "/"
	if base == "//" {
		base = "/"
	}
	s := &site{base: base, files: map[string]*siteFile{}}
	if err := s.addAssets(); err != nil {
		return nil, err
	}
	// The WebAssembly is the one large file: named by its content, it can
	// be cached for good, and a new version downloads only when it changed.
	sum := sha256.Sum256(wasm)
	s.wasmPath = "/web/app." + hex.EncodeToString(sum[:8]) + ".wasm"
	f := s.add(s.wasmPath, wasm)
	f.br, f.gz, f.immutable = wasmBr, wasmGz, true

	registerRoutes.Do(kapp.Routes)
	// The version is the hash of every file, rendered once with a
	// placeholder version: it changes when anything users get changes
	// (the page, the manifest, the worker, an asset), and only then.
	if err := s.render("0"); err != nil {
		return nil, err
	}
	s.version = s.contentHash()
	if err := s.render(s.version); err != nil {
		return nil, err
	}
	return s, s.compress()
}

// render adds go-app's files, the manifest and the service worker for
// the given version.
func (s *site) render(version string) error {
	h := s.newHandler(version)
	for _, p := range goAppPaths {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			return fmt.Errorf("rendering %s: status %d", p, rec.Code)
		}
		body := rec.Body.Bytes()
		var err error
		switch p {
		case "/":
			body, err = fixPage(body)
			if err == nil {
				body, err = placeLoading(body, h.Resources.AppWASM())
			}
		case "/app.js":
			body, err = fixAppJS(body)
		}
		if err != nil {
			return err
		}
		s.add(p, body)
	}
	if err := s.addPages(); err != nil {
		return err
	}
	manifest, err := s.manifest()
	if err != nil {
		return err
	}
	s.add("/manifest.webmanifest", manifest)
	worker, err := s.fixWorker(s.files["/app-worker.js"].body)
	if err != nil {
		return err
	}
	s.add("/app-worker.js", worker)
	return nil
}

// resources is where go-app's page finds the files: below the base, with
// the WebAssembly under its content-derived name.
type resources struct {
	app.ResourceProvider
	wasm string
}

func (r resources) AppWASM() string { return r.wasm }

// newHandler configures go-app: our name, icons, stylesheet, service
// worker and storage guard instead of its defaults (which point at
// another origin), and a version that changes exactly when the content
// does.
func (s *site) newHandler(version string) *app.Handler {
	var res app.ResourceProvider = app.LocalDir("")
	if s.base != "/" {
		res = app.CustomProvider("", s.base)
	}
	var assets []string
	for _, p := range s.paths() {
		if strings.HasPrefix(p, "/web/") && p != s.wasmPath {
			assets = append(assets, p)
		}
	}
	wasm := res.Static() + s.wasmPath
	return &app.Handler{
		Name:            appName,
		ShortName:       appShortName,
		Title:           appTitle,
		Description:     appDescription,
		Lang:            "nl",
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		LoadingLabel:    "Klantwaarde laadt…",
		Icon: app.Icon{
			Default:    "/web/icons/icon-192.png",
			Large:      "/web/icons/icon-512.png",
			SVG:        "/web/icons/icon.svg",
			AppleTouch: "/web/icons/apple-touch-icon.png",
		},
		Styles: []string{"/web/app.css"},
		// A plain script after go-app's deferred ones runs before them, and
		// before the body is read: the storage guard. The crash screen
		// and storage panel (rescue.js) are deferred (placeLoading).
		Scripts:               []string{"/web/storage-guard.js", "/web/rescue.js"},
		CacheableResources:    assets,
		ServiceWorkerTemplate: serviceWorkerTemplate,
		AutoUpdateInterval:    autoUpdateInterval,
		Version:               version,
		Resources:             resources{ResourceProvider: res, wasm: wasm},
	}
}

// addPages adds the page in each language of the first view (s.pages).
func (s *site) addPages() error {
	pages, err := kapp.FirstViewPages(s.files["/"].body)
	if err != nil {
		return err
	}
	s.pages = map[calc.Locale]*siteFile{}
	for l, page := range pages {
		s.pages[l] = newSiteFile("/", page)
	}
	return nil
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

func (s *site) add(p string, body []byte) *siteFile {
	f := newSiteFile(p, body)
	s.files[p] = f
	return f
}

func newSiteFile(p string, body []byte) *siteFile {
	sum := sha256.Sum256(body)
	return &siteFile{
		body:        body,
		contentType: contentType(p),
		etag:        `"` + hex.EncodeToString(sum[:8]) + `"`,
	}
}

// contentHash is the version of the app: it changes when any file
// changes, and only then, so that the service worker updates users exactly
// when there is something new.
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
	files := slices.Collect(maps.Values(s.files))
	for _, f := range append(files, slices.Collect(maps.Values(s.pages))...) {
		if len(f.body) < minCompress || !compressible(f.contentType) || f.br != nil || f.gz != nil {
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
