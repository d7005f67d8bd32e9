package e2e

// Helpers for the tests of the static build and the service worker.

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// buildStatic runs `klantwaarde build` into a temporary directory.
func buildStatic(t *testing.T, base string) string {
	t.Helper()
	needBinary(t)
	dir := t.TempDir()
	out, err := exec.Command(binary, "build", "-out", dir, "-base", base).CombinedOutput()
	if err != nil {
		t.Fatalf("klantwaarde build: %v\n%s", err, out)
	}
	return dir
}

// staticHost serves a directory below a base path with a plain
// http.FileServer, as a static host does.
type staticHost struct {
	URL string // http://127.0.0.1:PORT/sub/path/
	srv *httptest.Server
	dir atomic.Pointer[string]
}

func startStatic(t *testing.T, base, dir string) *staticHost {
	t.Helper()
	h := &staticHost{}
	h.dir.Store(&dir)
	prefix := strings.TrimSuffix(base, "/")
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.StripPrefix(prefix, http.FileServer(http.Dir(*h.dir.Load()))).ServeHTTP(w, r)
	}))
	t.Cleanup(h.close)
	h.URL = h.srv.URL + base
	return h
}

// swap serves another directory from now on, as a new deployment does.
func (h *staticHost) swap(dir string) { h.dir.Store(&dir) }

// close stops serving, open connections included.
func (h *staticHost) close() {
	h.srv.CloseClientConnections()
	h.srv.Close()
}

// noRedirects is an HTTP client that reports redirects instead of
// following them: a redirected file breaks the service worker.
var noRedirects = &http.Client{
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	Transport:     &http.Transport{DisableCompression: true},
	Timeout:       30 * time.Second,
}

var precacheRe = regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\]);`)

// precacheList fetches the service worker and returns the files it
// precaches.
func precacheList(t *testing.T, workerURL string) []string {
	t.Helper()
	resp, err := noRedirects.Get(workerURL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", workerURL, resp.StatusCode, err)
	}
	m := precacheRe.FindSubmatch(body)
	if m == nil {
		t.Fatalf("%s has no resourcesToCache", workerURL)
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatal(err)
	}
	if len(list) == 0 {
		t.Fatalf("%s precaches nothing", workerURL)
	}
	return list
}
