package browsertest

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// fakeServerEnv makes the test binary act as a server (TestMain), so that
// StartServer is tested without bin/klantwaarde.
const fakeServerEnv = "BROWSERTEST_FAKE_SERVER"

func TestMain(m *testing.M) {
	if first := os.Getenv(fakeServerEnv); first != "" {
		fakeServer(first)
		return
	}
	os.Exit(m.Run())
}

// fakeServer serves "ok" on a free loopback port after printing first
// with the URL in place of ADDR, as the app and the floor do.
func fakeServer(first string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(strings.ReplaceAll(first, "ADDR", "http://"+ln.Addr().String()+"/"))
	http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
}

func TestRequired(t *testing.T) {
	tests := []struct {
		ci, require string
		want        bool
	}{
		{"", "", false},
		{"false", "0", false},
		{"true", "", true},
		{"1", "", true},
		{"", "1", true},
		{"false", "1", true},
	}
	for _, tt := range tests {
		t.Setenv("CI", tt.ci)
		t.Setenv(RequireEnv, tt.require)
		if got := Required(); got != tt.want {
			t.Errorf("CI=%q %s=%q: Required() = %v, want %v", tt.ci, RequireEnv, tt.require, got, tt.want)
		}
	}
}

func TestStartServer(t *testing.T) {
	tests := []struct {
		name, first string
		wantErr     string // empty: starts
	}{
		{"app", "Klantwaarde is running at ADDR (version abc)", ""},
		{"floor", "listening on ADDR", ""},
		{"no URL", "hello", "no http:// URL in the first line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(fakeServerEnv, tt.first)
			s, err := StartServer(os.Stderr, os.Args[0])
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					s.Stop()
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer s.Stop()
			if !strings.HasPrefix(s.URL, "http://127.0.0.1:") {
				t.Fatalf("URL %q", s.URL)
			}
			resp, err := http.Get(s.URL)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if err := s.Kill(); err != nil {
				t.Fatal(err)
			}
			if _, err := http.Get(s.URL); err == nil {
				t.Error("the server still answers after Kill")
			}
			s.Stop() // after Kill: nothing to do, and no hang
		})
	}
}

// TestRecord opens a page that logs, fails a request and throws, and
// checks that the Recorder kept each.
func TestRecord(t *testing.T) {
	chromium, err := Chromium()
	if err != nil {
		Skip(t, err.Error())
	}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<!DOCTYPE html><title>t</title><script>
console.log("hello", 42);
console.error("oops");
fetch("/missing");
setTimeout(() => { throw new Error("boom") }, 0);
</script>`)
	}))
	defer site.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b, err := Start(ctx, chromium)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	r := Record(b.Ctx)
	err = chromedp.Run(b.Ctx, cdplog.Enable(), chromedp.Navigate(site.URL),
		chromedp.Poll(`true`, nil, chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(r.Exceptions()) == 0 || len(r.Errors()) < 2 {
		if time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got := r.Exceptions(); len(got) != 1 || !strings.Contains(got[0], "boom") {
		t.Errorf("exceptions %q, want the one with boom", got)
	}
	if diff := cmp.Diff([]string{"log: \"hello\" 42", "error: \"oops\""}, r.Console()); diff != "" {
		t.Errorf("console (-want +got):\n%s", diff)
	}
	errs := strings.Join(r.Errors(), "\n")
	for _, want := range []string{`console.error: "oops"`, "404"} {
		if !strings.Contains(errs, want) {
			t.Errorf("errors\n%s\nwant one with %q", errs, want)
		}
	}
}

// TestRecorderKeeps: a page that logs without end fills a Recorder's
// lists up to Keep and no further, and the rest is counted.
func TestRecorderKeeps(t *testing.T) {
	r := &Recorder{}
	for i := range Keep + 7 {
		r.event(&runtime.EventConsoleAPICalled{Type: runtime.APITypeError,
			Args: []*runtime.RemoteObject{{Description: fmt.Sprint(i)}}})
	}
	console, errs := r.Console(), r.Errors()
	if len(console) != Keep || len(errs) != Keep {
		t.Fatalf("kept %d console lines and %d errors, want %d each", len(console), len(errs), Keep)
	}
	if console[0] != "error: 0" || console[Keep-1] != fmt.Sprintf("error: %d", Keep-1) {
		t.Errorf("kept %q … %q, want the first %d lines", console[0], console[Keep-1], Keep)
	}
	if got := r.Dropped(); got != 2*7 {
		t.Errorf("Dropped() = %d, want 14 (7 console lines and their 7 errors)", got)
	}
}
