//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var bases = []string{"/", "/sub/path/"}

// workerList returns the files the service worker precaches.
func workerList(t *testing.T, worker []byte) []string {
	t.Helper()
	m := precacheRe.FindSubmatch(worker)
	if m == nil {
		t.Fatal("no resourcesToCache in app-worker.js")
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatal(err)
	}
	return list
}

// TestPrecacheList checks that the service worker caches exactly the files
// of the site (cache.addAll fails whole on one missing file), the page
// under its URL with the trailing slash.
func TestPrecacheList(t *testing.T) {
	for _, base := range bases {
		t.Run(base, func(t *testing.T) {
			s := testSite(t, base)
			list := workerList(t, s.files["/app-worker.js"].body)
			var want []string
			for _, p := range s.paths() {
				if p != "/app-worker.js" {
					want = append(want, strings.TrimSuffix(base, "/")+p)
				}
			}
			want[slices.Index(want, strings.TrimSuffix(base, "/")+"/")] = base
			slices.Sort(want)
			if diff := cmp.Diff(want, list); diff != "" {
				t.Errorf("precached files (-want +got):\n%s", diff)
			}
			for _, u := range list {
				if f, ok := s.lookup(u); !ok || (u != base && f == s.files["/"]) {
					t.Errorf("%s is precached but the site has no such file", u)
				}
			}
		})
	}
}

// TestManifest checks the manifest's scope, names and icons, the maskable
// one included, under a sub-path too.
func TestManifest(t *testing.T) {
	for _, base := range bases {
		t.Run(base, func(t *testing.T) {
			s := testSite(t, base)
			var m webManifest
			if err := json.Unmarshal(s.files["/manifest.webmanifest"].body, &m); err != nil {
				t.Fatal(err)
			}
			if m.StartURL != base || m.Scope != base || m.ID != base {
				t.Errorf("start_url %q scope %q id %q, want %q", m.StartURL, m.Scope, m.ID, base)
			}
			if !strings.Contains(m.Name, "klantwaarde") || !strings.Contains(m.Name, "customer value") || m.ShortName != "Klantwaarde" {
				t.Errorf("name %q short_name %q: want the Dutch and the English name", m.Name, m.ShortName)
			}
			if m.Display != "standalone" || m.ThemeColor == "" || m.BackgroundColor == "" {
				t.Errorf("display %q theme %q background %q", m.Display, m.ThemeColor, m.BackgroundColor)
			}
			purposes := map[string]string{}
			for _, ic := range m.Icons {
				if _, ok := s.lookup(ic.Src); !ok {
					t.Errorf("icon %s is not a file of the site", ic.Src)
				}
				purposes[ic.Sizes+" "+ic.Purpose] = ic.Src
			}
			for _, want := range []string{"192x192 any", "512x512 any", "512x512 maskable", "any any"} {
				if purposes[want] == "" {
					t.Errorf("no icon %q in %v", want, purposes)
				}
			}
			page := string(s.files["/"].body)
			if !strings.Contains(page, `href="`+base+`manifest.webmanifest"`) {
				t.Errorf("the page does not link %smanifest.webmanifest", base)
			}
		})
	}
}

// urlRe finds absolute URLs; the only ones allowed are XML namespace names
// (in the SVG icon), which nothing fetches, and those in comments of
// scripts (wasm_exec.js cites a Go issue).
var (
	urlRe       = regexp.MustCompile(`(?i)(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s"'<>)]*`)
	jsCommentRe = regexp.MustCompile(`(?m)^\s*//.*$`)
	namespaceRe = regexp.MustCompile(`^http://www\.w3\.org/(2000/svg|1999/xlink|1999/xhtml)$`)
)

// TestNoOtherOrigin checks that no file of the site names another origin.
func TestNoOtherOrigin(t *testing.T) {
	for _, base := range bases {
		s := testSite(t, base)
		for _, p := range s.paths() {
			f := s.files[p]
			if !strings.HasPrefix(f.contentType, "text/") && !strings.Contains(f.contentType, "json") && !strings.Contains(f.contentType, "svg") {
				continue
			}
			body := string(f.body)
			if strings.HasPrefix(f.contentType, "text/javascript") {
				body = jsCommentRe.ReplaceAllString(body, "")
			}
			for _, u := range urlRe.FindAllString(body, -1) {
				if !namespaceRe.MatchString(u) {
					t.Errorf("%s%s names another origin: %s", base, strings.TrimPrefix(p, "/"), u)
				}
			}
		}
	}
}

