package main

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestLinkPage checks the page a cold start "opened from a link" starts
// on: another site than the servers measured (which listen on 127.0.0.1),
// with one link to the page asked for, its URL escaped.
func TestLinkPage(t *testing.T) {
	link, stop, err := linkPage()
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	if u.Hostname() == "127.0.0.1" || u.Hostname() == "localhost" {
		t.Errorf("the link page is on %s, the site of the pages it opens", u.Hostname())
	}
	to := `http://127.0.0.1:8000/?a=1&b="2"`
	resp, err := http.Get(link + "?to=" + url.QueryEscape(to))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	want := `<a id="go" href="http://127.0.0.1:8000/?a=1&amp;b=&#34;2&#34;">`
	if !strings.Contains(string(body), want) {
		t.Errorf("the link page is\n%s\nwant it to contain %s", body, want)
	}
	if got := resp.Header.Get("Content-Type"); !strings.HasPrefix(got, "text/html") {
		t.Errorf("Content-Type %q, want text/html", got)
	}
}
