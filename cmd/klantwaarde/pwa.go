//go:build !wasm

package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// What the page, the manifest and an installed app call themselves.
const (
	appName         = "Klantwaarde – klantwaardecalculator · customer value calculator"
	appShortName    = "Klantwaarde"
	appTitle        = "Klantwaarde – customer value calculator"
	appDescription  = "Klantwaarde: bereken de waarde van uw klanten en waar verwachtingen knellen. Customer value and expectation gaps, in your browser."
	backgroundColor = "#fbfaf7"
	themeColor      = "#0f5f5a"
)

// autoUpdateInterval is how often an open tab asks for a new service
// worker; browsers ask by themselves only when a page is opened, and a
// workshop tab may stay open all day.
const autoUpdateInterval = 10 * time.Minute

// serviceWorkerTemplate is our service worker (go-app's caches only "/"
// and answers no deep link or query string offline).
//
//go:embed app-worker.js
var serviceWorkerTemplate string

// webManifest is the web app manifest. go-app's has no field for an
// icon's purpose, so the site serves this one instead.
type webManifest struct {
	ID              string         `json:"id"`
	Name            string         `json:"name"`
	ShortName       string         `json:"short_name"`
	Description     string         `json:"description"`
	Lang            string         `json:"lang"`
	Dir             string         `json:"dir"`
	StartURL        string         `json:"start_url"`
	Scope           string         `json:"scope"`
	Display         string         `json:"display"`
	BackgroundColor string         `json:"background_color"`
	ThemeColor      string         `json:"theme_color"`
	Categories      []string       `json:"categories"`
	Icons           []manifestIcon `json:"icons"`
}

type manifestIcon struct {
	Src     string `json:"src"`
	Type    string `json:"type"`
	Sizes   string `json:"sizes"`
	Purpose string `json:"purpose"`
}

// manifest renders the web app manifest for the site's base path.
func (s *site) manifest() ([]byte, error) {
	icon := func(name, typ, sizes, purpose string) manifestIcon {
		return manifestIcon{Src: s.url("/web/icons/" + name), Type: typ, Sizes: sizes, Purpose: purpose}
	}
	m := webManifest{
		ID:              s.base,
		Name:            appName,
		ShortName:       appShortName,
		Description:     appDescription,
		Lang:            "nl",
		Dir:             "ltr",
		StartURL:        s.base,
		Scope:           s.base,
		Display:         "standalone",
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		Categories:      []string{"business", "productivity"},
		Icons: []manifestIcon{
			icon("icon.svg", "image/svg+xml", "any", "any"),
			icon("icon-192.png", "image/png", "192x192", "any"),
			icon("icon-512.png", "image/png", "512x512", "any"),
			icon("maskable-512.png", "image/png", "512x512", "maskable"),
		},
	}
	for _, ic := range m.Icons {
		if _, ok := s.lookup(ic.Src); !ok {
			return nil, fmt.Errorf("the manifest names %s, which the site does not have", ic.Src)
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(m)
	return buf.Bytes(), err
}

// url is the absolute path of a site path, below the base.
func (s *site) url(p string) string {
	if p == "/" {
		return s.base
	}
	return strings.TrimSuffix(s.base, "/") + p
}

// precacheURLs lists every file of the site but the worker itself: what
// the service worker must cache for the app to open offline.
func (s *site) precacheURLs() []string {
	var urls []string
	for _, p := range s.paths() {
		if p != "/app-worker.js" {
			urls = append(urls, s.url(p))
		}
	}
	slices.Sort(urls)
	return urls
}

var precacheRe = regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\]);`)

// fixWorker checks the list of files go-app put in the service worker
// against the files of the site, since cache.addAll fails whole when one
// of them is missing, and names the page with its trailing slash (go-app
// writes "/sub/path", which a static host redirects, and a redirected
// response cannot answer a navigation).
func (s *site) fixWorker(worker []byte) ([]byte, error) {
	m := precacheRe.FindSubmatchIndex(worker)
	if m == nil {
		return nil, fmt.Errorf("app-worker.js has no list of files to cache")
	}
	var listed []string
	if err := json.Unmarshal(worker[m[2]:m[3]], &listed); err != nil {
		return nil, fmt.Errorf("app-worker.js: the list of files to cache: %w", err)
	}
	for i, u := range listed {
		if u+"/" == s.base {
			listed[i] = s.base
		}
	}
	slices.Sort(listed)
	want := s.precacheURLs()
	if !slices.Equal(listed, want) {
		return nil, fmt.Errorf("the service worker would cache %q, but the site has %q", listed, want)
	}
	list, err := json.Marshal(want)
	if err != nil {
		return nil, err
	}
	return slices.Concat(worker[:m[2]], list, worker[m[3]:]), nil
}