// TestVersion checks that the version is the same at every start and
// changes with the content.
func TestVersion(t *testing.T) {
	a, err := renderSite("/", fakeWasm, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := testSite(t, "/")
	if a.version != b.version {
		t.Errorf("two renderings of the same content have versions %s and %s", a.version, b.version)
	}
	for _, p := range a.paths() {
		if !bytes.Equal(a.files[p].body, b.files[p].body) {
			t.Errorf("%s differs between two renderings of the same content", p)
		}
	}
	c, err := renderSite("/", append([]byte("changed"), fakeWasm...), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.version == a.version {
		t.Errorf("another WebAssembly has the same version %s", c.version)
	}
	if !bytes.Contains(a.files["/app-worker.js"].body, []byte(`"`+a.version+`"`)) {
		t.Errorf("the service worker's cache is not named after the version %s", a.version)
	}
	if d := testSite(t, "/sub/path/"); d.version == a.version {
		t.Errorf("the site under another base path has the same version %s", d.version)
	}
}

// TestPagePolicy checks the Content-Security-Policy the page carries for
// static hosts: first in <head>, the header's without frame-ancestors.
func TestPagePolicy(t *testing.T) {
	page := string(testSite(t, "/").files["/"].body)
	want := `<meta charset="UTF-8">` + "\n" + `<meta content="` + cspDirectives + `" http-equiv="Content-Security-Policy">`
	if !strings.Contains(page, want) {
		t.Errorf("the page does not start its <head> with\n%s\n%s", want, page[:min(len(page), 600)])
	}
	if strings.Contains(cspDirectives, "frame-ancestors") || contentSecurityPolicy != cspDirectives+"; frame-ancestors 'none'" {
		t.Errorf("header policy %q, meta policy %q", contentSecurityPolicy, cspDirectives)
	}
	for _, unsafe := range []string{"'unsafe-inline'", "'unsafe-eval'", "*"} {
		if strings.Contains(contentSecurityPolicy, unsafe) {
			t.Errorf("the policy allows %s", unsafe)
		}
	}
}

func TestSortAttributes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<meta name="viewport" content="a">`, `<meta content="a" name="viewport">`},
		{`<button lang="en" aria-pressed class="lang">EN</button>`, `<button aria-pressed class="lang" lang="en">EN</button>`},
		{`<p title="a \"q\" b" id="x">`, `<p id="x" title="a \"q\" b">`},
		{`<img src=x alt='y' id="z">`, `<img src=x alt='y' id="z">`}, // not go-app's writing: untouched
		{`<br/><div>text > more</div>`, `<br/><div>text > more</div>`},
	}
	for _, tt := range tests {
		if got := string(sortAttributes([]byte(tt.in))); got != tt.want {
			t.Errorf("sortAttributes(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestWrite checks the static build: every precached file is there under
// its URL below the base, the page is index.html and 404.html too, and the
// compressed files decode to the originals.
func TestWrite(t *testing.T) {
	s := testSite(t, "/sub/path/")
	dir := t.TempDir()
	if err := s.write(dir); err != nil {
		t.Fatal(err)
	}
	srv := http.StripPrefix("/sub/path", http.FileServer(http.Dir(dir)))
	for _, u := range append(workerList(t, s.files["/app-worker.js"].body), "/sub/path/app-worker.js") {
		rec := newRecorder(srv, u)
		f, ok := s.lookup(u)
		if !ok {
			t.Errorf("%s is not a file of the site", u)
			continue
		}
		if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), f.body) {
			t.Errorf("GET %s from the static build: status %d, %d bytes; want 200, %d bytes", u, rec.Code, rec.Body.Len(), len(f.body))
		}
	}
	index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	notFound, _ := os.ReadFile(filepath.Join(dir, "404.html"))
	if len(index) == 0 || !bytes.Equal(index, notFound) {
		t.Errorf("404.html (%d bytes) is not a copy of index.html (%d bytes)", len(notFound), len(index))
	}
	for _, name := range []string{"app.js.br", "app.js.gz", "index.html.br", strings.TrimPrefix(s.wasmPath, "/") + ".br"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("the static build has no %s: %v", name, err)
		}
	}
}

// TestPageIsFirstView checks the page the server sends (app/firstview.go):
// busy, a status to read, the skeleton's texts in both languages (the
// storage guard shows the visitor's) and without form controls, which
// would look usable before the WebAssembly runs and lose what was typed
// into them; the controls of the example's first view are inert; and the
// page is at most 16 kB of brotli, what a slow connection brings in its
// first round trips.
func TestPageIsFirstView(t *testing.T) {
	f := testSite(t, "/").files["/"]
	page := string(f.body)
	body := page[strings.Index(page, "<body>"):]
	for _, want := range []string{`aria-busy="true"`, `role="status"`, "Segmenten", `<span class="in-en" lang="en">Segments</span>`,
		"Klantwaarde is loading", `id="app-wasm-loader"`, `class="fv-example fv-nl" inert`, `class="fv-example fv-en" inert`} {
		if !strings.Contains(body, want) {
			t.Errorf("the page's body lacks %s", want)
		}
	}
	skeletons := body[:strings.Index(body, `class="fv-example`)]
	for _, control := range []string{"<input", "<button", "<select", "<textarea", "<svg"} {
		if strings.Contains(skeletons, control) {
			t.Errorf("the skeletons have %s before the app runs", control)
		}
	}
	if len(f.br) > 16000 {
		t.Errorf("the page is %d bytes of brotli (%d raw), want at most 16,000", len(f.br), len(f.body))
	}
}
