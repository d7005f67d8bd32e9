//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
)

// go-app writes attributes in map order, so these match the values, not the
// whole tag.
var (
	noZoom  = []byte("maximum-scale=1, user-scalable=0, ")
	ogURLRe = regexp.MustCompile(`<meta [^>]*property="og:url"[^>]*>\s*`)
	charset = []byte(`<meta charset="UTF-8">`)
)

// fixPage repairs go-app's defaults in the page: its viewport forbids zoom
// (WCAG 1.4.4), its og:url names the host the page was rendered for, and
// it has no Content-Security-Policy of its own, which a static host needs
// (placed first, so that it covers everything the page loads). It sorts
// the attributes of every tag, so that the page is the same at every
// start and so is the version.
func fixPage(page []byte) ([]byte, error) {
	if !bytes.Contains(page, charset) {
		return nil, fmt.Errorf("rendering the page: no %s to put the Content-Security-Policy after", charset)
	}
	page = bytes.Replace(page, noZoom, nil, 1)
	page = ogURLRe.ReplaceAll(page, nil)
	meta := fmt.Sprintf("%s\n<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">", charset, cspDirectives)
	page = bytes.Replace(page, charset, []byte(meta), 1)
	return sortAttributes(page), nil
}

// progressFetchRe is go-app's loader fetching the WebAssembly through
// its progress counter.
var progressFetchRe = regexp.MustCompile(`fetchWithProgress\(("[^"]*"), showProgress\)`)

// fixAppJS makes go-app's loader give the WebAssembly to the browser's
// streaming compiler straight from the network. go-app passes every chunk
// through a stream of its own, in JavaScript, to count the percentage it
// shows; the browser then compiles what that stream hands on.
func fixAppJS(js []byte) ([]byte, error) {
	if n := len(progressFetchRe.FindAll(js, -1)); n != 1 {
		return nil, fmt.Errorf("app.js: found go-app's fetch of the WebAssembly %d times, want once", n)
	}
	return progressFetchRe.ReplaceAll(js, []byte("fetch($1)")), nil
}

var (
	// tagRe matches a start tag whose attributes are all written the way
	// go-app writes them: bare, or a double-quoted Go string. Tags written
	// otherwise (in app.Raw markup) are left as they are.
	tagRe  = regexp.MustCompile(`<[a-zA-Z][a-zA-Z0-9-]*((?:\s+[^\s="'<>/]+(?:="(?:[^"\\]|\\.)*")?)+)\s*/?>`)
	attrRe = regexp.MustCompile(`\s+([^\s="'<>/]+)(?:="(?:[^"\\]|\\.)*")?`)
)

// sortAttributes puts the attributes of each start tag in name order.
func sortAttributes(page []byte) []byte {
	return tagRe.ReplaceAllFunc(page, func(tag []byte) []byte {
		m := tagRe.FindSubmatchIndex(tag)
		attrs := tag[m[2]:m[3]]
		found := attrRe.FindAllSubmatch(attrs, -1)
		if len(found) < 2 {
			return tag
		}
		parts := make([][]byte, len(found))
		for i, a := range found {
			parts[i] = bytes.TrimLeft(a[0], " \t\r\n")
		}
		sort.SliceStable(parts, func(i, j int) bool {
			return bytes.Compare(attrName(parts[i]), attrName(parts[j])) < 0
		})
		sorted := append([]byte(nil), tag[:m[2]]...)
		for _, p := range parts {
			sorted = append(append(sorted, ' '), p...)
		}
		return append(sorted, tag[m[3]:]...)
	})
}

func attrName(attr []byte) []byte {
	name, _, _ := bytes.Cut(attr, []byte("="))
	return name
}

var (
	rescueRe   = regexp.MustCompile(`<script src="[^"]*web/rescue\.js"></script>`)
	wasmExecRe = regexp.MustCompile(`<script defer src="[^"]*wasm_exec\.js"></script>`)
	loaderRe   = regexp.MustCompile(`<aside [^>]*id="app-wasm-loader"`)
)

// placeLoading orders what the page loads for its first view to show
// soon. rescue.js is deferred, before wasm_exec.js (it watches Go being
// defined): as a plain script it held the reading of the body until it
// had arrived and run. The WebAssembly (at wasm) is asked for once the
// first view has been read, not from the head: its 9 MB arriving in the
// renderer took the main thread while the view was still to be read and
// laid out. The loader fetch()es the same URL with the same mode and
// credentials, and gets this response.
func placeLoading(page []byte, wasm string) ([]byte, error) {
	rescue := rescueRe.Find(page)
	if rescue == nil || len(wasmExecRe.FindAll(page, -1)) != 1 || len(loaderRe.FindAll(page, -1)) != 1 {
		return nil, fmt.Errorf("rendering the page: rescue.js, wasm_exec.js or go-app's loader not found once")
	}
	page = bytes.Replace(page, rescue, nil, 1)
	deferred := bytes.Replace(rescue, []byte("<script src="), []byte("<script defer src="), 1)
	execAt := wasmExecRe.FindIndex(page)[0]
	page = slices.Concat(page[:execAt], deferred, page[execAt:])
	link := fmt.Sprintf(`<link as="fetch" crossorigin href=%q rel="preload" type="application/wasm">`, wasm)
	loaderAt := loaderRe.FindIndex(page)[0]
	return slices.Concat(page[:loaderAt], []byte(link), page[loaderAt:]), nil
}
